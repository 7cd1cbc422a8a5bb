package org.actoratlas.explorer;

/**
 * Settings of the explorer's tests, read from a system property ({@code -Datlas.require-browser=true})
 * or else the environment ({@code ATLAS_REQUIRE_BROWSER=true}, as {@code .ci/run} sets it).
 */
final class TestSettings {

	private TestSettings() {
	}

	static String get(String property, String environment, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getProperty(environment);
		}
		if (value == null || value.isBlank()) {
			value = System.getenv(environment);
		}
		return value == null || value.isBlank() ? fallback : value;
	}

	static boolean isTrue(String property, String environment) {
		return Boolean.parseBoolean(get(property, environment, "false"));
	}

}
