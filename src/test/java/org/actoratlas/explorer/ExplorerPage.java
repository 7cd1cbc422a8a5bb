package org.actoratlas.explorer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The explorer as a test sees it: what a user does, and what the page shows. */
final class ExplorerPage {

	private final WebDriver driver;

	private final String baseUrl;

	ExplorerPage(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	ExplorerPage open(String pathAndQuery) {
		this.driver.get(this.baseUrl + pathAndQuery);
		return this;
	}

	WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		// The views redraw whole panels; an element read mid-redraw is looked up again.
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Waits until the network has loaded and drawn, and the details panel has loaded. */
	ExplorerPage settled() {
		waiting().until(d -> "ready".equals(app().getDomAttribute("data-state")) && !nodeIds().isEmpty());
		waiting().until(d -> !"loading".equals(details().getDomAttribute("data-state")));
		return this;
	}

	/** Waits until the force layout has (nearly) come to rest, so nodes stay where they are clicked. */
	ExplorerPage layoutAtRest() {
		new WebDriverWait(this.driver, Duration.ofSeconds(40))
			.until(d -> ((Number) js("return window.atlasView.stats().alpha")).doubleValue() < 0.03);
		return this;
	}

	WebElement app() {
		return this.driver.findElement(By.id("app"));
	}

	WebElement details() {
		return this.driver.findElement(By.id("details"));
	}

	WebElement searchInput() {
		return this.driver.findElement(By.id("search-input"));
	}

	WebElement canvas() {
		return this.driver.findElement(By.cssSelector("#network canvas"));
	}

	String detailsName() {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("details-name"))).getText();
	}

	@SuppressWarnings("unchecked")
	Set<String> nodeIds() {
		Object ids = js("return window.atlasView ? window.atlasView.nodeIds() : []");
		return new TreeSet<>((List<String>) ids);
	}

	/** The ids of the nodes the network draws highlighted (a funding chain); empty when nothing is. */
	Set<String> highlightedNodeIds() {
		return highlighted("nodes");
	}

	/** The ids of the links the network draws highlighted. */
	Set<String> highlightedLinkIds() {
		return highlighted("links");
	}

	@SuppressWarnings("unchecked")
	private Set<String> highlighted(String part) {
		Object ids = js("const lit = window.atlasView && window.atlasView.highlighted(); return lit ? lit[arguments[0]] : []", part);
		return new TreeSet<>((List<String>) ids);
	}

	void doubleClickNode(String id) {
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) js("return window.atlasView.positionOf(arguments[0])", id);
		WebElement canvas = canvas();
		int x = (int) Math.round(position.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
		int y = (int) Math.round(position.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
		new Actions(this.driver).moveToElement(canvas, x, y).doubleClick().perform();
	}

	WebElement driverFind(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

}
