package org.actoratlas.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Nothing in the graph has the requested id; answered as 404 problem details. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what, String id) {
		super(HttpStatus.NOT_FOUND, problem(what, id), null);
	}

	private static ProblemDetail problem(String what, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " with id '" + id + "'");
		problem.setTitle("Not found");
		return problem;
	}

}
