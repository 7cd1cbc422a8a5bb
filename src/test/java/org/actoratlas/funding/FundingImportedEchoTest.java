package org.actoratlas.funding;

import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.actoratlas.funding.FundingFixturesApiTest.amount;
import static org.actoratlas.funding.FundingFixturesApiTest.breaks;
import static org.actoratlas.funding.FundingFixturesApiTest.entry;
import static org.actoratlas.funding.FundingFixturesApiTest.ids;
import static org.actoratlas.funding.FundingFixturesApiTest.network;
import static org.actoratlas.funding.FundingFixturesApiTest.path;
import static org.actoratlas.funding.FundingFixturesApiTest.texts;
import static org.actoratlas.funding.FundingFixturesApiTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The funding API on ECHO's Sahel extract {@code shared/data/iati/echo-sahel-2021.xml}, imported by the
 * real importer: figures read from the file by hand (activity ids and transaction numbers in the comments).
 */
@FundingImportTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingImportedEchoTest {

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

	ImportedFiles files;

	@BeforeAll
	void importFile() {
		this.files = new ImportedFiles(this.importer, new Api(this.port));
		this.files.load(ImportedFiles.IATI.resolve("echo-sahel-2021.xml"));
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
		// it; it is the implementing one (role 4) of its four HIPs, but it also funds them (their incoming funds name
		// it): their money is its own, so nothing reaches the project through ECHO
		assertThat(idsAtDepth(reach, 2)).isEmpty();
		assertThat(ids(reach)).containsExactlyInAnyOrder(ECHO, HIP_2020);
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

	private JsonNode get(String path) {
		return this.files.get(path);
	}

}
