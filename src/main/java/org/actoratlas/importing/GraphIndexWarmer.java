package org.actoratlas.importing;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.actoratlas.system.GraphIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the indexes derived from the whole graph (the gap analyses', the funding traversal's)
 * in the background when an upload has been imported: at scale a build takes seconds, which the
 * next person to open those views would otherwise wait for. A request that comes during a build
 * waits for it rather than building again.
 */
@Component
class GraphIndexWarmer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GraphIndexWarmer.class);

	private final List<GraphIndex<?>> indexes;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "graph-indexes");
		thread.setDaemon(true);
		return thread;
	});

	GraphIndexWarmer(List<GraphIndex<?>> indexes) {
		this.indexes = indexes;
	}

	@EventListener
	void importFinished(ImportFinished imported) {
		if (imported.succeeded()) {
			this.executor.submit(() -> this.indexes.forEach(index -> {
				try {
					index.current();
				}
				catch (RuntimeException ex) {
					// The next request builds it and reports the error itself.
					log.warn("Could not rebuild {} after importing {}: {}", index.getClass().getSimpleName(), imported.fileName(),
							ex.getMessage());
				}
			}));
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
