package org.actoratlas.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One IATI activity as graph rows (the mapping is documented in cypher/README.md, "Imported data"):
 * the programme, its reporting and participating organisations, countries, regions, sectors,
 * parent and child activities; transactions are left to {@link IatiTransactionMapper}.
 */
final class IatiActivityMapper {

	private final ImportContext context;

	private final IatiImporter.Scan scan;

	private final IatiTransactionMapper transactions;

	IatiActivityMapper(ImportContext context, IatiImporter.Scan scan) {
		this.context = context;
		this.scan = scan;
		this.transactions = new IatiTransactionMapper(context, this);
	}

	static String programmeId(String iatiIdentifier) {
		return "programme:iati:" + iatiIdentifier;
	}

	void map(XmlElement activity) {
		String id = activity.first("iati-identifier").text();
		String programme = programmeId(id);
		this.context.log().record();
		String currency = currency(activity);
		NodeRow row = NodeRow.of("Programme", programme)
			.prop("name", nameOf(activity, id))
			.prop("iatiIdentifier", id)
			.prop("programmeType", "iati-activity")
			.prop("description", activity.all("description")
				.filter(d -> d.attr("type") == null || "1".equals(d.attr("type")) || "general".equalsIgnoreCase(d.attr("type")))
				.map(XmlElement::narrative)
				.filter(text -> text != null)
				.findFirst()
				.orElse(null))
			.prop("status", status(activity))
			.prop("currency", currency)
			.prop("iatiVersion", activity.attr("version") != null ? activity.attr("version") : this.scan.root.version())
			.prop("placeholder", null);
		dates(activity, row, id);
		new IatiBudget(this.context, id).total(activity, currency, row);
		this.context.batch().node(row);
		XmlElement reporting = activity.first("reporting-org");
		if (reporting != null) {
			String org = organisation(reporting, id, "reporting-org");
			if (org != null) {
				this.context.batch().relationship(RelRow.pair("REPORTS", org, programme, evidence(id, "reporting-org", reporting)));
			}
		}
		participants(activity, id, programme);
		places(activity, id, programme);
		sectors(activity, id, programme);
		related(activity, id, programme);
		this.transactions.map(activity, id, programme, currency);
	}

	String evidence(String activityId, String what, XmlElement element) {
		return "iati-activity " + activityId + " " + what + " (line " + element.line() + ")";
	}

	private String nameOf(XmlElement activity, String id) {
		String title = Names.clean(activity.narrativeOf("title"));
		if (title != null && title.indexOf('\uFFFD') >= 0) {
			this.context.log().warn(activity.line(), id, "the title contains U+FFFD (a character lost to a wrong encoding)");
		}
		return title != null ? title : id;
	}

	private String currency(XmlElement activity) {
		String currency = activity.attr("default-currency") != null ? activity.attr("default-currency")
				: this.scan.root.defaultCurrency();
		return currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
	}

	private String status(XmlElement activity) {
		XmlElement status = activity.first("activity-status");
		if (status == null) {
			return null;
		}
		String code = status.attr("code");
		return code != null && IatiCodes.status(code) != null ? IatiCodes.status(code) : Names.clean(status.text());
	}

	private void dates(XmlElement activity, NodeRow row, String id) {
		LocalDate[] byType = new LocalDate[5];
		activity.all("activity-date").forEach(date -> {
			String type = IatiCodes.dateType(date.attr("type"));
			if (type == null || !type.matches("[1-4]")) {
				this.context.log().warn(date.line(), id, "activity-date without a known type; ignored");
				return;
			}
			String text = date.attr("iso-date") != null ? date.attr("iso-date") : date.text();
			byType[Integer.parseInt(type)] = this.context.date(text, date.line(), id, "activity-date");
		});
		row.prop("startDate", byType[2] != null ? byType[2] : byType[1]);
		row.prop("endDate", byType[4] != null ? byType[4] : byType[3]);
	}

