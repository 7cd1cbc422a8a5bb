package org.actoratlas.funding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The funding questions in cypher/queries run as written, with their :param lines, on the Sahel seed. */
@AtlasIntegrationTest
class FundingCookbookTest {

	private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => (.+);$", Pattern.MULTILINE);

	@Autowired
	Driver driver;

	@Test
	void upstreamFindsTheAustrianDevelopmentAgency() throws IOException {
		assertThat(run("funding-upstream.cypher")).extracting(row -> row.get("funder").asString()).contains("org:ada");
	}

	@Test
	void downstreamReachesIdloFromTheNetherlands() throws IOException {
		assertThat(run("funding-downstream.cypher")).extracting(row -> row.get("recipient").asString())
			.contains("programme:idlo-sahel-criminal-justice", "org:idlo", "country:ML");
	}

	@Test
	void breaksAndLocalisationRun() throws IOException {
		assertThat(run("funding-breaks.cypher")).isNotNull();
		assertThat(run("funding-localisation.cypher")).isNotNull();
	}

	private List<Record> run(String file) throws IOException {
		String text = new ClassPathResource("cypher/queries/" + file).getContentAsString(StandardCharsets.UTF_8);
		try (var session = this.driver.session()) {
			Map<String, Object> parameters = new HashMap<>();
			Matcher matcher = PARAM.matcher(text);
			while (matcher.find()) {
				parameters.put(matcher.group(1), session.run("RETURN " + matcher.group(2) + " AS v").single().get("v").asObject());
			}
			String statement = text.strip();
			return session.run(statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement, parameters).list();
		}
	}

}
