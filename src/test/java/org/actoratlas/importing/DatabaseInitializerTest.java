package org.actoratlas.importing;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class DatabaseInitializerTest {

	@Autowired
	DatabaseInitializer initializer;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void appliesTheSchemaAndLoadsTheSeedOnlyOnceWhenRunAgain() {
		long nodes = count("MATCH (n:Node) RETURN count(n)");
		long relationships = count("MATCH (:Node)-[r]->(:Node) RETURN count(r)");
		long constraints = count("SHOW CONSTRAINTS YIELD name RETURN count(name)");

		this.initializer.afterPropertiesSet();

		assertThat(nodes).isPositive();
		assertThat(count("MATCH (n:Node) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH (:Node)-[r]->(:Node) RETURN count(r)")).isEqualTo(relationships);
		assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(name)")).isEqualTo(constraints);
	}

	@Test
	void hasAUniqueIdPerLabelAndTheNamesIndex() {
		var constrained = this.neo4j.query("""
				SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type
				WHERE type = 'UNIQUENESS' AND properties = ['id']
				RETURN labelsOrTypes[0]""").fetchAs(String.class).all();
		assertThat(constrained).contains("Node", "Organisation", "Programme", "Country", "Region", "Theme", "Event", "Person", "Source");
		assertThat(count("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'node_names' RETURN count(name)")).isEqualTo(1);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
