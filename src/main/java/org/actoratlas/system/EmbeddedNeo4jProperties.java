package org.actoratlas.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process database, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDir where the database files live
 * @param boltPort the loopback Bolt port; {@code 0} picks a free one
 * @param pageCache Neo4j page cache size, e.g. {@code 512m}; memory is taken only as the store is read
 */
@ConfigurationProperties("atlas.neo4j")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("1g") String pageCache) {
}
