package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** One organisation working in one sector in one country, gathered from all the 3W rows that say so. */
final class ThreeWPresence {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("ong int", "ngo-international"),
			Map.entry("ong internationale", "ngo-international"), Map.entry("ingo", "ngo-international"),
			Map.entry("international ngo", "ngo-international"), Map.entry("ong nat", "ngo-national"),
			Map.entry("ong nationale", "ngo-national"), Map.entry("nngo", "ngo-national"),
			Map.entry("national ngo", "ngo-national"), Map.entry("agence un", "multilateral"),
			Map.entry("un agency", "multilateral"), Map.entry("un", "multilateral"), Map.entry("gouvernement", "government"),
			Map.entry("government", "government"), Map.entry("mouv cr", "other"), Map.entry("red cross", "other"));

	private final String name;

	private final String acronym;

	private final String sector;

	private final String iso2;

	private final long firstLine;

	private long rows;

	private String type;

	private final TreeSet<String> donors = new TreeSet<>();

	private final Map<HxlColumns.Role, TreeSet<String>> areas = new java.util.EnumMap<>(HxlColumns.Role.class);

	ThreeWPresence(String name, String acronym, String sector, String iso2, long firstLine) {
		this.name = name;
		this.acronym = acronym;
		this.sector = sector;
		this.iso2 = iso2;
		this.firstLine = firstLine;
	}

	void add(long line, String typeText, String donorText, List<String> cells, Map<HxlColumns.Role, Integer> columns) {
		this.rows++;
		if (this.type == null && typeText != null) {
			this.type = TYPES.get(Names.normalise(typeText));
		}
		if (donorText != null) {
			for (String donor : donorText.split("[;,]")) {
				if (Names.clean(donor) != null) {
					this.donors.add(Names.clean(donor));
				}
			}
		}
		for (HxlColumns.Role role : List.of(HxlColumns.Role.ADM1_CODE, HxlColumns.Role.ADM1_NAME, HxlColumns.Role.ADM2_CODE,
				HxlColumns.Role.ADM2_NAME, HxlColumns.Role.ADM3_CODE, HxlColumns.Role.ADM3_NAME)) {
			Integer column = columns.get(role);
			if (column != null && column < cells.size() && cells.get(column) != null) {
				this.areas.computeIfAbsent(role, r -> new TreeSet<>()).add(cells.get(column));
			}
		}
	}

	String acronym() {
		return this.acronym;
	}

	String displayName() {
		return this.name != null ? this.name : this.acronym;
	}

	void write(ImportContext context, boolean acronymIdentifies) {
		String displayName = displayName();
		String org = organisation(context, displayName, acronymIdentifies);
		String theme = theme(context);
		String country = context.country(this.iso2);
		String programme = "programme:3w:" + org.substring("org:".length()) + ":" + Names.slug(this.sector) + ":"
				+ this.iso2.toLowerCase(Locale.ROOT);
		String countryName = context.codelists().countryName(this.iso2).orElse(this.iso2);
		context.batch().node(NodeRow.of("Programme", programme)
			.prop("name", (this.acronym != null ? this.acronym : displayName) + " · " + this.sector + " · " + countryName)
			.prop("programmeType", "3w-presence")
			.prop("reportedRows", this.rows));
		String evidence = "3W row " + this.firstLine + (this.rows > 1 ? " and " + (this.rows - 1) + " more rows" : "") + ": "
				+ displayName + ", " + this.sector + ", " + this.iso2;
		context.batch().relationship(RelRow.role("IMPLEMENTS", "implementing", org, programme, evidence));
		context.batch().relationship(RelRow.pair("ADDRESSES", programme, theme, evidence).prop("vocabulary", "cluster"));
		RelRow activeIn = RelRow.pair("ACTIVE_IN", programme, country, evidence);
		this.areas.forEach((role, values) -> activeIn.prop(areaProperty(role), new ArrayList<>(values)));
		context.batch().relationship(activeIn);
		for (String donor : this.donors) {
			context.batch().relationship(RelRow.role("FUNDS", "funding", context.namedOrganisation(donor, null), programme, evidence));
		}
	}

	private String organisation(ImportContext context, String displayName, boolean acronymIdentifies) {
		String known = context.orgs().known(displayName);
		if (known == null && acronymIdentifies) {
			known = context.orgs().known(this.acronym);
		}
		String id = known != null ? known : context.orgs().byName(displayName);
		NodeRow row = NodeRow.of("Organisation", id).byDefault("name", displayName).byDefault("type", this.type);
		if (known == null) {
			row.byDefault("normalisedName", Names.normalise(displayName));
			if (this.acronym != null && !this.acronym.equals(displayName)) {
				row.byDefault("aliases", List.of(this.acronym));
			}
			context.orgs().remember(displayName, id);
		}
		context.batch().node(row);
		return id;
	}

	private String theme(ImportContext context) {
		if (this.sector.matches("\\d{5}")) {
			String id = "theme:dac-" + this.sector;
			context.batch().node(NodeRow.of("Theme", id)
				.byDefault("name", context.codelists().sectorName(this.sector).orElse("DAC sector " + this.sector))
				.byDefault("dacCode", this.sector)
				.byDefault("vocabulary", "1"));
			return id;
		}
		String id = "theme:cluster-" + Names.slug(this.sector);
		context.batch().node(NodeRow.of("Theme", id).byDefault("name", this.sector).byDefault("vocabulary", "cluster"));
		return id;
	}

	private static String areaProperty(HxlColumns.Role role) {
		return switch (role) {
			case ADM1_CODE -> "adm1Codes";
			case ADM1_NAME -> "adm1";
			case ADM2_CODE -> "adm2Codes";
			case ADM2_NAME -> "adm2";
			case ADM3_CODE -> "adm3Codes";
			default -> "adm3";
		};
	}

}
