package org.actoratlas.system;

/** A start-up problem the user can fix; {@link #action()} says how. */
public class AtlasStartupException extends RuntimeException {

	private final String action;

	public AtlasStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
