package org.actoratlas.importing;

/** A file refused whole, with one message a user can act on (and the line when there is one). */
class BadImportFileException extends Exception {

	private final long line;

	BadImportFileException(String message, long line) {
		super(message);
		this.line = line;
	}

	BadImportFileException(String message) {
		this(message, -1);
	}

	long line() {
		return this.line;
	}

}
