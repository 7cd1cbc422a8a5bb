package org.actoratlas.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** What every importer works with while it reads one file. */
record ImportContext(String fileName, ImportLog log, GraphBatch batch, OrgResolver orgs, Codelists codelists) {

	private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

	/** A date from {@code 2021-03-31} or {@code 2021-03-31T00:00:00Z}; a warning and {@code null} otherwise. */
	LocalDate date(String text, long line, String recordId, String what) {
		if (text == null) {
			return null;
		}
		if (ISO_DATE.matcher(text).find()) {
			try {
				return LocalDate.parse(text.substring(0, 10));
			}
			catch (java.time.DateTimeException ex) {
				// reported below
			}
		}
		this.log.warn(line, recordId, what + " '" + text + "' is not a date (expected YYYY-MM-DD); left empty");
		return null;
	}

	Double number(String text, long line, String recordId, String what) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace(" ", "")).doubleValue();
		}
		catch (NumberFormatException ex) {
			this.log.warn(line, recordId, what + " '" + text + "' is not a number; left empty");
			return null;
		}
	}

	/** The country node for an ISO code, created with its code-list name when the graph lacks it. */
	String country(String iso2) {
		String id = "country:" + iso2;
		this.batch.node(NodeRow.of("Country", id)
			.byDefault("name", this.codelists.countryName(iso2).orElse(iso2))
			.byDefault("iso2", iso2));
		return id;
	}

	/** An organisation known only by name: the one the graph or file knows under it, or a new one. */
	String namedOrganisation(String name, String type) {
		String id = this.orgs.byName(name);
		NodeRow row = NodeRow.of("Organisation", id).byDefault("name", name).byDefault("type", type);
		if (id.startsWith("org:name:")) {
			row.byDefault("normalisedName", Names.normalise(name));
			this.orgs.remember(name, id);
		}
		this.batch.node(row);
		return id;
	}

}