	private void participants(XmlElement activity, String id, String programme) {
		List<XmlElement> participants = activity.all("participating-org").toList();
		for (int i = 0; i < participants.size(); i++) {
			XmlElement participant = participants.get(i);
			String what = "participating-org " + (i + 1);
			String role = IatiCodes.role(participant.attr("role"));
			if (role == null) {
				this.context.log().warn(participant.line(), id, what + " has no known role ('"
						+ participant.attr("role") + "'); skipped");
				continue;
			}
			String org = organisation(participant, id, what);
			if (org == null) {
				continue;
			}
			String evidence = evidence(id, what + " (" + role + ")", participant);
			this.context.batch().relationship(role.equals("funding") ? RelRow.role("FUNDS", role, org, programme, evidence)
					: RelRow.role("IMPLEMENTS", role, org, programme, evidence));
		}
	}

	private void places(XmlElement activity, String id, String programme) {
		activity.all("recipient-country").forEach(country -> {
			String code = country.attr("code");
			if (code == null) {
				this.context.log().warn(country.line(), id, "recipient-country without a code; skipped");
				return;
			}
			String iso2 = code.toUpperCase(Locale.ROOT);
			if (this.context.codelists().countryName(iso2).isEmpty()) {
				this.context.log().warn(country.line(), id, "recipient-country code '" + code + "' is not in the country code list");
			}
			this.context.batch().relationship(RelRow.pair("ACTIVE_IN", programme, this.context.country(iso2),
					evidence(id, "recipient-country " + iso2, country))
				.prop("percentage", this.context.number(country.attr("percentage"), country.line(), id, "percentage")));
		});
		activity.all("recipient-region").forEach(region -> {
			String code = region.attr("code");
			if (code == null) {
				this.context.log().warn(region.line(), id, "recipient-region without a code; skipped");
				return;
			}
			String vocabulary = region.attr("vocabulary") != null ? region.attr("vocabulary") : "1";
			String regionId = "region:" + vocabulary + "-" + code;
			String name = "1".equals(vocabulary) ? this.context.codelists().regionName(code).orElse(null) : null;
			this.context.batch().node(NodeRow.of("Region", regionId)
				.byDefault("name", name != null ? name : region.narrative() != null ? region.narrative() : "Region " + code + " (vocabulary " + vocabulary + ")")
				.byDefault("vocabulary", vocabulary)
				.byDefault("code", code));
			this.context.batch().relationship(RelRow.pair("ACTIVE_IN", programme, regionId, evidence(id, "recipient-region " + code, region))
				.prop("percentage", this.context.number(region.attr("percentage"), region.line(), id, "percentage"))
				.prop("vocabulary", vocabulary));
		});
	}

	/** A sector listed twice in one activity is one theme with the percentages added. */
	private void sectors(XmlElement activity, String id, String programme) {
		Map<String, RelRow> byTheme = new LinkedHashMap<>();
		activity.all("sector").forEach(sector -> {
			String code = sector.attr("code");
			if (code == null) {
				this.context.log().warn(sector.line(), id, "sector without a code; skipped");
				return;
			}
			String vocabulary = IatiCodes.sectorVocabulary(sector.attr("vocabulary"));
			String theme = theme(vocabulary, code, Names.clean(sector.narrative()));
			Double percentage = this.context.number(sector.attr("percentage"), sector.line(), id, "percentage");
			RelRow earlier = byTheme.get(theme);
			if (earlier == null) {
				byTheme.put(theme, RelRow.pair("ADDRESSES", programme, theme, evidence(id, "sector " + code, sector))
					.prop("percentage", percentage)
					.prop("vocabulary", vocabulary));
			}
			else if (percentage != null && earlier.props().get("percentage") instanceof Double before) {
				earlier.prop("percentage", before + percentage);
			}
		});
		byTheme.values().forEach(this.context.batch()::relationship);
	}

