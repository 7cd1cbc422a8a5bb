package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports one file at a time (IATI XML, 3W/5W XLSX or CSV, FTS JSON) into the graph and reports what
 * it did. A file is refused whole, before anything is written, when it is not what it claims, too big,
 * or broken; records that cannot be used are rejected one by one and listed.
 */
@Service
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	private final Driver driver;

	private final Codelists codelists;

	private final ImportProperties properties;

	Importer(Driver driver, Codelists codelists, ImportProperties properties) {
		this.driver = driver;
		this.codelists = codelists;
		this.properties = properties;
	}

	public synchronized ImportReport importFile(Path file, String fileName, Progress progress) {
		Instant started = Instant.now();
		ImportFormat format = null;
		try {
			long size = Files.size(file);
			if (size > this.properties.maxFileSize().toBytes()) {
				throw new BadImportFileException("The file is " + size / 1_000_000 + " MB, over the limit of "
						+ this.properties.maxFileSize().toMegabytes() + " MB (atlas.import.max-file-size).");
			}
			format = ImportFormat.detect(file, fileName);
			SourceNode source = SourceNode.forFile(sha256(file), format.label, fileName);
			ImportLog importLog = new ImportLog(fileName);
			try (GraphBatch batch = new GraphBatch(this.driver, this.properties.batchSize(), importLog, source)) {
				ImportContext context = new ImportContext(fileName, importLog, batch, OrgResolver.fromGraph(this.driver), this.codelists);
				read(file, size, format, context, progress);
				progress.update(1.0, "writing");
				batch.finish();
				ImportReport report = ImportReport.of(fileName, format.label, batch.wroteAnything() ? source.id() : null, started, importLog);
				log.info("Imported {} ({}): {} records, {} created, {} updated, {} unchanged, {} warnings, {} rejected", fileName,
						format.label, importLog.records(), importLog.total(ImportLog.Outcome.CREATED),
						importLog.total(ImportLog.Outcome.UPDATED), importLog.total(ImportLog.Outcome.UNCHANGED),
						importLog.warningCount(), importLog.rejectedCount());
				return report;
			}
		}
		catch (BadImportFileException ex) {
			return ImportReport.refused(fileName, format == null ? null : format.label, started, ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import of {} failed", fileName, ex);
			return ImportReport.refused(fileName, format == null ? null : format.label, started,
					"The import failed: " + ex.getMessage() + ". What was written so far is complete per batch; importing the file again completes it.");
		}
	}

	private static void read(Path file, long size, ImportFormat format, ImportContext context, Progress progress)
			throws IOException, BadImportFileException {
		switch (format) {
			case IATI_XML -> {
				int[] pass = { 0 };
				IatiImporter.importFile(() -> Progress.counting(Files.newInputStream(file), size, pass[0]++, 2,
						pass[0] == 1 ? "checking" : "importing", progress), context);
			}
			case THREE_W_XLSX, THREE_W_CSV -> ThreeWImporter.importFile(
					Progress.counting(Files.newInputStream(file), size, 0, 1, "reading", progress), format, context);
			case FTS_JSON -> FtsImporter.importFile(
					Progress.counting(Files.newInputStream(file), size, 0, 1, "reading", progress), context);
		}
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
