package org.actoratlas.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so that
 * Selenium never downloads anything. Without them the browser tests are skipped with a message,
 * unless {@code ATLAS_REQUIRE_BROWSER=true} (or {@code -Datlas.require-browser=true}), as in CI.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(TestSettings.get("atlas.chromium", "ATLAS_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(TestSettings.get("atlas.chromedriver", "ATLAS_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Browser() {
	}

	/** A fresh browser at 1280x800, or a skipped test (a failed one when the browser is required). */
	static ChromeDriver start() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present) {
			String message = "Browser tests need Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
					+ " (Debian: apt-get install chromium chromium-driver).";
			if (TestSettings.isTrue("atlas.require-browser", "ATLAS_REQUIRE_BROWSER")) {
				throw new IllegalStateException(message + " ATLAS_REQUIRE_BROWSER=true makes them required.");
			}
			System.out.println("SKIPPED browser tests: " + message);
			assumeTrue(false, message);
		}
		try {
			Path profile = Files.createTempDirectory("atlas-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			// the window size includes the headless window's frame; the page itself must get 1280x800
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path screenshot(WebDriver driver, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
