package org.actoratlas.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the migration files with Spring's resolver instead of neo4j-migrations' default ClassGraph
 * scan, which opens every one of the ~290 jars nested in the packaged application and took seconds
 * of a cold start.
 */
final class SpringResourceScanner implements ClasspathResourceScanner {

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Override
	public List<URL> scan(List<String> paths) {
		List<URL> urls = new ArrayList<>();
		for (String path : paths) {
			try {
				for (Resource resource : this.resolver.getResources("classpath*:" + path + "/**/*.*")) {
					if (resource.isReadable()) {
						urls.add(resource.getURL());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the migrations in " + path, ex);
			}
		}
		return urls;
	}

}
