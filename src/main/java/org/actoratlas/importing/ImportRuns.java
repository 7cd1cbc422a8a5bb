package org.actoratlas.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for, going through, or done with their import. Imports run one at a time on
 * one thread, in the order they arrived; a run's progress can be polled while it runs.
 */
@Component
class ImportRuns implements DisposableBean {

	private final Importer importer;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportRun> runs = Collections.synchronizedMap(new LinkedHashMap<>());

	private final ImportAudit audit;

	private final ApplicationEventPublisher events;

	ImportRuns(Importer importer, ImportAudit audit, ApplicationEventPublisher events) {
		this.importer = importer;
		this.audit = audit;
		this.events = events;
	}

	/** Takes over the uploaded temporary file and deletes it when the import is done. */
	ImportRun submit(Path upload, String fileName) {
		ImportRun run = new ImportRun(UUID.randomUUID().toString().substring(0, 8), fileName, Instant.now());
		this.runs.put(run.id(), run);
		// the import runs on its own thread, where the uploader's login is not known
		var uploader = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		String username = uploader == null ? "system" : uploader.getName();
		this.executor.submit(() -> {
			run.start();
			try {
				ImportReport report = this.importer.importFile(upload, fileName, run::progress);
				this.audit.imported(username, report);
				run.finish(report);
				this.events.publishEvent(new ImportFinished(fileName, report.succeeded()));
			}
			finally {
				try {
					Files.deleteIfExists(upload);
				}
				catch (IOException ex) {
					// A leftover temporary file is harmless.
				}
			}
		});
		return run;
	}

	Optional<ImportRun> find(String id) {
		return Optional.ofNullable(this.runs.get(id));
	}

	/** Newest first. */
	List<ImportRun> all() {
		List<ImportRun> all;
		synchronized (this.runs) {
			all = new ArrayList<>(this.runs.values());
		}
		Collections.reverse(all);
		return all;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
