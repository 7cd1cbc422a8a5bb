package org.actoratlas.importing;

import java.time.Instant;

/** One uploaded file's import as the upload page follows it: queued, running (with progress), done or failed. */
final class ImportRun {

	enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	private final String id;

	private final String fileName;

	private final Instant submittedAt;

	private volatile Status status = Status.QUEUED;

	private volatile double progress;

	private volatile String phase = "queued";

	private volatile ImportReport report;

	ImportRun(String id, String fileName, Instant submittedAt) {
		this.id = id;
		this.fileName = fileName;
		this.submittedAt = submittedAt;
	}

	String id() {
		return this.id;
	}

	void start() {
		this.status = Status.RUNNING;
		this.phase = "starting";
	}

	void progress(double fraction, String phase) {
		this.progress = fraction;
		this.phase = phase;
	}

	void finish(ImportReport report) {
		this.report = report;
		this.progress = 1.0;
		this.phase = "done";
		this.status = report.succeeded() ? Status.DONE : Status.FAILED;
	}

	View view() {
		return new View(this.id, this.fileName, this.submittedAt, this.status.name().toLowerCase(java.util.Locale.ROOT),
				this.progress, this.phase, this.report);
	}

	/** What the API answers about a run. */
	record View(String id, String fileName, Instant submittedAt, String status, double progress, String phase,
			ImportReport report) {
	}

}
