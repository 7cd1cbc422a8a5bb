package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * IATI activity XML in two streamed passes. The first reads the whole file without writing: it
 * proves the XML well-formed (a broken file is refused with its line before anything is written),
 * finds blank and duplicate identifiers, and learns which names go with which org refs. The second
 * maps each activity to rows.
 */
final class IatiImporter {

	/** What the first pass learnt. */
	static final class Scan {

		final Map<String, Integer> activityLines = new HashMap<>();

		/** Positions (0-based) of activities not to import: a minified file has every activity on one line. */
		final Set<Integer> skipped = new HashSet<>();

		final Map<String, String> namesByRef = new HashMap<>();

		final Map<String, String> typesByRef = new HashMap<>();

		/** The first type a publisher gives itself: the one statement that wins, so that importing a file again changes nothing. */
		final Map<String, String> ownTypesByRef = new HashMap<>();

		IatiXmlReader.Root root;

		int activities;

	}

	interface Opener {

		InputStream open() throws IOException;

	}

	private IatiImporter() {
	}

	static void importFile(Opener opener, ImportContext context) throws IOException, BadImportFileException {
		Scan scan = new Scan();
		try (InputStream in = opener.open()) {
			scan.root = IatiXmlReader.read(in, root -> {
			}, activity -> learn(activity, scan, context));
		}
		if (scan.root == null) {
			throw new BadImportFileException("The file has no XML element at all.");
		}
		if (!scan.root.isIati()) {
			throw new BadImportFileException("This is XML but not IATI activity data: the root element is <"
					+ scan.root.name() + "> (line " + scan.root.line() + "), not <iati-activities> or <iati-activity>.",
					scan.root.line());
		}
		if (scan.activities == 0) {
			context.log().warn(scan.root.line(), null, "The file has no iati-activity: nothing to import.");
			return;
		}
		IatiActivityMapper mapper = new IatiActivityMapper(context, scan);
		int[] position = { 0 };
		try (InputStream in = opener.open()) {
			IatiXmlReader.read(in, root -> {
			}, activity -> {
				if (!scan.skipped.contains(position[0]++)) {
					mapper.map(activity);
				}
			});
		}
	}

	private static void learn(XmlElement activity, Scan scan, ImportContext context) {
		int position = scan.activities++;
		String id = activity.first("iati-identifier") == null ? null : activity.first("iati-identifier").text();
		if (id == null) {
			scan.skipped.add(position);
			context.log().reject(activity.line(), null, "iati-activity without an iati-identifier (blank or missing); skipped");
		}
		else if (scan.activityLines.containsKey(id)) {
			scan.skipped.add(position);
			context.log().reject(activity.line(), id, "duplicate iati-identifier (first at line "
					+ scan.activityLines.get(id) + "); this second activity is skipped");
		}
		else {
			scan.activityLines.put(id, activity.line());
		}
		Stream.concat(Stream.concat(activity.all("reporting-org"), activity.all("participating-org")),
				activity.all("transaction").flatMap(t -> Stream.concat(t.all("provider-org"), t.all("receiver-org"))))
			.forEach(org -> {
				String ref = org.attr("ref");
				String name = Names.clean(org.narrative());
				if (ref != null && name != null) {
					scan.namesByRef.putIfAbsent(ref, name);
					context.orgs().knowFromFile(Names.normalise(name), ref);
				}
				if (ref != null && org.attr("type") != null) {
					scan.typesByRef.putIfAbsent(ref, org.attr("type"));
				}
			});
		activity.all("reporting-org")
			.filter(org -> org.attr("ref") != null && org.attr("type") != null)
			.forEach(org -> scan.ownTypesByRef.putIfAbsent(org.attr("ref"), org.attr("type")));
	}

}
