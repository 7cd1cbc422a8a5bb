package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.List;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed sends its rows as parameters for speed; Neo4j itself judges that they equal the literals as written. */
@AtlasIntegrationTest
class SeedRowsAsParameterTest {

	@Autowired
	Driver driver;

	@Test
	void everySeedBlockSendsExactlyTheRowsItsLiteralWrites() {
		List<String> different = new ArrayList<>();
		int blocks = 0;
		try (var session = this.driver.session()) {
			for (CypherScript script : SeedDataset.scripts()) {
				for (String statement : script.statements()) {
					var query = SeedDataset.withRowsAsParameter(statement);
					if (!statement.contains("] AS row")) {
						assertThat(query.text()).isEqualTo(statement);
						continue;
					}
					assertThat(query.text()).as(script.name()).startsWith("UNWIND $rows AS row");
					String literal = statement.substring(statement.indexOf('['), statement.lastIndexOf("] AS row") + 1);
					boolean same = session.run("RETURN " + literal + " = $rows AS same", query.parameters()).single().get("same").asBoolean();
					if (!same) {
						different.add(script.name() + ": " + statement.lines().filter(line -> line.startsWith("MERGE")).findFirst().orElse(""));
					}
					blocks++;
				}
			}
		}
		assertThat(blocks).isGreaterThan(15);
		assertThat(different).isEmpty();
	}

	@Test
	void readsEveryKindOfLiteralTheSeedWrites() {
		var query = SeedDataset.withRowsAsParameter("""
				// a comment first
				UNWIND [{id: 'a', props: {n: -3, x: 2.5, ok: true, no: null, on: date('2019-12-17'), s: 'It\\'s "here" // not a comment', l: ['x', 'y']}}] AS row
				MERGE (n:Node {id: row.id})""");
		assertThat(query.text()).isEqualTo("UNWIND $rows AS row\nMERGE (n:Node {id: row.id})");
		var props = query.parameters().get("rows").get(0).get("props");
		assertThat(props.get("n").asLong()).isEqualTo(-3);
		assertThat(props.get("x").asDouble()).isEqualTo(2.5);
		assertThat(props.get("ok").asBoolean()).isTrue();
		assertThat(props.get("no").isNull()).isTrue();
		assertThat(props.get("on").asLocalDate()).hasToString("2019-12-17");
		assertThat(props.get("s").asString()).isEqualTo("It's \"here\" // not a comment");
		assertThat(props.get("l").asList()).containsExactly("x", "y");
	}

	@Test
	void runsAStatementWithoutALiteralListAsWritten() {
		String statement = "UNWIND range(1, 3) AS row RETURN row";
		assertThat(SeedDataset.withRowsAsParameter(statement).text()).isEqualTo(statement);
	}

}
