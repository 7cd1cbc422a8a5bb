package org.actoratlas.maps;

import java.util.Collection;

/**
 * The role columns of a stakeholder map, in the order coordinators lay them out: money first,
 * then the multilateral system, the state, implementers, local civil society, knowledge, networks.
 */
enum ActorGroup {

	DONORS("Donors"), MULTILATERALS("UN and multilaterals"), GOVERNMENTS("Governments and state bodies"),
	INTERNATIONAL_IMPLEMENTERS("International implementers"), LOCAL_CIVIL_SOCIETY("Local and regional civil society"),
	RESEARCH("Research and academia"), NETWORKS("Networks and platforms"), PROGRAMMES("Programmes"), PEOPLE("People"),
	OTHER("Other");

	final String title;

	ActorGroup(String title) {
		this.title = title;
	}

	/** Where an actor goes on a role map, from its kind, organisation type and whether it funds anything. */
	static ActorGroup of(String kind, String organisationType, Collection<String> labels) {
		if ("person".equals(kind)) {
			return PEOPLE;
		}
		if ("programme".equals(kind)) {
			return PROGRAMMES;
		}
		if (!"organisation".equals(kind)) {
			return OTHER;
		}
		if (labels.contains("Donor") && !"multilateral".equals(organisationType)) {
			return DONORS;
		}
		if (organisationType == null) {
			return OTHER;
		}
		return switch (organisationType) {
			case "multilateral" -> MULTILATERALS;
			case "government" -> GOVERNMENTS;
			case "ngo-international", "private", "public-private" -> INTERNATIONAL_IMPLEMENTERS;
			case "ngo-national", "ngo-regional", "civil-society" -> LOCAL_CIVIL_SOCIETY;
			case "research", "academic" -> RESEARCH;
			case "network" -> NETWORKS;
			case "foundation" -> DONORS;
			default -> OTHER;
		};
	}

}
