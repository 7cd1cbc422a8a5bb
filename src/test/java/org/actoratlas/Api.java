package org.actoratlas;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running app over HTTP as a browser would: it keeps the session and XSRF-TOKEN cookies and
 * sends the token back in the X-XSRF-TOKEN header on every change. {@link #as} logs in through the real
 * login endpoint; a plain {@code new Api(port)} is an anonymous visitor.
 */
public final class Api {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private final String baseUrl;

	private boolean sendCsrfHeader = true;

	public Api(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** A client logged in as one of {@link TestAccounts}' users (all share its password). */
	public static Api as(int port, String username) {
		return new Api(port).login(username, TestAccounts.PASSWORD);
	}

	/** Logs in (failing the test if the login is refused) and returns this client. */
	public Api login(String username, String password) {
		Response response = tryLogin(username, password);
		if (response.status() != 200) {
			throw new AssertionError("Login as " + username + " failed: " + response.status() + " " + response.body());
		}
		return this;
	}

	public Response tryLogin(String username, String password) {
		String body = JSON.createObjectNode().put("username", username).put("password", password).toString();
		return post("/api/session", "application/json", body);
	}

	/** From now on, changes go out without the X-XSRF-TOKEN header, as a forged cross-site request would. */
	public Api withoutCsrfHeader() {
		this.sendCsrfHeader = false;
		return this;
	}

	public Response get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery)).GET().build());
	}

	public Response post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public Response postJson(String path, String body) {
		return post(path, "application/json", body);
	}

	public Response putJson(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public Response patchJson(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).DELETE().build());
	}

	public Response send(HttpRequest request) {
		HttpRequest outgoing = request;
		if (this.sendCsrfHeader && !READS.contains(request.method()) && request.headers().firstValue("X-XSRF-TOKEN").isEmpty()) {
			String token = csrfToken();
			outgoing = HttpRequest.newBuilder(request, (name, value) -> true).header("X-XSRF-TOKEN", token).build();
		}
		return exchange(outgoing);
	}

	/** The XSRF-TOKEN cookie's value, asking the server for one first if this client has none. */
	public String csrfToken() {
		String token = cookie("XSRF-TOKEN");
		if (token == null) {
			exchange(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/session")).GET().build());
			token = cookie("XSRF-TOKEN");
		}
		if (token == null) {
			throw new AssertionError("GET /api/session set no XSRF-TOKEN cookie");
		}
		return token;
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(this.baseUrl))
			.stream()
			.filter(cookie -> cookie.getName().equals(name) && !cookie.getValue().isEmpty())
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private Response exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public record Response(int status, String contentType, String body, String retryAfter) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
