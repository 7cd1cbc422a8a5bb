package org.actoratlas.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Roles viewer &lt; editor &lt; admin. Reads are open when {@code atlas.security.public-read} is true;
 * every change needs an editor, account administration and reverts an admin. Sessions carry a CSRF
 * token in a cookie the UI sends back as a header; the pages may run no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties settings, CsrfTokenRepository csrfTokens,
			SecurityContextRepository contexts) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/api/session").permitAll();
			requests.requestMatchers("/api/accounts", "/api/accounts/**").hasRole("ADMIN");
			requests.requestMatchers(HttpMethod.POST, "/api/changes/*/revert").hasRole("ADMIN");
			if (settings.publicRead()) {
				requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
				requests.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll();
				requests.requestMatchers(HttpMethod.POST, "/api/export").permitAll();
			}
			else {
				requests.requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER");
				requests.requestMatchers(HttpMethod.HEAD, "/api/**").hasRole("VIEWER");
				requests.requestMatchers(HttpMethod.POST, "/api/export").hasRole("VIEWER");
			}
			requests.requestMatchers("/api/**").hasRole("EDITOR");
			// pages, scripts, styles, the OpenAPI document: the data behind them is guarded above
			requests.anyRequest().permitAll();
		});
		// an export only reads (POST because the selection can be long), so scripts may call it without a token
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
			.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/export")));
		http.securityContext(context -> context.securityContextRepository(contexts));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.formLogin(AbstractHttpConfigurer::disable);
		http.httpBasic(AbstractHttpConfigurer::disable);
		http.logout(AbstractHttpConfigurer::disable);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return CookieCsrfTokenRepository.withHttpOnlyFalse();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_VIEWER");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		return new ProviderManager(provider);
	}

}
