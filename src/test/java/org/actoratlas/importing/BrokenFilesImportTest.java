package org.actoratlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in iati/broken/ and other files that are not what they claim get the outcome a user expects. */
@ImportIntegrationTest
class BrokenFilesImportTest {

	@Autowired
	Importer importer;

	@Autowired
	Driver driver;

	ImportTestSupport data;

	@BeforeEach
	void setUp() {
		this.data = new ImportTestSupport(this.importer, this.driver);
	}

	@Test
	void refusesFilesThatAreNotWellFormedWithTheLineAndWritesNothing() {
		String before = this.data.fingerprint();
		ImportReport mismatched = this.data.importData("iati/broken/mismatched-tag.xml");
		assertThat(mismatched.error()).contains("not well-formed XML at line 4");
		ImportReport large = this.data.importData("iati/broken/not-well-formed-large.xml");
		assertThat(large.error()).contains("not well-formed XML at line 2299");
		assertThat(large.sourceId()).isNull();
		assertThat(this.data.fingerprint()).isEqualTo(before);
	}

	@Test
	void refusesFilesThatAreNotIatiWithOneClearError() throws Exception {
		String before = this.data.fingerprint();
		assertThat(this.data.importData("iati/broken/not-xml.xml").error())
			.isEqualTo("The file is named .xml but is not XML: it is text starting 'This is not XML'.");
		assertThat(this.data.importData("iati/broken/xml-but-not-iati.xml").error())
			.startsWith("This is XML but not IATI activity data: the root element is <tag> (line 1)");
		Path xlsx = Files.createTempFile("spreadsheet", ".xml");
		try {
			Files.copy(ImportTestSupport.DATA.resolve("3w/mali-5w-2023-12.xlsx"), xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			assertThat(this.importer.importFile(xlsx, "activities.xml", Progress.NONE).error())
				.isEqualTo("The file is named .xml but is not XML: it is a ZIP archive (such as an XLSX spreadsheet).");
		}
		finally {
			Files.delete(xlsx);
		}
		assertThat(this.data.importText("empty.xml", "").error()).isEqualTo("The file is empty.");
		assertThat(this.data.fingerprint()).isEqualTo(before);
	}

	@Test
	void externalEntitiesAndEntityBombsAreRefusedNotExpanded() throws Exception {
		String before = this.data.fingerprint();
		ImportReport xxe = this.data.importText("xxe.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<iati-activities version="2.03"><iati-activity><iati-identifier>XXE-1</iati-identifier>
				<title><narrative>&secret;</narrative></title></iati-activity></iati-activities>
				""");
		assertThat(xxe.error()).startsWith("The file is not well-formed XML at line");
		ImportReport bomb = this.data.importText("bomb.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<iati-activities><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>
				""");
		assertThat(bomb.error()).startsWith("The file is not well-formed XML at line");
		assertThat(this.data.fingerprint()).isEqualTo(before);
	}

	@Test
	void rejectsActivitiesWithoutAnIdentifierAndWritesNothingWhenNoneIsLeft() {
		String before = this.data.fingerprint();
		ImportReport empty = this.data.importData("iati/broken/empty-refs-and-codes.xml");
		assertThat(empty.error()).isNull();
		assertThat(empty.rejected()).singleElement().satisfies(issue -> {
			assertThat(issue.line()).isEqualTo(3);
			assertThat(issue.message()).contains("without an iati-identifier");
			assertThat(issue.file()).isEqualTo("empty-refs-and-codes.xml");
		});
		assertThat(empty.sourceId()).isNull();
		ImportReport rootOnly = this.data.importData("iati/broken/root-only.xml");
		assertThat(rootOnly.error()).isNull();
		assertThat(rootOnly.warnings()).singleElement().satisfies(issue -> assertThat(issue.message()).contains("no iati-activity"));
		assertThat(this.data.fingerprint()).isEqualTo(before);
	}

	@Test
	void importsTheFirstOfTwoActivitiesWithOneIdentifierAndRejectsTheSecond() {
		ImportReport report = this.data.importData("iati/broken/duplicate-activity-ids.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(1);
		assertThat(report.rejected()).singleElement().satisfies(issue -> {
			assertThat(issue.recordId()).isEqualTo("AA-AAA-123456789-ABC123");
			assertThat(issue.message()).contains("duplicate iati-identifier (first at line 9)");
		});
	}

	@Test
	void importsTheActivitiesThatHaveIdentifiersAndListsTheBlankOnes() {
		ImportReport report = this.data.importData("iati/broken/blank-activity-ids.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(1);
		assertThat(report.rejected()).hasSize(2);
		assertThat(this.data.query("MATCH (p:Programme {iatiIdentifier: 'US-GOV-1-0F826886F580'}) RETURN p")).hasSize(1);
	}

	@Test
	void warnsOfADanglingProviderActivityIdAndStandsInAPlaceholder() {
		ImportReport report = this.data.importData("iati/broken/dangling-provider-activity-id.xml");
		assertThat(report.error()).isNull();
		assertThat(report.warnings()).anySatisfy(issue -> {
			assertThat(issue.message()).contains("provider-activity-id 'THIS-WILL-NOT-BE-FOUND' is not in this file");
			assertThat(issue.line()).isEqualTo(274);
			assertThat(issue.recordId()).isEqualTo("AA-AAA-123456789-ABC123");
		});
		var placeholder = this.data.query("MATCH (p:Programme {id: 'programme:iati:THIS-WILL-NOT-BE-FOUND'})-[f:FUNDS]->() RETURN p.placeholder AS placeholder");
		assertThat(placeholder).isNotEmpty();
		assertThat(placeholder.get(0).get("placeholder").asBoolean()).isTrue();
	}

	@Test
	void importsAFileWithOldMacLineEndings() {
		ImportReport report = this.data.importData("iati/broken/cr-line-endings.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(1);
		assertThat(this.data.query("MATCH (p:Programme {iatiIdentifier: 'AA-AAA-123456789-ABC123'}) RETURN p")).hasSize(1);
	}

	@Test
	void importsALoneActivityRootAndWarnsOfAFreeTextTransactionDate() {
		ImportReport report = this.data.importData("iati/broken/broken-activity.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(1);
		assertThat(report.warnings()).anySatisfy(issue -> {
			assertThat(issue.message()).contains("'2010' is not a date");
			assertThat(issue.recordId()).isEqualTo("41114-00073223");
		});
	}

}
