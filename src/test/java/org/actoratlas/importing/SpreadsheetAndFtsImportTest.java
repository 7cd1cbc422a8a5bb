package org.actoratlas.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Mali 5W (XLSX), the ROWCA 3W (HXL CSV) and an FTS flow response, with facts read from them by hand. */
@ImportIntegrationTest
class SpreadsheetAndFtsImportTest {

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
	void importsTheMali5wAsPresencesOfOrganisationsBySectorWithTheirAdminAreas() {
		ImportReport report = this.data.importData("3w/mali-5w-2023-12.xlsx");
		assertThat(report.error()).isNull();
		assertThat(report.format()).isEqualTo("3w-xlsx");
		// Sheet ML_5W: 24,090 rows of which 2 are the header and the HXL hashtag row.
		assertThat(report.records()).isEqualTo(24_088);
		assertThat(report.rejectedCount()).isZero();
		// 295 distinct (organisation, cluster) pairs, all in Mali, counted by hand from the sheet.
		assertThat(this.data.query("MATCH (p:Programme {programmeType: '3w-presence'}) WHERE $source IN p.sourceIds RETURN p",
				java.util.Map.of("source", report.sourceId()))).hasSize(295);
		var sif = this.data.query("""
				MATCH (o:Organisation)-[:IMPLEMENTS]->(p:Programme {programmeType: '3w-presence'})-[a:ACTIVE_IN]->(:Country {id: 'country:ML'}),
				      (p)-[:ADDRESSES]->(t:Theme)
				WHERE 'SIF' IN o.aliases AND t.name = 'Sécurité Alimentaire'
				RETURN o.name AS name, o.type AS type, a.adm1 AS adm1, a.adm1Codes AS codes, p.reportedRows AS rows, t.id AS theme""");
		assertThat(sif).hasSize(1);
		assertThat(sif.get(0).get("name").asString()).isEqualTo("Secours Islamique France");
		assertThat(sif.get(0).get("type").asString()).isEqualTo("ngo-international");
		assertThat(sif.get(0).get("adm1").asList()).containsExactly("Bamako", "Kidal", "Mopti", "Ségou");
		assertThat(sif.get(0).get("codes").asList()).containsExactly("ML04", "ML05", "ML08", "ML09");
		assertThat(sif.get(0).get("rows").asLong()).isEqualTo(37);
		assertThat(sif.get(0).get("theme").asString()).isEqualTo("theme:cluster-securite-alimentaire");
		// Formula leftovers (#N/A) are not admin codes.
		assertThat(this.data.query("MATCH ()-[a:ACTIVE_IN]->() WHERE '#N/A' IN a.adm3Codes RETURN a")).isEmpty();
	}

	@Test
	void importsTheRowcaHxlCsv() {
		ImportReport report = this.data.importData("3w/rowca-3w-2014-hxl.csv");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(244);
		assertThat(this.data.query("MATCH (p:Programme {programmeType: '3w-presence'}) WHERE $source IN p.sourceIds RETURN p",
				java.util.Map.of("source", report.sourceId()))).hasSize(13);
		var unicef = this.data.query("""
				MATCH (o:Organisation)-[:IMPLEMENTS]->(p)-[a:ACTIVE_IN]->(:Country {id: 'country:ML'}),
				      (p)-[:ADDRESSES]->(:Theme {id: 'theme:cluster-education'})
				// When an IATI file named UNICEF with its ref first (DFID: "United Nations Children’s Fund",
				// ref 41122), the 3W name resolves to that organisation.
				WHERE o.normalisedName = 'united nations children s fund'
				RETURN a.adm1 AS adm1, p.reportedRows AS rows""");
		assertThat(unicef).hasSize(1);
		assertThat(unicef.get(0).get("adm1").asList()).containsExactly("Gao", "Sikasso");
		assertThat(unicef.get(0).get("rows").asLong()).isEqualTo(3);
		assertThat(this.data.query("""
				MATCH (o:Organisation)-[:IMPLEMENTS]->(p)-[:ACTIVE_IN]->(:Country {id: 'country:SN'})
				WHERE o.normalisedName = 'world food programme'
				RETURN p""")).hasSize(1);
	}

	@Test
	void importsFtsFlowsAsFundingBetweenOrganisations() {
		ImportReport report = this.data.importData("fts/fts-flows-afghanistan-2020.json");
		assertThat(report.error()).isNull();
		assertThat(report.records()).isEqualTo(200);
		// Flow 208195 names no source at all, flow 204322 only a country as destination: neither is a FUNDS edge.
		assertThat(report.rejected()).extracting(ImportReport.Issue::recordId, ImportReport.Issue::message)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("208195", "flow without a source organisation"),
					org.assertj.core.groups.Tuple.tuple("204322", "flow without a destination organisation or plan"));
		var flow = this.data.query("""
				MATCH (s:Organisation)-[f:FUNDS {flowId: '158080'}]->(d:Organisation)
				OPTIONAL MATCH (d)-[:ACTIVE_IN]->(c:Country {id: 'country:AF'})
				OPTIONAL MATCH (d)-[:ADDRESSES]->(t:Theme {name: 'Coordination and support services'})
				RETURN s.name AS source, s:Donor AS donor, s.type AS type, d.name AS destination, f.amount AS amount,
				       f.currency AS currency, f.status AS status, f.boundary AS boundary, c IS NOT NULL AS inAfghanistan,
				       t IS NOT NULL AS cluster, f.evidence AS evidence""");
		assertThat(flow).hasSize(1);
		var fact = flow.get(0);
		assertThat(fact.get("source").asString()).isEqualTo("Switzerland, Government of");
		assertThat(fact.get("donor").asBoolean()).isTrue();
		assertThat(fact.get("type").asString()).isEqualTo("government");
		assertThat(fact.get("destination").asString()).isEqualToIgnoringCase("World Food Programme");
		assertThat(fact.get("amount").asDouble()).isEqualTo(118868.0);
		assertThat(fact.get("currency").asString()).isEqualTo("USD");
		assertThat(fact.get("status").asString()).isEqualTo("commitment");
		assertThat(fact.get("boundary").asString()).isEqualTo("incoming");
		assertThat(fact.get("inAfghanistan").asBoolean()).isTrue();
		assertThat(fact.get("cluster").asBoolean()).isTrue();
		assertThat(fact.get("evidence").asList().get(0).toString()).startsWith("fts flow 158080 (line ");
		ImportReport again = this.data.importData("fts/fts-flows-afghanistan-2020.json");
		assertThat(ImportTestSupport.created(again) + ImportTestSupport.updated(again)).isZero();
	}

}
