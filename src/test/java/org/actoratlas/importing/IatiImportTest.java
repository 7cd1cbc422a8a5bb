package org.actoratlas.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the real IATI files into a database of its own (a context apart from the shared one, so
 * the Sahel seed other tests read is never touched) and checks facts read from the files by hand.
 */
@ImportIntegrationTest
class IatiImportTest {

	@Autowired
	Importer importer;

	@Autowired
	Driver driver;

	ImportTestSupport data;

	@BeforeEach
	void setUp() {
		this.data = new ImportTestSupport(this.importer, this.driver);
	}

	@Test
	void followsTwoProviderActivityHopsAcrossTheChainFiles() {
		for (String file : new String[] { "iati/chain/funder-activities.xml", "iati/chain/funder2-activities.xml",
				"iati/chain/recipient-activities.xml" }) {
			ImportReport report = this.data.importData(file);
			assertThat(report.error()).as(file).isNull();
		}
		var chain = this.data.query("""
				MATCH (a:Programme {id: 'programme:iati:XE-EXAMPLE-BB-01'})-[f1:FUNDS {counterpart: 'activity'}]->
				      (b:Programme {id: 'programme:iati:XE-EXAMPLE-CC-02'})-[f2:FUNDS {counterpart: 'activity'}]->
				      (c:Programme {id: 'programme:iati:XE-EXAMPLE-AA-01'})
				RETURN f1.amount AS a1, f1.currency AS c1, f2.amount AS a2, f2.currency AS c2, f2.reportedBy AS reportedBy,
				       b.placeholder AS placeholder""");
		assertThat(chain).hasSize(1);
		assertThat(chain.get(0).get("c1").asString()).isEqualTo("GBP");
		assertThat(chain.get(0).get("a1").asDouble()).isEqualTo(1000.0);
		// The recipient's file names its currency only on the root element.
		assertThat(chain.get(0).get("c2").asString()).isEqualTo("USD");
		assertThat(chain.get(0).get("reportedBy").asString()).isEqualTo("XE-EXAMPLE-AA-01");
		assertThat(chain.get(0).get("placeholder").isNull()).isTrue();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		ImportReport first = this.data.importData("iati/dfid-drc-v1.xml");
		assertThat(first.error()).isNull();
		String before = this.data.fingerprint();
		ImportReport second = this.data.importData("iati/dfid-drc-v1.xml");
		assertThat(second.error()).isNull();
		assertThat(ImportTestSupport.created(second)).isZero();
		assertThat(ImportTestSupport.updated(second)).isZero();
		assertThat(second.counts().get("FUNDS").unchanged()).isEqualTo(first.counts().get("FUNDS").created());
		assertThat(this.data.fingerprint()).isEqualTo(before);
	}

