package org.actoratlas.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 from the security filters as RFC 9457 problem details, like every other API error; an API
 * client (or the UI's fetch) gets JSON it can show, never a redirect to a login page.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, HttpStatus.UNAUTHORIZED, "Login required",
				"Log in first (POST /api/session, or the page /login.html).");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			write(response, HttpStatus.FORBIDDEN, "CSRF token missing or wrong",
					"Changes need the header X-XSRF-TOKEN with the value of the XSRF-TOKEN cookie (GET /api/session sets it).");
			return;
		}
		write(response, HttpStatus.FORBIDDEN, "Not allowed", "Your role may not do this; editing needs an editor, account administration an admin.");
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
