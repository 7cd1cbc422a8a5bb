package org.actoratlas.gaps;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.actoratlas.system.GraphStamp;
import org.actoratlas.system.StampedCache;

import org.springframework.stereotype.Component;

/**
 * The organisations of a country (or all) and the links among them as an {@link ActorGraph}, kept
 * (with its betweenness and communities) until the {@link GraphStamp} moves or it is older than
 * {@link #MAX_AGE}. The actors are read from the graph; their links come from the
 * {@link FeatureIndex}, which already holds every organisation's direct links, programmes and
 * events: reading the links of a country where hundreds of donors co-fund thousands of programmes
 * from Neo4j took tens of seconds at scale, picking them from the index takes a fraction of that.
 */
@Component
class ActorGraphQuery {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final ActorQuery actorQuery;

	private final FeatureIndex featureIndex;

	private final StampedCache<String, ActorGraph> cache;

	ActorGraphQuery(ActorQuery actorQuery, FeatureIndex featureIndex, GraphStamp stamp) {
		this.actorQuery = actorQuery;
		this.featureIndex = featureIndex;
		this.cache = new StampedCache<>(stamp, MAX_AGE, Clock.systemUTC());
	}

	/** @param country a country id, or null for every organisation */
	ActorGraph graph(String country) {
		return this.cache.get(country == null ? "" : country, key -> load(country));
	}

	private ActorGraph load(String country) {
		List<Actor> actors = this.actorQuery.actors(ActorKind.ORGANISATION, country, List.of());
		return linksAmong(this.featureIndex.current(), new ActorGraph.Builder(actors, country, maxLinks()));
	}

	/**
	 * Every link between two of the builder's actors: direct (partners, funding, membership, and
	 * funding a programme that funds the other), through a programme both are on, and through an
	 * event both took part in. Each pair is visited from its lower-numbered end only.
	 */
	static ActorGraph linksAmong(FeatureIndex.Snapshot index, ActorGraph.Builder graph) {
		int[] local = new int[index.organisationCount()];
		Arrays.fill(local, -1);
		List<Actor> actors = graph.actors();
		int[] global = new int[actors.size()];
		for (int v = 0; v < actors.size(); v++) {
			global[v] = index.organisation(actors.get(v).id());
			if (global[v] >= 0) {
				local[global[v]] = v;
			}
		}
		for (int v = 0; v < actors.size(); v++) {
			int o = global[v];
			if (o < 0) {
				continue;
			}
			int[] adjacent = index.adjacentOf(o);
			byte[] flags = index.adjacentFlags(o);
			for (int k = 0; k < adjacent.length; k++) {
				if (local[adjacent[k]] > v) {
					graph.add(v, local[adjacent[k]], flags[k] & 0xFF);
				}
			}
			for (long programme : index.programmesOf(o)) {
				int relations = (int) (programme & 7);
				for (int holder : index.holdersOf((int) (programme >>> 3))) {
					int w = local[holder >>> 3];
					if (w > v) {
						graph.add(v, w, onOneProgramme(relations, holder & 7));
					}
				}
			}
			for (int event : index.eventsOf(o)) {
				for (int participant : index.participantsOf(event)) {
					if (local[participant] > v) {
						graph.add(v, local[participant], ActorGraph.undirected("event"));
					}
				}
			}
		}
		return graph.build();
	}

	/** How two organisations on one programme are linked: funder to implementer, co-funders, co-implementers. */
	static int onOneProgramme(int a, int b) {
		int runs = OrganisationFeatures.IMPLEMENTS | OrganisationFeatures.REPORTS;
		boolean aFunds = (a & OrganisationFeatures.FUNDS) != 0;
		boolean bFunds = (b & OrganisationFeatures.FUNDS) != 0;
		int flags = 0;
		if (aFunds && (b & runs) != 0) {
			flags |= ActorGraph.funding();
		}
		if (bFunds && (a & runs) != 0) {
			flags |= ActorGraph.reversed(ActorGraph.funding());
		}
		if (aFunds && bFunds) {
			flags |= ActorGraph.undirected("co-funding");
		}
		if ((a & runs) != 0 && (b & runs) != 0) {
			flags |= ActorGraph.undirected("programme");
		}
		return flags;
	}

	/**
	 * Half the heap at about 64 bytes a link: ten in the graph, the rest while it is collected and for
	 * the analyses (JGraphT's sparse graph for communities, brokerage's arc lists).
	 */
	static long maxLinks() {
		return Runtime.getRuntime().maxMemory() / 128;
	}

}
