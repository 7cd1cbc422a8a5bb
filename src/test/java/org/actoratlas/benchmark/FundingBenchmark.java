package org.actoratlas.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Upstream and downstream at depth 6 on a generated IATI-shaped graph, over HTTP, against a plain
 * variable-length Cypher path query in the same run. Not part of the test suite (the name does not
 * end in Test); run it alone: {@code mvn -B test -Dtest=FundingBenchmark -Dbench.activities=20000}.
 * The graph: {@code bench.activities} activities in a tree of parent -> child funding (fan-out 10,
 * both sides reporting some flows), each funded by one of 20 donor hubs, paying one of 2,000
 * organisations, implemented by one and active in one or two of 10 countries; about 6.5
 * relationships per activity. Prints p50 and p95 in milliseconds, then removes the graph.
 */
@AtlasIntegrationTest
class FundingBenchmark {

	private static final int ACTIVITIES = Integer.getInteger("bench.activities", 20000);

	private static final int RUNS = Integer.getInteger("bench.runs", 60);

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void upstreamAndDownstreamAtDepthSix() {
		generate();
		Api api = new Api(this.port);
		String leaf = "programme:bench-" + (ACTIVITIES - 1);
		String donor = "org:bench-donor-3";
		report("API upstream of a leaf activity, depth 6", () -> api.get("/api/funding/upstream/" + leaf + "?maxDepth=6").status());
		report("Cypher FUNDS*1..6 upstream of the leaf", () -> cypher(
				"MATCH (n:Node {id: $id})<-[:FUNDS*1..6]-(m:Node) RETURN DISTINCT m.id LIMIT 500", leaf));
		report("API downstream of a donor hub, depth 6 (limit 500)", () -> api.get("/api/funding/downstream/" + donor + "?maxDepth=6").status());
		report("Cypher FUNDS*1..6 downstream of the hub (LIMIT 500)", () -> cypher(
				"MATCH (n:Node {id: $id})-[:FUNDS*1..6]->(m:Node) RETURN DISTINCT m.id LIMIT 500", donor));
		report("API downstream of a mid-tree activity, depth 6", () -> api.get("/api/funding/downstream/programme:bench-5?maxDepth=6").status());
		report("Cypher FUNDS*1..6 downstream of it (LIMIT 500)", () -> cypher(
				"MATCH (n:Node {id: $id})-[:FUNDS*1..6]->(m:Node) RETURN DISTINCT m.id LIMIT 500", "programme:bench-5"));
	}

	@AfterEach
	void removeGraph() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n:Node) WHERE n.bench = true CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
	}

	private int cypher(String query, String id) {
		try (var session = this.driver.session()) {
			return session.run(query, Map.of("id", id)).list().size();
		}
	}

	private void report(String what, Supplier<Integer> call) {
		for (int i = 0; i < 10; i++) {
			call.get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			call.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf("BENCH %-55s p50 %7.1f ms  p95 %7.1f ms  (%d runs, %d activities)%n", what,
				millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), RUNS, ACTIVITIES);
	}

	private void generate() {
		try (var session = this.driver.session()) {
			session.run("""
					UNWIND range(0, 9) AS c CREATE (:Node:Country {id: 'country:bench-' + c, name: 'Bench country ' + c, bench: true})
					""").consume();
			session.run("""
					UNWIND range(0, 19) AS d CREATE (:Node:Organisation:Donor {id: 'org:bench-donor-' + d, name: 'Bench donor ' + d, bench: true})
					""").consume();
			session.run("""
					UNWIND range(0, 1999) AS o
					CREATE (:Node:Organisation {id: CASE WHEN o % 5 = 0 THEN 'org:name:bench ' + o ELSE 'org:bench-' + o END,
					        name: 'Bench organisation ' + o, bench: true})
					""").consume();
			session.run("""
					UNWIND range(0, $n - 1) AS i
					CALL (i) {
					  CREATE (:Node:Programme {id: 'programme:bench-' + i, name: 'Bench activity ' + i, programmeType: 'iati-activity', bench: true})
					} IN TRANSACTIONS OF 5000 ROWS
					""", Map.of("n", ACTIVITIES)).consume();
			session.run("""
					UNWIND range(0, $n - 1) AS i
					CALL (i) {
					  MATCH (a:Programme {id: 'programme:bench-' + i})
					  MATCH (d:Organisation {id: 'org:bench-donor-' + (i % 20)})
					  MATCH (o:Organisation {id: CASE WHEN (i * 7) % 2000 % 5 = 0 THEN 'org:name:bench ' + ((i * 7) % 2000) ELSE 'org:bench-' + ((i * 7) % 2000) END})
					  MATCH (c:Country {id: 'country:bench-' + (i % 10)})
					  MATCH (c2:Country {id: 'country:bench-' + ((i + 3) % 10)})
					  CREATE (d)-[:FUNDS {amount: 1000.0 * (i % 97 + 1), currency: 'EUR', transactionType: '1', reportedBy: a.id, key: a.id + '#1',
					          valueDate: date('2020-06-01'), sourceIds: ['source:bench']}]->(a)
					  CREATE (a)-[:FUNDS {amount: 900.0 * (i % 97 + 1), currency: 'EUR', transactionType: '3', reportedBy: a.id, key: a.id + '#2',
					          valueDate: date('2020-09-01'), sourceIds: ['source:bench']}]->(o)
					  CREATE (o)-[:IMPLEMENTS {role: 'implementing', sourceIds: ['source:bench']}]->(a)
					  CREATE (a)-[:ACTIVE_IN {percentage: 60.0, sourceIds: ['source:bench']}]->(c)
					  CREATE (a)-[:ACTIVE_IN {percentage: 40.0, sourceIds: ['source:bench']}]->(c2)
					} IN TRANSACTIONS OF 2000 ROWS
					""", Map.of("n", ACTIVITIES)).consume();
			session.run("""
					UNWIND range(1, $n - 1) AS i
					CALL (i) {
					  MATCH (child:Programme {id: 'programme:bench-' + i})
					  MATCH (parent:Programme {id: 'programme:bench-' + ((i - 1) / 10)})
					  CREATE (parent)-[:FUNDS {amount: 1000.0 * (i % 97 + 1), currency: 'EUR', transactionType: '1', reportedBy: child.id,
					          key: child.id + '#1', valueDate: date('2020-06-01'), sourceIds: ['source:bench']}]->(child)
					  FOREACH (x IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END |
					    CREATE (parent)-[:FUNDS {amount: 1000.0 * (i % 97 + 1), currency: 'EUR', transactionType: '3', reportedBy: parent.id,
					            key: parent.id + '#c' + i, valueDate: date('2020-06-01'), sourceIds: ['source:bench']}]->(child))
					} IN TRANSACTIONS OF 2000 ROWS
					""", Map.of("n", ACTIVITIES)).consume();
			long rels = session.run("MATCH (n:Node {bench: true})-[r]->() RETURN count(r) AS c").single().get("c").asLong();
			System.out.printf("BENCH generated %d activities, %d relationships%n", ACTIVITIES, rels);
		}
	}

}
