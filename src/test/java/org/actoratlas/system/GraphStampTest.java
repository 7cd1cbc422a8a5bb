package org.actoratlas.system;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp that tells the indexes built from the graph that they are out of date. */
@AtlasIntegrationTest
class GraphStampTest {

	@Autowired
	GraphStamp stamp;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTheNode() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n:Node {id: 'org:stamptest'}) DETACH DELETE n").consume();
		}
	}

	@Test
	void readsLeaveItAndEveryWriteMovesIt() {
		String before = this.stamp.current();
		try (var session = this.driver.session()) {
			session.executeRead(tx -> tx.run("MATCH (n:Node) RETURN count(n)").consume());
			session.run("MATCH (n:Node {id: 'org:ada'}) RETURN n.name").consume();
		}
		assertThat(this.stamp.current()).as("after reads").isEqualTo(before);

		try (var session = this.driver.session()) {
			session.run("CREATE (:Node:Organisation {id: 'org:stamptest', name: 'Stamp test'})").consume();
		}
		String created = this.stamp.current();
		assertThat(created).as("after a new node").isNotEqualTo(before);

		try (var session = this.driver.session()) {
			session.run("MATCH (n:Node {id: 'org:stamptest'}) SET n.name = 'Stamp test, renamed'").consume();
		}
		assertThat(this.stamp.current()).as("after a rename, which keeps every count").isNotEqualTo(created);
	}

}