	@Test
	void readsIati1TextCodes() {
		ImportReport report = this.data.importData("iati/dfid-drc-v1.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(205);
		var programme = this.data.query("""
				MATCH (p:Programme {id: 'programme:iati:GB-1-105838-101'})
				OPTIONAL MATCH (p)-[:PART_OF]->(parent)
				OPTIONAL MATCH (p)-[a:ADDRESSES]->(t:Theme {id: 'theme:dac-15110'})
				OPTIONAL MATCH (funder)-[:FUNDS {role: 'funding'}]->(p)
				RETURN p.startDate AS start, p.status AS status, parent.id AS parent, a.percentage AS share,
				       funder.id AS funder""");
		assertThat(programme).hasSize(1);
		assertThat(programme.get(0).get("start").asLocalDate()).hasToString("2004-01-01");
		assertThat(programme.get(0).get("parent").asString()).isEqualTo("programme:iati:GB-1-105838");
		assertThat(programme.get(0).get("share").asDouble()).isEqualTo(40.0);
		assertThat(programme.get(0).get("funder").asString()).isEqualTo("org:gb");
	}

	@Test
	void mapsAnEchoActivityToItsImplementerAndCountry() {
		ImportReport report = this.data.importData("iati/echo-sahel-2021.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(100);
		var facts = this.data.query("""
				MATCH (p:Programme {iatiIdentifier: 'XI-IATI-EC_ECHO-ECHO/-WF/BUD/2019/91041'})
				MATCH (o:Organisation)-[i:IMPLEMENTS {role: 'implementing'}]->(p)
				MATCH (p)-[a:ACTIVE_IN]->(c:Country)
				MATCH (echo:Organisation)-[:REPORTS]->(p)
				RETURN o.id AS org, o.name AS name, o.type AS type, c.id AS country, a.percentage AS share, echo.id AS reporter,
				       i.sourceIds AS sources, i.evidence AS evidence""");
		assertThat(facts).hasSize(1);
		var fact = facts.get(0);
		assertThat(fact.get("org").asString()).isEqualTo("org:no-brc-977538319");
		assertThat(fact.get("name").asString()).isEqualTo("NORWEGIAN REFUGEE COUNCIL (NOR)");
		assertThat(fact.get("type").asString()).isEqualTo("ngo-international");
		assertThat(fact.get("country").asString()).isEqualTo("country:ML");
		assertThat(fact.get("share").asDouble()).isEqualTo(100.0);
		assertThat(fact.get("reporter").asString()).isEqualTo("org:xi-iati-ec_echo");
		assertThat(fact.get("sources").asList()).containsExactly(report.sourceId());
		assertThat(fact.get("evidence").asList().get(0).toString())
			.startsWith("iati-activity XI-IATI-EC_ECHO-ECHO/-WF/BUD/2019/91041 participating-org").contains("(line ");
	}

	@Test
	void writesEveryParentChildAndProviderActivityLinkOfTheEchoFileWhateverTheOrderOfActivities() {
		ImportReport report = this.data.importData("iati/echo-sahel-2021.xml");
		assertThat(report.error()).isNull();
		// Counted by hand from the file: 293 distinct parent/child pairs (124 between activities of the
		// file), 248 incoming transactions citing another activity as provider.
		var counts = this.data.query("""
				MATCH (a)-[r:PART_OF]->(b) WHERE $source IN r.sourceIds
				WITH count(r) AS partOf, sum(CASE WHEN a.placeholder IS NULL AND b.placeholder IS NULL THEN 1 ELSE 0 END) AS inFile
				MATCH ()-[f:FUNDS]->() WHERE $source IN f.sourceIds AND f.key ENDS WITH ':provider-activity-id'
				RETURN partOf, inFile, count(f) AS providerLinks""", java.util.Map.of("source", report.sourceId()));
		assertThat(counts.get(0).get("partOf").asLong()).isEqualTo(293);
		assertThat(counts.get(0).get("inFile").asLong()).isEqualTo(124);
		assertThat(counts.get(0).get("providerLinks").asLong()).isEqualTo(248);
	}

	@Test
	void importsActivitiesOfEighteenPublishersAndKeepsSectorVocabulariesApart() {
		ImportReport report = this.data.importData("iati/covid-multi-publisher.xml");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(401);
		var publishers = this.data.query("MATCH (o:Organisation)-[r:REPORTS]->() WHERE $source IN r.sourceIds RETURN DISTINCT o.id AS id",
				java.util.Map.of("source", report.sourceId()));
		assertThat(publishers).hasSize(18);
		// UNDP's activity states an SDG target (vocabulary 8) as sector "1.5", next to its DAC sectors.
		var sdg = this.data.query("""
				MATCH (undp:Organisation)-[:REPORTS]->(p:Programme {iatiIdentifier: 'XM-DAC-41114-PROJECT-00127335'})-[a:ADDRESSES]->(t:Theme {id: 'theme:v8-1.5'})
				RETURN a.percentage AS share, a.vocabulary AS vocabulary, undp.id AS undp, undp.type AS type""");
		assertThat(sdg).hasSize(1);
		assertThat(sdg.get(0).get("share").asDouble()).isEqualTo(50.0);
		assertThat(sdg.get(0).get("vocabulary").asString()).isEqualTo("8");
		assertThat(sdg.get(0).get("undp").asString()).isEqualTo("org:xm-dac-41114");
		assertThat(sdg.get(0).get("type").asString()).isEqualTo("multilateral");
	}

	@Test
	void resolvesAReceiverNamedWithoutARefToTheOrganisationWithThatRef() {
		assertThat(this.data.importData("iati/echo-sahel-2021.xml").error()).isNull();
		// Transaction 2 of this activity names its receiver only as "International Medical Corps UK";
		// the activity's implementing participating-org gives that name with ref GB-CHC-1093861.
		var receivers = this.data.query("""
				MATCH (:Programme {iatiIdentifier: 'XI-IATI-EC_ECHO-ECHO/TUR/BUD/2018/91009'})-[f:FUNDS]->(o:Organisation)
				WHERE f.key ENDS WITH '#2:receiver-org'
				RETURN o.id AS id, f.amount AS amount, f.currency AS currency, f.transactionType AS type""");
		assertThat(receivers).hasSize(1);
		assertThat(receivers.get(0).get("id").asString()).isEqualTo("org:gb-chc-1093861");
		assertThat(receivers.get(0).get("amount").asDouble()).isEqualTo(5000.0);
		assertThat(receivers.get(0).get("currency").asString()).isEqualTo("EUR");
		assertThat(receivers.get(0).get("type").asString()).isEqualTo("2");
		assertThat(this.data.query("MATCH (o:Organisation {normalisedName: 'international medical corps uk'}) RETURN o.id AS id"))
			.extracting(r -> r.get("id").asString())
			.containsExactly("org:gb-chc-1093861");
	}

}
