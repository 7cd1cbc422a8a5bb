package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

/**
 * Who does what where: a country x theme matrix over programmes. Only non-empty cells are listed;
 * any row and column pair missing from {@code cells} is a white spot.
 *
 * @param countries the rows, with totals (distinct actors and programmes, funding summed over the row)
 * @param themes the columns, with totals
 * @param maxActors the largest cell, to scale a heatmap
 */
record Coverage(List<Axis> countries, List<Axis> themes, List<Cell> cells, Axis total, int maxActors, String fundingNote) {

	/** @param funding traced funding by currency, never converted */
	record Axis(String id, String name, int actors, int programmes, Map<String, Double> funding) {
	}

	/** One cell's totals; /api/gaps/coverage/cell lists its actors and programmes. */
	record Cell(String country, String theme, int actors, int programmes, Map<String, Double> funding) {
	}

	/** One cell in full, for a click-through. */
	record CellDetails(String country, String theme, List<Actor> actors, List<UnconnectedPairs.Ref> programmes,
			Map<String, Double> funding) {
	}

}
