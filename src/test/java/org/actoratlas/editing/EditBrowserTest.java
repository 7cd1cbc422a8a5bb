package org.actoratlas.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor in headless Chromium (Debian's, given by path, nothing downloaded): logs in on the login
 * page, adds a link with a source, and sees it; a name holding a script tag shows as text. Skipped with a
 * message without Chromium, unless ATLAS_REQUIRE_BROWSER=true.
 */
@AtlasIntegrationTest
class EditBrowserTest {

	private static final String SCRIPT_NAME = "test-edit <script>document.title='owned'</script> Forum";

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@BeforeAll
	static void startBrowser() throws Exception {
		Path chromium = Path.of("/usr/bin/chromium");
		Path chromedriver = Path.of("/usr/bin/chromedriver");
		if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
			String message = "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)";
			if (Boolean.parseBoolean(System.getenv("ATLAS_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + "; ATLAS_REQUIRE_BROWSER=true makes them required");
			}
			assumeTrue(false, message);
		}
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
					"--user-data-dir=" + Files.createTempDirectory("atlas-chromium-"), "--window-size=1280,900"));
		driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build(),
				options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@AfterEach
	void removeTestData() {
		this.neo4j.query("MATCH (n:Node) WHERE n.id STARTS WITH 'org:test-edit' DETACH DELETE n").run();
		this.neo4j.query("MATCH (s:Source) WHERE s.title STARTS WITH 'test-edit' DETACH DELETE s").run();
		this.neo4j.query("MATCH (c:Change) WHERE any(id IN c.nodeIds WHERE id CONTAINS ':test-edit') DELETE c").run();
	}

	@Test
	void anEditorAddsALinkInTheExplorersDetailsPanelAndSeesItThere() {
		String id = Api.as(this.port, TestAccounts.EDITOR)
			.postJson("/api/nodes", "{\"kind\": \"organisation\", \"name\": \"test-edit Explorer Forum\"}")
			.json().get("id").asString();
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.get(base + "/login.html?next=/?focus=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
		driver.findElement(By.id("login-username")).sendKeys(TestAccounts.EDITOR);
		driver.findElement(By.id("login-password")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		WebDriverWait wait = waiting(30);
		wait.until(d -> !d.findElements(By.cssSelector("#details .edit-link-form")).isEmpty());
		fillLinkForm("org:idlo", "Their directors signed a memorandum in Niamey");
		wait.until(d -> d.findElement(By.id("details")).getText().contains("Their directors signed a memorandum in Niamey"));
		assertThat(driver.findElement(By.id("details")).getText()).contains("International Development Law Organization");
	}

	/** Waits that look again when the page has redrawn the element they were reading. */
	private static WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static void fillLinkForm(String to, String quote) {
		new Select(driver.findElement(By.id("edit-link-type"))).selectByValue("PARTNERS_WITH");
		driver.findElement(By.id("edit-link-to")).sendKeys(to);
		driver.findElement(By.id("edit-link-title")).sendKeys("test-edit Bamako coordination meeting");
		new Select(driver.findElement(By.id("edit-link-kind"))).selectByValue("meeting");
		driver.findElement(By.id("edit-link-quote")).sendKeys(quote);
		driver.findElement(By.cssSelector(".edit-link-form button[type=submit]")).click();
	}

	@Test
	void anEditorLogsInAddsALinkWithASourceAndSeesItWhileAScriptNameStaysText() {
		String id = Api.as(this.port, TestAccounts.EDITOR)
			.postJson("/api/nodes", "{\"kind\": \"organisation\", \"name\": \"" + SCRIPT_NAME.replace("'", "\\u0027") + "\"}")
			.json().get("id").asString();
		String base = "http://localhost:" + this.port;
		driver.manage().deleteAllCookies();
		driver.get(base + "/login.html?next=/edit.html?id=" + id);
		driver.findElement(By.id("login-username")).sendKeys(TestAccounts.EDITOR);
		driver.findElement(By.id("login-password")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		WebDriverWait wait = waiting(20);
		wait.until(d -> d.getCurrentUrl().contains("/edit.html") && !d.findElements(By.cssSelector("#edit-details h1")).isEmpty());

		assertThat(driver.findElement(By.cssSelector("#edit-details h1")).getText()).isEqualTo(SCRIPT_NAME);
		assertThat(driver.getTitle()).isNotEqualTo("owned");
		assertThat(driver.findElements(By.cssSelector("#edit-details script"))).isEmpty();

		wait.until(d -> !d.findElements(By.cssSelector(".edit-link-form")).isEmpty());
		fillLinkForm("org:idlo", "Both teams agreed to share their court-monitoring data");

		String links = wait.until(d -> {
			String shown = d.findElement(By.id("edit-links")).getText();
			return shown.contains("Both teams agreed") ? shown : null;
		});
		assertThat(links).contains("PARTNERS_WITH", "International Development Law Organization");
		wait.until(d -> d.findElement(By.id("edit-history")).getText().contains("link.create"));
	}

}
