package org.actoratlas.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.system.GraphIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class GraphIndexWarmerTest {

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	List<GraphIndex<?>> indexes;

	@AfterEach
	void removeTheOrganisation() {
		try (var session = this.driver.session()) {
			session.run("MATCH (o:Organisation {id: 'org:warmertest-a'}) DETACH DELETE o").consume();
		}
	}

	@Test
	void aFinishedImportRebuildsEveryGraphIndexBeforeAnyoneAsks() throws InterruptedException {
		assertThat(this.indexes).extracting(index -> index.getClass().getSimpleName())
			.contains("FeatureIndex", "CoverageIndex", "FundingIndex");
		this.indexes.forEach(GraphIndex::current);
		try (var session = this.driver.session()) {
			session.run("CREATE (:Node:Organisation {id: 'org:warmertest-a', name: 'Warmer test A'})").consume();
		}
		assertThat(this.indexes).as("stale once the graph changed").noneMatch(GraphIndex::isCurrent);

		this.events.publishEvent(new ImportFinished("warmer-test.xml", true));

		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!this.indexes.stream().allMatch(GraphIndex::isCurrent) && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(this.indexes).allMatch(GraphIndex::isCurrent);
	}

}
