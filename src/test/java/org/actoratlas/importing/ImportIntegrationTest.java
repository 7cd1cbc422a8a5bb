package org.actoratlas.importing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app on a random port with a database of its own, apart from the one the
 * {@code @AtlasIntegrationTest} classes share: import tests write thousands of nodes and should not
 * have to undo them. Classes with this annotation share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "atlas.neo4j.bolt-port=0", "atlas.neo4j.data-dir=target/test-neo4j/import-${random.uuid}",
		"atlas.import.batch-size=700" })
@interface ImportIntegrationTest {

}
