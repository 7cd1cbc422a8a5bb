package org.actoratlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFormatTest {

	@TempDir
	Path dir;

	@Test
	void tellsFormatsApartByContent() throws Exception {
		assertThat(ImportFormat.detect(write("a.xml", "\uFEFF<?xml version='1.0'?><iati-activities/>"), "a.xml")).isEqualTo(ImportFormat.IATI_XML);
		assertThat(ImportFormat.detect(write("f.json", "{\"data\":{}}"), "f.json")).isEqualTo(ImportFormat.FTS_JSON);
		assertThat(ImportFormat.detect(write("w.csv", "Cluster,Organization\n"), "w.csv")).isEqualTo(ImportFormat.THREE_W_CSV);
		assertThat(ImportFormat.detect(ImportTestSupport.DATA.resolve("3w/mali-5w-2023-12.xlsx"), "upload")).isEqualTo(ImportFormat.THREE_W_XLSX);
	}

	@Test
	void refusesAFileThatIsNotWhatItsNameClaims() throws Exception {
		Path json = write("flows.json", "<html></html>");
		assertThatThrownBy(() -> ImportFormat.detect(json, "flows.json")).hasMessage("The file is named .json but is not JSON: it is XML.");
		Path xlsx = write("sheet.xlsx", "a,b\n");
		assertThatThrownBy(() -> ImportFormat.detect(xlsx, "sheet.xlsx")).hasMessageStartingWith("The file is named .xlsx but is not an XLSX spreadsheet");
		Path unknown = write("notes.txt", "hello");
		assertThatThrownBy(() -> ImportFormat.detect(unknown, "notes.txt")).hasMessageContaining("Cannot tell what 'notes.txt' is");
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
