package org.actoratlas.accounts;

import java.time.Duration;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.actoratlas.system.SecurityProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login (JSON), logout and who is logged in; the session cookie carries the login afterwards. */
@RestController
class SessionController {

	private final AuthenticationManager authentication;

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private final LoginAttempts attempts;

	private final SecurityProperties settings;

	SessionController(AuthenticationManager authentication, SecurityContextRepository contexts,
			CsrfTokenRepository csrfTokens, LoginAttempts attempts, SecurityProperties settings) {
		this.authentication = authentication;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
		this.settings = settings;
		this.attempts = attempts;
	}

	record Credentials(String username, String password) {
	}

	/** Who is logged in; also hands out the XSRF-TOKEN cookie the UI must echo in X-XSRF-TOKEN. */
	record SessionInfo(boolean authenticated, String username, String role, boolean publicRead, boolean canEdit,
			boolean canAdminister) {
	}

	@Operation(summary = "Who is logged in, with their role (also sets the XSRF-TOKEN cookie)")
	@GetMapping("/api/session")
	SessionInfo session(Authentication user, CsrfToken csrf) {
		csrf.getToken();
		return describe(user);
	}

	@Operation(summary = "Log in with {username, password}; 429 with Retry-After after too many failures")
	@PostMapping("/api/session")
	ResponseEntity<?> login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
		String username = credentials.username() == null ? "" : credentials.username().strip();
		Optional<Duration> wait = this.attempts.blockedFor(username, request.getRemoteAddr());
		if (wait.isPresent()) {
			long seconds = Math.max(1, wait.get().toSeconds());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins; try again in " + seconds + " seconds.");
			problem.setTitle("Too many login attempts");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds)).body(problem);
		}
		Authentication user;
		try {
			user = this.authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(username, String.valueOf(credentials.password())));
		}
		catch (AuthenticationException ex) {
			this.attempts.failed(username, request.getRemoteAddr());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong username or password.");
			problem.setTitle("Login failed");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		this.attempts.succeeded(username);
		// a new session id and a new CSRF token at login, so nothing planted before login carries over
		request.getSession(true);
		request.changeSessionId();
		this.csrfTokens.saveToken(null, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return ResponseEntity.ok(describe(user));
	}

	@Operation(summary = "Log out")
	@DeleteMapping("/api/session")
	ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		this.csrfTokens.saveToken(null, request, response);
		return ResponseEntity.noContent().build();
	}

	private SessionInfo describe(Authentication user) {
		if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			return new SessionInfo(false, null, null, this.settings.publicRead(), false, false);
		}
		String role = user.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority().replace("ROLE_", "").toLowerCase(java.util.Locale.ROOT))
			.findFirst()
			.orElse("viewer");
		return new SessionInfo(true, user.getName(), role, this.settings.publicRead(),
				role.equals("editor") || role.equals("admin"), role.equals("admin"));
	}

}
