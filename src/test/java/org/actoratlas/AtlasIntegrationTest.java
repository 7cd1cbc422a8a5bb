package org.actoratlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random HTTP port with its own embedded Neo4j (free Bolt port, fresh data
 * directory under target/) and the Sahel dataset loaded. Test classes with this annotation and no
 * other configuration share one application context, so the database starts once per run: tests
 * that write must clean up what they add or use ids of their own. The accounts of {@link TestAccounts}
 * (admin, editor, viewer) exist; {@link Api#as} logs in as one of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.bolt-port=0", "atlas.neo4j.data-dir=target/test-neo4j/${random.uuid}",
				"atlas.security.admin-username=" + TestAccounts.ADMIN, "atlas.security.admin-password=" + TestAccounts.PASSWORD })
@Import(TestAccounts.class)
public @interface AtlasIntegrationTest {

}
