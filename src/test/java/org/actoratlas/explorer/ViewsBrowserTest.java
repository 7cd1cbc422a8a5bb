package org.actoratlas.explorer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The funding, gaps and stakeholder map views in headless Chromium against the app with the Sahel dataset. */
@AtlasIntegrationTest
class ViewsBrowserTest {

	private static final String NL_MFA = "org:nl-mfa";

	private static ChromeDriver driver;

	private static Path downloads;

	@LocalServerPort
	int port;

	private Api api;

	private final List<String> createdMaps = new ArrayList<>();

	@BeforeAll
	static void startBrowser() throws IOException {
		driver = Browser.start();
		downloads = Files.createTempDirectory("atlas-downloads-");
		driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void setUp() throws IOException {
		// saving and deleting maps are changes: an editor's session with the CSRF header
		this.api = Api.as(this.port, TestAccounts.EDITOR);
		// each test finds only its own downloads
		try (Stream<Path> files = Files.list(downloads)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
	}

	@AfterEach
	void screenshotAndDeleteOwnMaps(TestInfo test) {
		Browser.screenshot(driver, Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName() + ".png"));
		for (String id : this.createdMaps) {
			this.api.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + "/api/maps/" + id)).DELETE().build());
		}
	}

	@Test
	void fundingViewOfADonorShowsTheSankeyAndTheTableOfRecipients() {
		open("/funding.html?id=" + NL_MFA + "&direction=downstream");
		JsonNode reach = this.api.get("/api/funding/downstream/" + NL_MFA).json();
		assertThat(reach.get("entries").size()).isPositive();
		assertThat(driver.findElements(By.cssSelector("#sankey svg path.sankey-link"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("#sankey svg rect.sankey-node"))).hasSizeGreaterThanOrEqualTo(2);
		Set<String> expected = new TreeSet<>();
		reach.get("entries").forEach(entry -> expected.add(entry.get("node").get("id").asString()));
		Set<String> rows = new TreeSet<>();
		driver.findElements(By.cssSelector(".funding-table tbody tr")).forEach(row -> rows.add(row.getDomAttribute("data-id")));
		assertThat(rows).isEqualTo(expected);
		assertThat(driver.findElement(By.id("funding-title")).getText()).contains(reach.get("focus").get("name").asString());

		// a row highlights its chain on the network: the donor, the row's actor and what lies between
		WebElement row = driver.findElement(By.cssSelector(".funding-table tbody tr:last-child button"));
		String chosen = row.findElement(By.xpath("ancestor::tr")).getDomAttribute("data-id");
		row.click();
		Set<String> lit = highlighted("#chain");
		assertThat(lit).contains(NL_MFA, chosen);
	}

	@Test
	void gapsViewHighlightsBothActorsOfTheFirstPairAndDrawsTheMissingLink() {
		open("/gaps.html?country=country:ML");
		JsonNode first = this.api.get("/api/gaps/unconnected?country=country:ML&limit=20").json().get("pairs").get(0);
		WebElement button = driver.findElement(By.cssSelector(".pair-list li:first-child button"));
		assertThat(button.getText()).contains(first.get("a").get("name").asString(), first.get("b").get("name").asString());
		button.click();
		assertThat(highlighted("#gaps-network")).containsExactlyInAnyOrder(first.get("a").get("id").asString(), first.get("b").get("id").asString());
		assertThat(driver.findElements(By.cssSelector("#gaps-network line.missing-link"))).hasSize(1);
		assertThat(driver.findElement(By.id("gaps-detail")).getText()).contains(first.get("explanation").asString());
	}

	@Test
	void buildsAMapForMaliAndJusticeKeepsADraggedPositionAndExportsImages() throws Exception {
		logInAsEditor();
		open("/map.html?focus=country:ML&focus=theme:dac-15130");
		List<String> candidates = new ArrayList<>();
		this.api.get("/api/maps/candidates?focus=country:ML&focus=theme:dac-15130").json().forEach(c -> candidates.add(c.get("id").asString()));
		assertThat(memberIds()).containsExactlyInAnyOrderElementsOf(candidates);

		String title = "Justice in Mali browser test " + UUID.randomUUID().toString().substring(0, 8);
		driver.findElement(By.id("map-title")).sendKeys(title);
		new Select(driver.findElement(By.id("map-layout"))).selectByValue("grid");
		String actor = candidates.get(0);
		WebElement glyph = waiting().until(d -> d.findElement(By.cssSelector("#map-canvas g.glyph[data-id='" + actor + "']")));
		new Actions(driver).moveToElement(glyph).clickAndHold().moveByOffset(20, -10).moveByOffset(100, -60).release().perform();
		Map<?, ?> dragged = member(actor);
		assertThat(dragged.get("influence")).isNotNull();
		assertThat(((Number) dragged.get("influence")).doubleValue()).isGreaterThan(0.5);
		assertThat(((Number) dragged.get("interest")).doubleValue()).isGreaterThan(0.5);

		driver.findElement(By.id("map-save")).click();
		waiting().until(d -> "saved".equals(state()));
		String id = (String) js("return window.atlasMap.id()");
		this.createdMaps.add(id);
		assertThat(driver.getCurrentUrl()).endsWith("/map.html?id=" + id);

		driver.navigate().refresh();
		waiting().until(d -> "ready".equals(state()));
		Map<?, ?> reloaded = member(actor);
		assertThat(((Number) reloaded.get("influence")).doubleValue()).isEqualTo(((Number) dragged.get("influence")).doubleValue());
		assertThat(((Number) reloaded.get("interest")).doubleValue()).isEqualTo(((Number) dragged.get("interest")).doubleValue());
		assertThat(new Select(driver.findElement(By.id("map-layout"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("grid");

		driver.findElement(By.cssSelector("#map-export summary")).click();
		driver.findElement(By.cssSelector("#map-export button[data-format='png']")).click();
		Path png = downloaded(".png");
		byte[] bytes = Files.readAllBytes(png);
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
		int width = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
		assertThat(width).isGreaterThanOrEqualTo(1000);
		assertThat(bytes.length).isGreaterThan(20_000);
		// the PNG is drawn at twice the size: below the map and its legend comes the sources area, with text in it
		int drawing = 2 * ((Number) js("return document.querySelector('#map-canvas svg').viewBox.baseVal.height")).intValue();
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getHeight()).isGreaterThan(drawing + 100);
		assertThat(darkPixels(image, drawing)).as("text drawn under the map").isGreaterThan(500);

		driver.findElement(By.cssSelector("#map-export summary")).click();
		driver.findElement(By.cssSelector("#map-export button[data-format='svg']")).click();
		Path svg = downloaded(".svg");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getTextContent()).contains(title).contains("Legend").contains("Sources");
		// every source cited by the map's links is listed under its title, and every link with its source numbers
		JsonNode saved = this.api.get("/api/maps/" + id).json();
		Set<String> cited = new TreeSet<>();
		saved.get("links").forEach(link -> link.get("sourceIds").forEach(s -> cited.add(s.asString())));
		assertThat(cited).as("the map's links cite sources").isNotEmpty();
		Map<String, String> sources = textsByAttribute(document, "data-source-id");
		assertThat(sources.keySet()).isEqualTo(cited);
		this.api.get("/api/sources").json().forEach(source -> {
			if (cited.contains(source.get("id").asString())) {
				assertThat(sources.get(source.get("id").asString())).contains(source.get("title").asString());
			}
		});
		assertThat(textsByAttribute(document, "data-link")).hasSize(saved.get("links").size());

		// the printed page lists the same sources (Ctrl+P: what the page lists when the browser says it prints)
		js("window.dispatchEvent(new Event('beforeprint'))");
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			WebElement printed = driver.findElement(By.id("print-sources"));
			assertThat(printed.isDisplayed()).isTrue();
			Set<String> printedIds = new TreeSet<>();
			printed.findElements(By.cssSelector("li[data-source-id]")).forEach(li -> printedIds.add(li.getDomAttribute("data-source-id")));
			assertThat(printedIds).isEqualTo(cited);
			Browser.screenshot(driver, Path.of("target", "screenshots", "stakeholder-map-print.png"));
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		assertThat(driver.findElement(By.id("print-sources")).isDisplayed()).as("on screen, the list is for paper only").isFalse();

		Path shot = Browser.screenshot(driver, Path.of("target", "screenshots", "stakeholder-map-mali-justice.png"));

		// the maps page lists it under its title, with a link to its address
		driver.get(this.api.baseUrl() + "/maps.html");
		waiting().until(d -> "ready".equals(state()));
		WebElement listed = driver.findElement(By.cssSelector("#maps tr[data-id='" + id + "'] a"));
		assertThat(listed.getText()).isEqualTo(title);
		assertThat(listed.getDomAttribute("href")).isEqualTo("map.html?id=" + id);
		Path docs = Path.of("docs", "stakeholder-map.png");
		if (Boolean.getBoolean("atlas.docs-screenshot") || !Files.exists(docs)) {
			Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
		}
		Path exported = Path.of("docs", "stakeholder-map-export.png");
		Files.copy(png, Path.of("target", "screenshots", exported.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
		if (Boolean.getBoolean("atlas.docs-screenshot") || !Files.exists(exported)) {
			Files.copy(png, exported, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Test
	void explorerLeadsToTheFundingViewAndExportsWhatItShowsAsSvg() throws Exception {
		ExplorerPage explorer = new ExplorerPage(driver, this.api.baseUrl()).open("/?focus=" + NL_MFA).settled();
		String name = this.api.get("/api/nodes/" + NL_MFA).json().get("name").asString();
		driver.findElement(By.cssSelector("#explorer-export summary")).click();
		driver.findElement(By.cssSelector("#explorer-export button[data-format='svg']")).click();
		Path svg = downloaded(".svg");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertThat(document.getDocumentElement().getTextContent()).contains("Network around " + name).contains("Legend");
		assertThat(document.getElementsByTagName("g").getLength()).isGreaterThan(explorer.nodeIds().size());
		// the sources of the links drawn are listed under their titles
		Map<String, String> listed = textsByAttribute(document, "data-source-id");
		assertThat(listed).isNotEmpty();
		this.api.get("/api/sources").json().forEach(source -> {
			if (listed.containsKey(source.get("id").asString())) {
				assertThat(listed.get(source.get("id").asString())).contains(source.get("title").asString());
			}
		});
		// the PNG of the same view has text in its sources area, which starts where the SVG puts it
		int sourcesTop = sourcesTop(document);
		driver.findElement(By.cssSelector("#explorer-export summary")).click();
		driver.findElement(By.cssSelector("#explorer-export button[data-format='png']")).click();
		Path png = downloaded(".png");
		Files.copy(png, Path.of("target", "screenshots", "explorer-export.png"), StandardCopyOption.REPLACE_EXISTING);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getHeight()).isGreaterThan(2 * sourcesTop + 60);
		assertThat(darkPixels(image, 2 * sourcesTop)).as("text in the sources area").isGreaterThan(500);

		driver.findElement(By.cssSelector("#details button[data-chain='downstream']")).click();
		waiting().until(d -> d.findElement(By.id("chain-bar")).isDisplayed());
		driver.findElement(By.linkText("Open the full funding view")).click();
		waiting().until(d -> "ready".equals(state()) && d.getCurrentUrl().contains("funding.html"));
		assertThat(driver.findElements(By.cssSelector("#sankey svg path.sankey-link"))).isNotEmpty();
	}

	/** Saving a map needs an editor: log in on the login page, as a user would. */
	private void logInAsEditor() {
		driver.get(this.api.baseUrl() + "/login.html?next=/maps.html");
		driver.findElement(By.id("login-username")).sendKeys(TestAccounts.EDITOR);
		driver.findElement(By.id("login-password")).sendKeys(TestAccounts.PASSWORD);
		driver.findElement(By.id("login-submit")).click();
		waiting().until(d -> !d.getCurrentUrl().contains("login.html"));
	}

	private void open(String pathAndQuery) {
		driver.get(this.api.baseUrl() + pathAndQuery);
		waiting().until(d -> Set.of("ready", "error").contains(state()));
		assertThat(state()).as("page state; status: %s", driver.findElement(By.id("status")).getText()).isEqualTo("ready");
	}

	private String state() {
		return driver.findElement(By.id("app")).getDomAttribute("data-state");
	}

	private Set<String> highlighted(String container) {
		Set<String> ids = new TreeSet<>();
		driver.findElements(By.cssSelector(container + " g.glyph.is-highlighted")).forEach(g -> ids.add(g.getDomAttribute("data-id")));
		return ids;
	}

	/** The text of each SVG element carrying an attribute, by its value (wrapped lines joined). */
	private static Map<String, String> textsByAttribute(Document document, String attribute) {
		Map<String, String> texts = new TreeMap<>();
		NodeList elements = document.getElementsByTagName("text");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			if (element.hasAttribute(attribute)) {
				texts.put(element.getAttribute(attribute), element.getTextContent());
			}
		}
		return texts;
	}

	/** Where an exported picture's sources area starts (its group is moved down by a translate). */
	private static int sourcesTop(Document document) {
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if ("export-sources".equals(group.getAttribute("class"))) {
				java.util.regex.Matcher y = java.util.regex.Pattern.compile("translate\\([^,]+,([0-9.]+)\\)").matcher(group.getAttribute("transform"));
				assertThat(y.find()).as("the sources area's position").isTrue();
				return (int) Double.parseDouble(y.group(1));
			}
		}
		throw new AssertionError("the picture has no sources area");
	}

	/** How many clearly dark pixels an image has below a row. */
	private static int darkPixels(BufferedImage image, int fromRow) {
		int dark = 0;
		for (int y = Math.max(0, fromRow); y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
					dark++;
				}
			}
		}
		return dark;
	}

	@SuppressWarnings("unchecked")
	private List<String> memberIds() {
		return (List<String>) js("return window.atlasMap.memberIds()");
	}

	private Map<?, ?> member(String id) {
		return (Map<?, ?>) js("return window.atlasMap.member(arguments[0])", id);
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		// The views redraw whole panels; an element read mid-redraw is looked up again.
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** The one finished download with this extension (Chromium writes .crdownload until it is done). */
	private static Path downloaded(String extension) {
		return waiting().until(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.filter(f -> f.toString().endsWith(extension)).findFirst()
					.filter(f -> f.toFile().length() > 0)
					.orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

}
