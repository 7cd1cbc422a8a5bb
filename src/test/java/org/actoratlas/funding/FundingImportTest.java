package org.actoratlas.funding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app with a database of its own (the seed plus the real IATI files the classes import) for the
 * funding tests on imported files: importing writes some 1,500 funding links and fills in countries the
 * seed also has, which could not be undone exactly for the shared database. Classes with this annotation
 * share this one context; what each imports never overlaps with what another asserts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.bolt-port=0", "atlas.neo4j.data-dir=target/test-neo4j/funding-iati-${random.uuid}" })
@interface FundingImportTest {

}
