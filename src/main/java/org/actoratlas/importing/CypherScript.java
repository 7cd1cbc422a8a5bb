package org.actoratlas.importing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A Cypher file as people write it for Neo4j Browser: statements end with {@code ;} at a line end. */
record CypherScript(String name, List<String> statements) {

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

	static CypherScript parse(String name, String text) {
		List<String> statements = Arrays.stream(STATEMENT_END.split(text.replace("\r\n", "\n")))
			.map(String::strip)
			.filter(statement -> !isOnlyComments(statement))
			.toList();
		return new CypherScript(name, statements);
	}

	private static boolean isOnlyComments(String statement) {
		return statement.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("//"));
	}

}
