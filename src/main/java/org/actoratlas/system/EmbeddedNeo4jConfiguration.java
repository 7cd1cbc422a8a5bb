package org.actoratlas.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts Neo4j in-process unless {@code spring.neo4j.uri} names a server, cluster or Aura. The
 * driver is then built by Spring Boot from these connection details, so both modes share one
 * code path. The driver depends on the database bean, so it is closed first on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EmbeddedNeo4jEarlyStart.Start> earlyStart) {
		EmbeddedNeo4jEarlyStart.Start begun = earlyStart.getIfAvailable();
		return (begun != null) ? begun.claim(properties) : EmbeddedNeo4j.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	static class NoExternalNeo4j implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.neo4j.uri");
		}

	}

}
