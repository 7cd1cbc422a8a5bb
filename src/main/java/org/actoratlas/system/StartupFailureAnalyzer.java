package org.actoratlas.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns database start-up problems into the short message Spring Boot prints instead of a stack
 * trace: the message already says what to change.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<AtlasStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AtlasStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
