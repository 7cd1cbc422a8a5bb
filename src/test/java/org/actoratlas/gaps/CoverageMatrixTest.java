package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageMatrixTest {

	@Test
	void countsDistinctActorsAndProgrammesAndSplitsFundingByShare() {
		// p1 works in Mali and Niger on justice (no percentages: half each); p2 in Mali on justice and police.
		var rows = List.of(
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", "p1", 0.5, List.of("org:a", "org:b"), List.of(List.<Object>of("EUR", 1000))),
				new CoverageMatrix.Row("country:NE", "Niger", "theme:justice", "Justice", "p1", 0.5, List.of("org:a", "org:b"), List.of(List.<Object>of("EUR", 1000))),
				new CoverageMatrix.Row("country:ML", "Mali", "theme:justice", "Justice", "p2", 0.5, List.of("org:a"), List.of(List.<Object>of("USD", 300))),
				new CoverageMatrix.Row("country:ML", "Mali", "theme:police", "Police", "p2", 0.5, List.of("org:a"), List.of(List.<Object>of("USD", 300))));

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

}
