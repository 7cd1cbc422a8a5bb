package org.actoratlas.gaps;

import java.time.Duration;
import java.time.Instant;

import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.importing.ImportFinished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class GapIndexWarmerTest {

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	FeatureIndex featureIndex;

	@Autowired
	CoverageIndex coverageIndex;

	@AfterEach
	void removeTheOrganisation() {
		try (var session = this.driver.session()) {
			session.run("MATCH (o:Organisation {id: 'org:warmertest-a'}) DETACH DELETE o").consume();
		}
	}

	@Test
	void aFinishedImportRebuildsTheGapIndexesBeforeAnyoneAsks() throws InterruptedException {
		try (var session = this.driver.session()) {
			session.run("CREATE (:Node:Organisation {id: 'org:warmertest-a', name: 'Warmer test A'})").consume();
		}
		assertThat(this.featureIndex.isCurrent()).as("stale once the graph changed").isFalse();

		this.events.publishEvent(new ImportFinished("warmer-test.xml", true));

		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!(this.featureIndex.isCurrent() && this.coverageIndex.isCurrent()) && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(this.featureIndex.isCurrent()).isTrue();
		assertThat(this.coverageIndex.isCurrent()).isTrue();
	}

}
