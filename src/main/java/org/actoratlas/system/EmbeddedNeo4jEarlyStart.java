package org.actoratlas.system;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded database on a thread of its own as soon as the configuration is known, so
 * that Neo4j's start (seconds of class loading on a cold JVM) runs while Spring builds the rest of
 * the application on the other core. The database bean then {@linkplain Start#claim claims} it; a
 * start nobody claims (the context failed, or its settings turned out different) is shut down.
 * Registered in {@code META-INF/spring.factories}, because it must run before the context exists.
 */
class EmbeddedNeo4jEarlyStart implements ApplicationListener<SpringApplicationEvent>, Ordered {

	static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

	private Start start;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			this.start = Start.begin(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.start != null) {
			var beanFactory = prepared.getApplicationContext().getBeanFactory();
			beanFactory.registerSingleton(BEAN_NAME, this.start);
			if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
				registry.registerDisposableBean(BEAN_NAME, this.start);
			}
		}
		else if (event instanceof ApplicationFailedEvent && this.start != null) {
			this.start.destroy();
		}
	}

	/** After logging is set up, which happens on the same event. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** A start under way, with the settings it was begun with. */
	static final class Start implements DisposableBean {

		private final EmbeddedNeo4jProperties properties;

		private final CompletableFuture<EmbeddedNeo4j> database;

		private boolean claimed;

		private Start(EmbeddedNeo4jProperties properties) {
			this.properties = properties;
			this.database = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					this.database.complete(EmbeddedNeo4j.start(properties));
				}
				catch (RuntimeException | Error ex) {
					this.database.completeExceptionally(ex);
				}
			}, "embedded-neo4j-start");
			starter.setDaemon(true);
			starter.start();
		}

		/** Null in external mode, where nothing embedded starts. */
		static Start begin(ConfigurableEnvironment environment) {
			if (environment.containsProperty("spring.neo4j.uri")) {
				return null;
			}
			EmbeddedNeo4jProperties properties = Binder.get(environment)
				.bindOrCreate("atlas.neo4j", Bindable.of(EmbeddedNeo4jProperties.class));
			// Settings such as a data directory under ${random.uuid} resolve anew on every read: pin
			// what this start used, so the database bean binds the same settings and claims it.
			environment.getPropertySources()
				.addFirst(new MapPropertySource("atlas.neo4j as started early",
						Map.of("atlas.neo4j.data-dir", properties.dataDir().toString(), "atlas.neo4j.bolt-port",
								properties.boltPort(), "atlas.neo4j.page-cache", properties.pageCache())));
			return new Start(properties);
		}

		/**
		 * The database begun early when it was begun with these settings; otherwise that one is shut
		 * down and a new one started with them.
		 */
		synchronized EmbeddedNeo4j claim(EmbeddedNeo4jProperties wanted) {
			if (this.claimed || !this.properties.equals(wanted)) {
				destroy();
				return EmbeddedNeo4j.start(wanted);
			}
			this.claimed = true;
			try {
				return this.database.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

		/** Shuts the early database down unless the database bean took it (and closes it itself). */
		@Override
		public synchronized void destroy() {
			if (this.claimed) {
				return;
			}
			this.claimed = true;
			EmbeddedNeo4j started;
			try {
				started = this.database.join();
			}
			catch (CompletionException failedToStart) {
				return; // nothing to close, and nobody waits for this start's error
			}
			started.close();
		}

	}

}
