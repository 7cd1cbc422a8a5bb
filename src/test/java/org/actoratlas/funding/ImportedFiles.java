package org.actoratlas.funding;

import java.nio.file.Path;

import org.actoratlas.Api;
import org.actoratlas.importing.ImportReport;
import org.actoratlas.importing.Importer;
import org.actoratlas.importing.Progress;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports files through the real importer and reads the funding API for the {@link FundingImportTest} classes. */
record ImportedFiles(Importer importer, Api api) {

	static final Path IATI = Path.of("../shared/data/iati");

	ImportReport load(Path file) {
		ImportReport report = this.importer.importFile(file, file.getFileName().toString(), Progress.NONE);
		assertThat(report.error()).as(file.toString()).isNull();
		return report;
	}

	JsonNode get(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.json();
	}

}
