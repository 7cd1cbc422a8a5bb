package org.actoratlas.gaps;

import java.util.List;

/**
 * Actors at the edge of the network.
 *
 * @param unlinked actors with no recorded link to another actor
 * @param singleLink actors with exactly one link, and to whom
 * @param dependents for each broker (an articulation point), the actors that reach the rest of
 * their component only through it, largest first
 * @param bridges links whose removal would split a component
 * @param separateComponents groups of linked actors with no path to the largest component
 */
record Isolates(String country, int actors, int links, List<Actor> unlinked, List<SingleLink> singleLink,
		List<Dependents> dependents, List<Bridge> bridges, List<List<Actor>> separateComponents) {

	record SingleLink(Actor actor, Actor linkedTo, List<String> how) {
	}

	/**
	 * @param direct actors for which this broker is the nearest one
	 * @param cutOff how many actors lose their path to the rest if the broker goes, including those
	 * behind further brokers
	 */
	record Dependents(Actor broker, List<Actor> direct, int cutOff) {
	}

	record Bridge(Actor a, Actor b, List<String> how) {
	}

}
