package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds programme rows up into cells, row and column totals (pure). Actor and programme totals
 * count distinct ids, so a programme in two themes is one programme in its country's row; funding
 * is split by the programme's shares, so cells add up to their row.
 */
final class CoverageMatrix {

	static final String FUNDING_NOTE = "Sum of FUNDS amounts from organisations into the cell's programmes, per currency, "
			+ "times the programme's share of the country and theme (IATI percentages, else an equal split); IATI incoming funds "
			+ "only (not incoming commitments), FTS incoming flows without child flows, each flow once; not converted.";

	/** One programme in one cell; programme and actors as indexes into a {@link CoverageIndex.Snapshot}. */
	record Row(String country, String countryName, String theme, String themeName, int programme, double share,
			int[] actors, List<CoverageIndex.Fund> funds) {
	}

	/** Distinct actors and programmes as bit sets: at scale a cell sees thousands of programmes. */
	static final class Totals {

		final BitSet actors = new BitSet();

		final BitSet programmes = new BitSet();

		final Map<String, Double> funding = new TreeMap<>();

		void add(Row row) {
			for (int actor : row.actors()) {
				this.actors.set(actor);
			}
			this.programmes.set(row.programme());
			for (CoverageIndex.Fund fund : row.funds()) {
				this.funding.merge(fund.currency(), fund.amount() * row.share(), Double::sum);
			}
		}

		Coverage.Axis axis(String id, String name) {
			return new Coverage.Axis(id, name, this.actors.cardinality(), this.programmes.cardinality(), rounded(this.funding));
		}

		Map<String, Double> funding() {
			return rounded(this.funding);
		}

	}

	private CoverageMatrix() {
	}

	/**
	 * @param countries rows to show even when empty (id to name); others appear when they have programmes
	 * @param themes columns to show even when empty
	 */
	static Coverage of(List<Row> rows, Map<String, String> countries, Map<String, String> themes) {
		Map<String, String> rowNames = new TreeMap<>(countries);
		Map<String, String> columnNames = new TreeMap<>(themes);
		Map<String, Totals> byRow = new TreeMap<>();
		Map<String, Totals> byColumn = new TreeMap<>();
		Map<List<String>, Totals> byCell = new HashMap<>();
		Totals total = new Totals();
		for (Row row : rows) {
			rowNames.putIfAbsent(row.country(), row.countryName());
			columnNames.putIfAbsent(row.theme(), row.themeName());
			byRow.computeIfAbsent(row.country(), k -> new Totals()).add(row);
			byColumn.computeIfAbsent(row.theme(), k -> new Totals()).add(row);
			byCell.computeIfAbsent(List.of(row.country(), row.theme()), k -> new Totals()).add(row);
			total.add(row);
		}
		List<Coverage.Axis> countryAxis = new ArrayList<>();
		rowNames.forEach((id, name) -> countryAxis.add(byRow.getOrDefault(id, new Totals()).axis(id, name)));
		List<Coverage.Axis> themeAxis = new ArrayList<>();
		columnNames.forEach((id, name) -> themeAxis.add(byColumn.getOrDefault(id, new Totals()).axis(id, name)));
		List<Coverage.Cell> cells = new ArrayList<>();
		Map<List<String>, Totals> sortedCells = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
		sortedCells.putAll(byCell);
		sortedCells.forEach((key, t) -> cells.add(new Coverage.Cell(key.get(0), key.get(1), t.actors.cardinality(), t.programmes.cardinality(),
				rounded(t.funding))));
		int maxActors = cells.stream().mapToInt(Coverage.Cell::actors).max().orElse(0);
		return new Coverage(countryAxis, themeAxis, cells, total.axis("total", "All"), maxActors, FUNDING_NOTE);
	}

	/** All the rows together: their distinct actors and programmes and their funding. */
	static Totals total(List<Row> rows) {
		Totals total = new Totals();
		rows.forEach(total::add);
		return total;
	}

	private static Map<String, Double> rounded(Map<String, Double> funding) {
		Map<String, Double> rounded = new LinkedHashMap<>();
		funding.forEach((currency, amount) -> rounded.put(currency, Math.round(amount * 100) / 100.0));
		return rounded;
	}

}