	private String theme(String vocabulary, String code, String nameInFile) {
		String id;
		String name;
		NodeRow row;
		if ("1".equals(vocabulary)) {
			id = "theme:dac-" + code;
			name = this.context.codelists().sectorName(code).orElse(nameInFile != null ? nameInFile : "DAC sector " + code);
			row = NodeRow.of("Theme", id).byDefault("dacCode", code);
		}
		else if ("2".equals(vocabulary)) {
			id = "theme:dac3-" + code;
			name = this.context.codelists().sectorCategoryName(code).orElse(nameInFile != null ? nameInFile : "DAC sector category " + code);
			row = NodeRow.of("Theme", id).byDefault("dacCode", code);
		}
		else {
			id = "theme:v" + vocabulary + "-" + code;
			name = nameInFile != null ? nameInFile : "Sector " + code + " (vocabulary " + vocabulary + ")";
			row = NodeRow.of("Theme", id);
		}
		this.context.batch().node(row.byDefault("name", name).byDefault("vocabulary", vocabulary).byDefault("code", code));
		return id;
	}

	private void related(XmlElement activity, String id, String programme) {
		activity.all("related-activity").forEach(related -> {
			String ref = related.attr("ref");
			String type = related.attr("type");
			if (ref == null || !("1".equals(type) || "2".equals(type))) {
				return;
			}
			String other = referencedActivity(ref, related, id, "related-activity");
			String evidence = evidence(id, "related-activity " + ref + " (" + ("1".equals(type) ? "parent" : "child") + ")", related);
			this.context.batch().relationship("1".equals(type) ? RelRow.pair("PART_OF", programme, other, evidence)
					: RelRow.pair("PART_OF", other, programme, evidence));
		});
	}

	/**
	 * The programme for an activity this one cites. One that is not in the file becomes a placeholder
	 * unless the graph already has it; a later import of its publisher's file fills it in.
	 */
	String referencedActivity(String ref, XmlElement element, String activityId, String what) {
		String id = programmeId(ref);
		boolean inFile = this.scan.activityLines.containsKey(ref);
		// Whether the graph has it is known only when the batch is written, so the warning names both outcomes.
		if (!inFile && what.endsWith("activity-id")) {
			this.context.log().warn(element.line(), activityId, what + " '" + ref
					+ "' is not in this file: linked to that activity if an earlier import brought it, else to a placeholder programme "
					+ "until its publisher's file is imported");
		}
		// Written even when the activity comes later in the file: the relationship needs both ends now.
		this.context.batch().node(NodeRow.of("Programme", id)
			.whenCreated("placeholder", inFile ? null : true)
			.whenCreated("name", ref)
			.whenCreated("iatiIdentifier", ref)
			.whenCreated("programmeType", "iati-activity"));
		return id;
	}

	/** The organisation an element names, by ref or else by name; {@code null} (with a warning) when neither. */
	String organisation(XmlElement element, String activityId, String what) {
		String ref = element.attr("ref");
		String name = Names.clean(element.narrative());
		String type = IatiCodes.organisationType(element.attr("type"));
		if (ref == null && element.hasAttr("ref")) {
			this.context.log().warn(element.line(), activityId, what + " has an empty ref; identified by its name");
		}
		if (ref != null) {
			String id = OrgResolver.refId(ref);
			String bestName = this.scan.namesByRef.getOrDefault(ref, name != null ? name : ref);
			NodeRow row = NodeRow.of("Organisation", id)
				.byDefault("name", bestName)
				.byDefault("iatiRef", ref)
				.byDefault("normalisedName", Names.normalise(bestName));
			if (what.equals("reporting-org") && type != null) {
				// A publisher's own statement of what it is outranks how others describe it.
				row.prop("type", IatiCodes.organisationType(this.scan.ownTypesByRef.getOrDefault(ref, element.attr("type"))));
			}
			else {
				row.byDefault("type", type != null ? type : IatiCodes.organisationType(this.scan.typesByRef.get(ref)));
			}
			this.context.batch().node(row);
			return id;
		}
		if (name == null) {
			this.context.log().warn(element.line(), activityId, what + " names no organisation (no ref, no name); skipped");
			return null;
		}
		return this.context.namedOrganisation(name, type);
	}

}
