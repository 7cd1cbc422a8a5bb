package org.actoratlas.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test (its name keeps it out of the normal run): measures the network view's frame rate in
 * headless Chromium on generated graphs, canvas against plain SVG, and the explorer's time to first
 * paint on the Sahel dataset. Run with
 * {@code mvn -q -B test -Dtest=ExplorerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the
 * figures are printed and written to target/benchmarks/browser.txt.
 */
@AtlasIntegrationTest
class ExplorerBenchmark {

	private static final int[] SIZES = { 500, 2_000, 5_000, 10_000 };

	@LocalServerPort
	int port;

	@Test
	void measureFrameRateAndFirstPaint() throws IOException {
		ChromeDriver driver = Browser.start();
		List<String> lines = new ArrayList<>();
		String base = "http://localhost:" + this.port;
		try {
			for (String renderer : List.of("canvas", "svg")) {
				for (int size : SIZES) {
					if (renderer.equals("svg") && size > 5_000) {
						continue;
					}
					driver.get(base + "/bench.html?seconds=5&renderer=" + renderer + "&n=" + size);
					Object result = new WebDriverWait(driver, Duration.ofSeconds(120))
						.until(d -> driver.executeScript("return window.benchResult ? JSON.stringify(window.benchResult) : null"));
					lines.add(result.toString());
					System.out.println("BENCH " + result);
				}
			}
			for (int run = 0; run < 3; run++) {
				driver.get("about:blank");
				driver.get(base + "/?focus=org%3Aidlo&depth=2");
				Object paint = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> driver.executeScript("""
						const mark = performance.getEntriesByName('atlas-first-graph-paint')[0];
						const fcp = performance.getEntriesByName('first-contentful-paint')[0];
						return mark ? JSON.stringify({firstContentfulPaintMs: Math.round(fcp ? fcp.startTime : -1),
						  firstGraphPaintMs: Math.round(mark.startTime), nodes: window.atlasView.nodeIds().length}) : null;
						"""));
				lines.add("explorer focus=org:idlo depth=2 run " + (run + 1) + ": " + paint);
				System.out.println("BENCH explorer " + paint);
			}
		}
		finally {
			driver.quit();
		}
		Path out = Path.of("target", "benchmarks", "browser.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

}
