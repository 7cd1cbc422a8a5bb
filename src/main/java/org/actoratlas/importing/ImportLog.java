package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one import did, gathered while it runs: counts per kind of node and relationship, and the
 * warnings and rejected records a user must see. Long lists keep their first {@link #KEPT} entries
 * and count the rest.
 */
final class ImportLog {

	static final int KEPT = 500;

	private final String fileName;

	private final Map<String, long[]> counts = new TreeMap<>();

	private final List<ImportReport.Issue> warnings = new ArrayList<>();

	private final List<ImportReport.Issue> rejected = new ArrayList<>();

	private long warningCount;

	private long rejectedCount;

	private long records;

	ImportLog(String fileName) {
		this.fileName = fileName;
	}

	void warn(long line, String recordId, String message) {
		this.warningCount++;
		if (this.warnings.size() < KEPT) {
			this.warnings.add(new ImportReport.Issue(this.fileName, line, recordId, message));
		}
	}

	void reject(long line, String recordId, String reason) {
		this.rejectedCount++;
		if (this.rejected.size() < KEPT) {
			this.rejected.add(new ImportReport.Issue(this.fileName, line, recordId, reason));
		}
	}

	void record() {
		this.records++;
	}

	long records() {
		return this.records;
	}

	long rejectedCount() {
		return this.rejectedCount;
	}

	void count(String kind, Outcome outcome) {
		count(kind, outcome, 1);
	}

	void count(String kind, Outcome outcome, long n) {
		if (n > 0) {
			this.counts.computeIfAbsent(kind, k -> new long[3])[outcome.ordinal()] += n;
		}
	}

	long total(Outcome outcome) {
		return this.counts.values().stream().mapToLong(c -> c[outcome.ordinal()]).sum();
	}

	Map<String, ImportReport.Counts> counts() {
		Map<String, ImportReport.Counts> result = new TreeMap<>();
		this.counts.forEach((kind, c) -> result.put(kind, new ImportReport.Counts(c[0], c[1], c[2])));
		return result;
	}

	List<ImportReport.Issue> warnings() {
		return List.copyOf(this.warnings);
	}

	List<ImportReport.Issue> rejected() {
		return List.copyOf(this.rejected);
	}

	long warningCount() {
		return this.warningCount;
	}

	/** What writing one node or relationship did to the graph. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
