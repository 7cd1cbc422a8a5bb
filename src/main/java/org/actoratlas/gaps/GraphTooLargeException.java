package org.actoratlas.gaps;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The organisation graph asked for has more links than this server holds in memory at once (422). */
class GraphTooLargeException extends ErrorResponseException {

	GraphTooLargeException(String country, long maxLinks) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(country, maxLinks), null);
	}

	private static ProblemDetail problem(String country, long maxLinks) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The organisations " + (country == null ? "in the atlas" : "working in " + country) + " have more than " + maxLinks
						+ " links among them, more than this server can analyse at once with its memory (the limit grows with the "
						+ "Java heap, -Xmx). Ask about a country with fewer organisations, or run the server with a larger heap.");
		problem.setTitle("Too many links to analyse");
		problem.setProperties(Map.of("maxLinks", maxLinks));
		return problem;
	}

}
