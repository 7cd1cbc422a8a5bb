package org.actoratlas.gaps;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.actoratlas.importing.ImportFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the gap indexes in the background when an upload has been imported: at scale the build
 * takes seconds, which the next person to open the gaps view would otherwise wait for. A request
 * that comes during the build waits for it rather than building again.
 */
@Component
class GapIndexWarmer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GapIndexWarmer.class);

	private final FeatureIndex featureIndex;

	private final CoverageIndex coverageIndex;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "gap-indexes");
		thread.setDaemon(true);
		return thread;
	});

	GapIndexWarmer(FeatureIndex featureIndex, CoverageIndex coverageIndex) {
		this.featureIndex = featureIndex;
		this.coverageIndex = coverageIndex;
	}

	@EventListener
	void importFinished(ImportFinished imported) {
		if (imported.succeeded()) {
			this.executor.submit(() -> {
				try {
					this.featureIndex.current();
					this.coverageIndex.current();
				}
				catch (RuntimeException ex) {
					// The next request builds them and reports the error itself.
					log.warn("Could not rebuild the gap indexes after importing {}: {}", imported.fileName(), ex.getMessage());
				}
			});
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
