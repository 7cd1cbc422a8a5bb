package org.actoratlas.gaps;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The actor groups that brokerage roles are computed between, from an organisation's {@code type},
 * its {@code Donor} label and, for regional bodies, its name (the model has no type for them).
 * The rules, in order, are in docs/gaps.md.
 */
final class ActorGroups {

	static final String DONORS = "donors";

	static final String UN_MULTILATERAL = "un-multilateral";

	static final String NGO_INTERNATIONAL = "ngo-international";

	static final String CIVIL_SOCIETY = "national-civil-society";

	static final String STATE = "state-justice-security";

	static final String REGIONAL = "regional";

	static final String RESEARCH = "research";

	static final String OTHER = "other";

	static final List<String> ALL = List.of(DONORS, UN_MULTILATERAL, NGO_INTERNATIONAL, CIVIL_SOCIETY, STATE, REGIONAL,
			RESEARCH, OTHER);

	private static final Pattern REGIONAL_NAME = Pattern.compile(
			"\\b(ecowas|cedeao|g5|african union|union africaine|wacap|uemoa|waemu|sahel alliance|alliance sahel|regional|régional|west african|ouest africain)\\b");

	private static final Pattern EUROPEAN_UNION = Pattern.compile("\\b(european union|european commission|union européenne|eu|echo)\\b");

	private ActorGroups() {
	}

	static String of(String type, boolean donor, String name) {
		String t = type == null ? "" : type;
		String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
		if (t.equals("research") || t.equals("academic")) {
			return RESEARCH;
		}
		if (t.equals("ngo-regional") || (!t.startsWith("ngo-international") && REGIONAL_NAME.matcher(n).find())) {
			return REGIONAL;
		}
		if (t.equals("multilateral")) {
			return donor && EUROPEAN_UNION.matcher(n).find() ? DONORS : UN_MULTILATERAL;
		}
		if (t.equals("government")) {
			return donor ? DONORS : STATE;
		}
		if (t.equals("foundation")) {
			return DONORS;
		}
		if (t.equals("ngo-international")) {
			return NGO_INTERNATIONAL;
		}
		if (t.equals("ngo-national") || t.equals("civil-society") || t.equals("network")) {
			return CIVIL_SOCIETY;
		}
		return donor ? DONORS : OTHER;
	}

}
