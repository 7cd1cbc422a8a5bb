package org.actoratlas.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a 3W/5W sheet holds what: by HXL hashtags when the sheet has a hashtag row, and by
 * the column names below (English and French, compared after {@link Names#normalise}) for whatever
 * the hashtags do not cover.
 */
final class HxlColumns {

	enum Role {

		ORG_NAME, ORG_ACRONYM, ORG_TYPE, DONOR, SECTOR, COUNTRY, ADM1_CODE, ADM1_NAME, ADM2_CODE, ADM2_NAME, ADM3_CODE,
		ADM3_NAME, ACTIVITY

	}

	/** Column names recognised when a role has no hashtag. */
	static final Map<Role, Set<String>> HEADERS = Map.ofEntries(
			Map.entry(Role.ORG_NAME, Set.of("nom organisation", "organisation", "organization", "organisation name",
					"organization name", "partner", "partenaire", "implementing partner", "partenaire de mise en oeuvre",
					"nom de l organisation", "agency", "agence")),
			Map.entry(Role.ORG_ACRONYM, Set.of("organisation accronyme", "organisation acronyme", "acronym", "acronyme",
					"sigle", "organization acronym", "organisation acronym")),
			Map.entry(Role.ORG_TYPE, Set.of("type organisation", "organisation type", "organization type",
					"type d organisation", "type de l organisation")),
			Map.entry(Role.DONOR, Set.of("bailleur de fond", "bailleur de fonds", "bailleur", "bailleurs", "donor", "donors",
					"funder", "funding organisation", "funding organization")),
			Map.entry(Role.SECTOR, Set.of("cluster", "sector", "secteur", "cluster sector")),
			Map.entry(Role.COUNTRY, Set.of("country", "pays")),
			Map.entry(Role.ADM1_CODE, Set.of("admin1pcod", "admin1pcode", "admin1 pcode", "adm1 pcode", "adm1 code")),
			Map.entry(Role.ADM1_NAME, Set.of("admin1", "admin1 name", "adm1", "region")),
			Map.entry(Role.ADM2_CODE, Set.of("admin2pcod", "admin2pcode", "admin2 pcode", "adm2 pcode", "adm2 code")),
			Map.entry(Role.ADM2_NAME, Set.of("admin2", "admin2 name", "adm2", "cercle", "departement", "province", "district")),
			Map.entry(Role.ADM3_CODE, Set.of("admin3pcod", "admin3pcode", "admin3 pcode", "adm3 pcode", "adm3 code")),
			Map.entry(Role.ADM3_NAME, Set.of("admin3", "admin3 name", "adm3", "commune")),
			Map.entry(Role.ACTIVITY, Set.of("activity", "activities", "activite", "activites")));

	private HxlColumns() {
	}

	/** Whether a row is an HXL hashtag row: every filled cell is a hashtag. */
	static boolean isHashtagRow(List<String> cells) {
		long filled = cells.stream().filter(cell -> cell != null).count();
		return filled > 0 && cells.stream().filter(cell -> cell != null).allMatch(cell -> cell.startsWith("#"));
	}

	/** Maps roles to column positions from the hashtag row (may be {@code null}) and the header row. */
	static Map<Role, Integer> map(List<String> hashtags, List<String> headers) {
		Map<Role, Integer> columns = new EnumMap<>(Role.class);
		if (hashtags != null) {
			for (int i = 0; i < hashtags.size(); i++) {
				Role role = hashtagRole(hashtags.get(i));
				if (role != null) {
					columns.putIfAbsent(role, i);
				}
			}
			// A plain #org is the implementer only when no +impl column says so.
			for (int i = 0; i < hashtags.size(); i++) {
				if (hashtags.get(i) != null && tag(hashtags.get(i)).equals("#org+impl")) {
					columns.put(Role.ORG_NAME, i);
				}
			}
		}
		if (headers != null) {
			for (int i = 0; i < headers.size(); i++) {
				String header = Names.normalise(headers.get(i));
				for (Map.Entry<Role, Set<String>> entry : HEADERS.entrySet()) {
					if (entry.getValue().contains(header) && (hashtags == null || i >= hashtags.size() || hashtags.get(i) == null)) {
						columns.putIfAbsent(entry.getKey(), i);
					}
				}
			}
		}
		return columns;
	}

	private static String tag(String hashtag) {
		return hashtag.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
	}

	static Role hashtagRole(String hashtag) {
		if (hashtag == null) {
			return null;
		}
		String[] parts = tag(hashtag).split("\\+");
		Set<String> attributes = Set.of(parts).stream().skip(0).collect(java.util.stream.Collectors.toSet());
		return switch (parts[0]) {
			case "#org" -> attributes.contains("funder") || attributes.contains("donor") ? Role.DONOR
					: attributes.contains("acronym") ? Role.ORG_ACRONYM : attributes.contains("type") ? Role.ORG_TYPE
					: attributes.contains("code") || attributes.contains("id") ? null : Role.ORG_NAME;
			case "#actor" -> Role.DONOR;
			case "#sector" -> attributes.contains("code") && !attributes.contains("cluster") ? null : Role.SECTOR;
			case "#country" -> Role.COUNTRY;
			case "#adm1" -> attributes.contains("code") ? Role.ADM1_CODE : Role.ADM1_NAME;
			case "#adm2" -> attributes.contains("code") ? Role.ADM2_CODE : Role.ADM2_NAME;
			case "#adm3" -> attributes.contains("code") ? Role.ADM3_CODE : Role.ADM3_NAME;
			case "#activity" -> Role.ACTIVITY;
			default -> null;
		};
	}

}
