package org.actoratlas.importing;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.actoratlas.system.AtlasStartupException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Before the web server opens: checks that the database answers, applies the versioned schema in
 * {@code cypher/schema}, and loads the Sahel dataset into an empty database.
 */
@Component
class DatabaseInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

	private final Driver driver;

	private final SeedDataset seedDataset;

	DatabaseInitializer(Driver driver, SeedDataset seedDataset) {
		this.driver = driver;
		this.seedDataset = seedDataset;
	}

	@Override
	public void afterPropertiesSet() {
		verifyConnectivity();
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/schema")
			.withResourceScanner(new SpringResourceScanner())
			.withAutocrlf(true)
			.build();
		new Migrations(config, this.driver).apply()
			.ifPresent(version -> log.info("Database schema is at version {}", version.getValue()));
		this.seedDataset.loadIfEmpty();
	}

	private void verifyConnectivity() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (AuthenticationException ex) {
			throw new AtlasStartupException("Neo4j refused the credentials: " + ex.getMessage(),
					"Check spring.neo4j.authentication.username and spring.neo4j.authentication.password.", ex);
		}
		catch (ServiceUnavailableException ex) {
			throw new AtlasStartupException("Neo4j does not answer: " + ex.getMessage(),
					"Check that the server in spring.neo4j.uri is running and reachable, or remove spring.neo4j.uri to use the embedded database.",
					ex);
		}
	}

}
