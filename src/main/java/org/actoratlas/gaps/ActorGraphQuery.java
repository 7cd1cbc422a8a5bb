package org.actoratlas.gaps;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the organisations of a country (or all) and the links among them into an
 * {@link ActorGraph}, and keeps it (with its betweenness) until the {@link GraphStamp} moves or it is
 * older than {@link #MAX_AGE}.
 */
@Component
class ActorGraphQuery {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private static final String LINKS = """
			UNWIND $ids AS actorId
			MATCH (a:Organisation {id: actorId})
			CALL (a) {
			  MATCH (a)-[r:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]->(b:Organisation)
			  RETURN b.id AS b, CASE type(r) WHEN 'PARTNERS_WITH' THEN 'partners' WHEN 'FUNDS' THEN 'funds' ELSE 'member' END AS how,
			         type(r) = 'FUNDS' AS directed
			  UNION
			  MATCH (a)-[:FUNDS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(b:Organisation)
			  RETURN b.id AS b, 'funds' AS how, true AS directed
			  UNION
			  MATCH (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(b:Organisation)
			  RETURN b.id AS b, 'funds' AS how, true AS directed
			  UNION
			  MATCH (a)-[:IMPLEMENTS|REPORTS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(b:Organisation) WHERE a.id < b.id
			  RETURN b.id AS b, 'programme' AS how, false AS directed
			  UNION
			  MATCH (a)-[:FUNDS]->(:Programme)<-[:FUNDS]-(b:Organisation) WHERE a.id < b.id
			  RETURN b.id AS b, 'co-funding' AS how, false AS directed
			  UNION
			  MATCH (a)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(b:Organisation) WHERE a.id < b.id
			  RETURN b.id AS b, 'event' AS how, false AS directed
			}
			WITH a, b, how, directed WHERE a.id <> b
			RETURN a.id AS a, b, how, directed
			""";

	private final Neo4jClient neo4j;

	private final ActorQuery actorQuery;

	private final StampedCache<String, ActorGraph> cache;

	ActorGraphQuery(Neo4jClient neo4j, ActorQuery actorQuery, GraphStamp stamp) {
		this.neo4j = neo4j;
		this.actorQuery = actorQuery;
		this.cache = new StampedCache<>(stamp, MAX_AGE, Clock.systemUTC());
	}

	/** @param country a country id, or null for every organisation */
	ActorGraph graph(String country) {
		return this.cache.get(country == null ? "" : country, key -> load(country));
	}

	/**
	 * Links are streamed and counted: the graph of a country where hundreds of donors co-fund
	 * thousands of programmes can have millions, which would exhaust the heap (about 1 KiB per link
	 * in the graph with its indexes), so beyond {@link #maxLinks()} the request is refused instead.
	 */
	private ActorGraph load(String country) {
		List<Actor> actors = this.actorQuery.actors(ActorKind.ORGANISATION, country, List.of());
		long maxLinks = maxLinks();
		List<ActorGraph.Link> links = new ArrayList<>();
		this.neo4j.delegateTo(runner -> {
			var rows = runner.run(LINKS, Map.of("ids", actors.stream().map(Actor::id).toList()));
			while (rows.hasNext()) {
				var row = rows.next();
				if (links.size() >= maxLinks) {
					throw new GraphTooLargeException(country, maxLinks);
				}
				links.add(new ActorGraph.Link(row.get("a").asString(), row.get("b").asString(), row.get("how").asString(),
						row.get("directed").asBoolean()));
			}
			return Optional.empty();
		}).run();
		return new ActorGraph(actors, links);
	}

	static long maxLinks() {
		// Half the heap at about 1 KiB a link: the rest is for the links query, Neo4j and other requests.
		return Runtime.getRuntime().maxMemory() / 2048;
	}

}
