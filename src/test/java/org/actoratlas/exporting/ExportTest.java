package org.actoratlas.exporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.system.EmbeddedNeo4j;
import org.actoratlas.system.EmbeddedNeo4jProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every export opens in the tool it is meant for: checked with real parsers, schemas and a real database. */
@AtlasIntegrationTest
class ExportTest {

	private static final String SELECTION = "/api/export?focus=org:idlo&depth=2&title=IDLO%20and%20partners&format=";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestNodes() {
		this.neo4j.query("MATCH (n:Node) WHERE n.id STARTS WITH 'test-export:' DETACH DELETE n").run();
	}

	@Test
	void graphmlIsValidAgainstTheGraphmlSchemaAndCarriesSources() throws Exception {
		byte[] graphml = download(SELECTION + "graphml");
		validate(graphml, "graphml.xsd");
		String text = new String(graphml, StandardCharsets.UTF_8);
		assertThat(text).contains("International Development Law Organization").contains("source:seed-000");
	}

	@Test
	void gexfIsValidAgainstTheGexfSchema() throws Exception {
		byte[] gexf = download(SELECTION + "gexf");
		validate(gexf, "gexf.xsd");
		assertThat(new String(gexf, StandardCharsets.UTF_8)).contains("International Development Law Organization");
	}

	@Test
	void csvZipHasNodesLinksAndSourcesThatParse() throws Exception {
		Map<String, List<CSVRecord>> tables = unzipCsv(download(SELECTION + "csv"));
		assertThat(tables).containsOnlyKeys("nodes.csv", "links.csv", "sources.csv");
		JsonNode json = new Api(this.port).get(SELECTION + "json").json();
		assertThat(tables.get("nodes.csv")).hasSize(json.get("nodes").size());
		assertThat(tables.get("links.csv")).hasSize(json.get("links").size());
		Set<String> sourceIds = new HashSet<>();
		tables.get("sources.csv").forEach(row -> sourceIds.add(row.get("id")));
		for (CSVRecord link : tables.get("links.csv")) {
			assertThat(link.get("sourceIds")).isNotBlank();
			for (String cited : link.get("sourceIds").split(" \\| ")) {
				assertThat(sourceIds).contains(cited);
			}
		}
	}

	@Test
	void csvNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws Exception {
		this.neo4j.query("""
				CREATE (:Node:Organisation {id: 'test-export:formula', name: '=HYPERLINK("http://evil.example","click")',
				        description: '+cmd|calc', aliases: ['@SUM(A1)']})""").run();
		Map<String, List<CSVRecord>> tables = unzipCsv(download("/api/export?format=csv&ids=test-export:formula"));
		CSVRecord node = tables.get("nodes.csv").get(0);
		assertThat(node.get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(node.get("description")).startsWith("'+");
		assertThat(node.get("aliases")).startsWith("'@");
	}

	@Test
	void cypherScriptRecreatesTheSameSubgraphInAnEmptyDatabase(@TempDir Path emptyDir) throws Exception {
		String script = new String(download(SELECTION + "cypher"), StandardCharsets.UTF_8);
		JsonNode json = new Api(this.port).get(SELECTION + "json").json();
		try (EmbeddedNeo4j empty = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(emptyDir, 0, "32m"));
				var driver = GraphDatabase.driver(empty.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			for (int run = 0; run < 2; run++) {
				for (String statement : Pattern.compile(";\\s*$", Pattern.MULTILINE).split(script)) {
					String cypher = statement.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip();
					if (!cypher.isEmpty()) {
						session.run(cypher).consume();
					}
				}
			}
			Set<String> expectedNodes = new HashSet<>();
			json.get("nodes").forEach(node -> expectedNodes.add(node.get("id").asString() + " " + node.get("properties").get("name").asString()));
			json.get("sources").forEach(source -> expectedNodes.add(source.get("id").asString() + " " + source.get("properties").get("name").asString()));
			Set<String> actualNodes = new HashSet<>(session.run("MATCH (n:Node) RETURN n.id + ' ' + n.name AS n").list(r -> r.get("n").asString()));
			assertThat(actualNodes).isEqualTo(expectedNodes);

			List<String> expectedLinks = new ArrayList<>();
			json.get("links").forEach(link -> expectedLinks.add(link.get("source").asString() + " " + link.get("type").asString() + " "
					+ link.get("target").asString() + " " + link.get("citations").size()));
			List<String> actualLinks = session.run("""
					MATCH (a:Node)-[r]->(b:Node)
					RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + size(r.sourceIds) AS l""").list(r -> r.get("l").asString());
			assertThat(actualLinks).containsExactlyInAnyOrderElementsOf(expectedLinks);
			long organisations = session.run("MATCH (o:Organisation:Node {id: 'org:idlo'}) RETURN count(o) AS n").single().get("n").asLong();
			assertThat(organisations).isEqualTo(1);
		}
	}

	@Test
	void rejectsAnUnknownFormatAndAnEmptySelection() {
		var api = new Api(this.port);
		var unknown = api.get("/api/export?format=pdf&ids=org:idlo");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("detail").asString()).contains("format");
		assertThat(api.get("/api/export?format=json").status()).isEqualTo(400);
		assertThat(api.get("/api/export?format=json&focus=org:nobody").status()).isEqualTo(404);
	}

	private byte[] download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		return response.body();
	}

	private static void validate(byte[] document, String schema) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var schemaUrl = ExportTest.class.getClassLoader().getResource(schema);
		factory.newSchema(schemaUrl).newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
	}

	private static Map<String, List<CSVRecord>> unzipCsv(byte[] zip) throws IOException {
		Map<String, List<CSVRecord>> tables = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				tables.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new InputStreamReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
					.getRecords());
			}
		}
		return tables;
	}

}
