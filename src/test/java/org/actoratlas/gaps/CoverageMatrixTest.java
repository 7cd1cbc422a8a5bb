package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageMatrixTest {

	// Programmes and actors are indexes into a coverage index.
	private static final int P1 = 0, P2 = 1, A = 0, B = 1;

	@Test
	void countsDistinctActorsAndProgrammesAndSplitsFundingByShare() {
		// p1 works in Mali and Niger on justice (no percentages: half each); p2 in Mali on justice and police.
		var rows = List.of(
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", P1, 0.5, new int[] { A, B }, List.of(new CoverageIndex.Fund("EUR", 1000))),
				new CoverageMatrix.Row("country:NE", "Niger", "theme:justice", "Justice", P1, 0.5, new int[] { A, B }, List.of(new CoverageIndex.Fund("EUR", 1000))),
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", P2, 0.5, new int[] { A }, List.of(new CoverageIndex.Fund("USD", 300))),
				new CoverageMatrix.Row("country:ML", "Mali", "theme:police", "Police", P2, 0.5, new int[] { A }, List.of(new CoverageIndex.Fund("USD", 300))));

		var coverage = CoverageMatrix.of(rows, Map.of("country:BF", "Burkina Faso"), Map.of());

		assertThat(coverage.cells()).extracting(c -> c.country() + "/" + c.theme() + ":" + c.actors() + "," + c.programmes())
			.containsExactly("country:ML/theme:justice:2,2", "country:ML/theme:police:1,1", "country:NE/theme:justice:2,1");
		assertThat(coverage.cells().get(0).funding()).containsEntry("EUR", 500.0).containsEntry("USD", 150.0);
		assertThat(coverage.countries()).extracting(a -> a.id() + ":" + a.programmes())
			.containsExactly("country:BF:0", "country:ML:2", "country:NE:1");
		assertThat(coverage.countries().get(1).funding()).containsEntry("EUR", 500.0).containsEntry("USD", 300.0);
		assertThat(coverage.total().funding()).containsEntry("EUR", 1000.0).containsEntry("USD", 300.0);
		assertThat(coverage.maxActors()).isEqualTo(2);
	}

	@Test
	void aCellsTotalListsItsDistinctActorsAndProgrammes() {
		var rows = List.of(
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", P1, 1.0, new int[] { A, B }, List.of()),
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", P2, 0.25, new int[] { B }, List.of(new CoverageIndex.Fund("EUR", 400))));

		var total = CoverageMatrix.total(rows);

		assertThat(total.actors.stream().toArray()).containsExactly(A, B);
		assertThat(total.programmes.stream().toArray()).containsExactly(P1, P2);
		assertThat(total.funding()).containsExactly(java.util.Map.entry("EUR", 100.0));
	}

}
