package org.actoratlas.system;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request parameter with a value the API cannot use; answered as 400 problem details naming it. */
public class BadParameterException extends ErrorResponseException {

	public BadParameterException(String parameter, String detail) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
	}

	private static ProblemDetail problem(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + detail);
		problem.setTitle("Bad parameter");
		problem.setProperties(Map.of("parameter", parameter));
		return problem;
	}

}
