package org.actoratlas.importing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.actoratlas.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload page's API: upload a file, follow its progress to the report, find it among past imports. */
@ImportIntegrationTest
class ImportApiTest {

	@LocalServerPort
	int port;

	@Test
	void uploadsAFileAndReportsTheImportWhenItIsDone() throws Exception {
		Api api = new Api(this.port);
		byte[] file = Files.readAllBytes(ImportTestSupport.DATA.resolve("iati/chain/funder2-activities.xml"));
		var accepted = api.send(multipart(api.baseUrl() + "/api/imports", "funder2-activities.xml", file));
		assertThat(accepted.status()).isEqualTo(202);
		String id = accepted.json().get("id").asString();
		JsonNode run = accepted.json();
		for (int i = 0; i < 200 && !run.get("status").asString().matches("done|failed"); i++) {
			Thread.sleep(100);
			run = api.get("/api/imports/" + id).json();
		}
		assertThat(run.get("status").asString()).isEqualTo("done");
		JsonNode report = run.get("report");
		assertThat(report.get("records").asInt()).isEqualTo(5);
		assertThat(report.get("sourceId").asString()).startsWith("source:import-");
		assertThat(report.get("counts").has("FUNDS")).isTrue();
		JsonNode all = api.get("/api/imports").json();
		assertThat(all.get("runs").get(0).get("id").asString()).isEqualTo(id);
		assertThat(all.get("sources").findValuesAsString("fileName")).contains("funder2-activities.xml");
		assertThat(api.get("/api/imports/no-such-import").status()).isEqualTo(404);
	}

	@Test
	void reportsAFileThatIsNotWhatItClaimsAsFailed() throws Exception {
		Api api = new Api(this.port);
		var accepted = api.send(multipart(api.baseUrl() + "/api/imports", "notes.xml", "just some notes".getBytes(StandardCharsets.UTF_8)));
		String id = accepted.json().get("id").asString();
		JsonNode run = accepted.json();
		for (int i = 0; i < 200 && !run.get("status").asString().matches("done|failed"); i++) {
			Thread.sleep(100);
			run = api.get("/api/imports/" + id).json();
		}
		assertThat(run.get("status").asString()).isEqualTo("failed");
		assertThat(run.get("report").get("error").asString()).isEqualTo("The file is named .xml but is not XML: it is text starting 'just some notes'.");
	}

	private static HttpRequest multipart(String url, String fileName, byte[] content) throws Exception {
		String boundary = "atlas-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

}
