package org.actoratlas.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The text of source documents shipped with the app (the seed documents), so that a user can read a
 * quote in its context. Only plain file names are looked up, never paths.
 */
@Component
class SourceDocuments {

	private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*\\.txt");

	boolean exists(Map<String, Object> sourceProperties) {
		return resource(sourceProperties).isPresent();
	}

	Optional<String> text(Map<String, Object> sourceProperties) {
		return resource(sourceProperties).map(resource -> {
			try {
				return resource.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Optional<ClassPathResource> resource(Map<String, Object> sourceProperties) {
		Object fileName = sourceProperties.get("fileName");
		if (!(fileName instanceof String name) || !PLAIN_FILE_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		ClassPathResource resource = new ClassPathResource("sources/seed/" + name);
		return resource.exists() ? Optional.of(resource) : Optional.empty();
	}

}
