package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/** The coverage matrix and its cells; requested themes collect their sub-themes. */
@Component
class CoverageFinder {

	private final CoverageQuery coverageQuery;

	private final CoverageIndex coverageIndex;

	private final ActorQuery actorQuery;

	CoverageFinder(CoverageQuery coverageQuery, CoverageIndex coverageIndex, ActorQuery actorQuery) {
		this.coverageQuery = coverageQuery;
		this.coverageIndex = coverageIndex;
		this.actorQuery = actorQuery;
	}

	Coverage matrix(List<String> countries, List<String> themes) {
		Map<String, String> columnOf = columnOf(themes);
		Map<String, String> names = this.coverageQuery.names(concat(countries, themes));
		Map<String, String> rows = new LinkedHashMap<>();
		countries.forEach(c -> rows.put(c, names.getOrDefault(c, c)));
		Map<String, String> columns = new LinkedHashMap<>();
		themes.forEach(t -> columns.put(t, names.getOrDefault(t, t)));
		return CoverageMatrix.of(rows(this.coverageIndex.current(), countries, columnOf, columns), rows, columns);
	}

	Coverage.CellDetails cell(String country, String theme) {
		Map<String, String> names = new TreeMap<>();
		names.put(theme, theme);
		CoverageIndex.Snapshot index = this.coverageIndex.current();
		CoverageMatrix.Totals total = CoverageMatrix.total(rows(index, List.of(country), columnOf(List.of(theme)), names));
		Set<String> actorIds = new TreeSet<>();
		total.actors.stream().forEach(a -> actorIds.add(index.actorIds().get(a)));
		List<String> programmeIds = total.programmes.stream().mapToObj(index.programmeIds()::get).toList();
		Map<String, String> programmeNames = this.coverageQuery.names(programmeIds);
		List<Actor> actors = this.actorQuery.byIds(ActorKind.ORGANISATION, actorIds);
		return new Coverage.CellDetails(country, theme, actors,
				programmeIds.stream().map(id -> new UnconnectedPairs.Ref(id, programmeNames.get(id))).toList(), total.funding());
	}

	/**
	 * One row per programme, country and column: the programme's share of that country and theme is
	 * the IATI percentages when given, else an equal split among its countries and themes.
	 */
	private static List<CoverageMatrix.Row> rows(CoverageIndex.Snapshot index, List<String> countries, Map<String, String> columnOf,
			Map<String, String> columnNames) {
		Set<String> wanted = countries.isEmpty() ? null : Set.copyOf(countries);
		List<CoverageMatrix.Row> rows = new ArrayList<>();
		for (CoverageIndex.Entry entry : index.entries()) {
			for (CoverageIndex.Place country : entry.countries()) {
				if (wanted != null && !wanted.contains(country.id())) {
					continue;
				}
				double countryShare = country.percentage() != null ? country.percentage() / 100.0 : 1.0 / entry.countries().size();
				for (CoverageIndex.Place theme : entry.themes()) {
					String column = columnOf == null ? theme.id() : columnOf.get(theme.id());
					if (column != null) {
						double themeShare = theme.percentage() != null ? theme.percentage() / 100.0 : 1.0 / entry.themes().size();
						rows.add(new CoverageMatrix.Row(country.id(), country.name(), column, columnNames.getOrDefault(column, theme.name()),
								entry.programme(), countryShare * themeShare, entry.actors(), entry.funds()));
					}
				}
			}
		}
		return rows;
	}

	/** Each requested theme and its sub-themes, mapped to the requested theme; null for all themes. */
	private Map<String, String> columnOf(List<String> themes) {
		if (themes.isEmpty()) {
			return null;
		}
		Map<String, String> columnOf = new LinkedHashMap<>();
		for (String theme : themes) {
			this.actorQuery.withSubThemes(theme).forEach(sub -> columnOf.putIfAbsent(sub, theme));
			columnOf.put(theme, theme);
		}
		return columnOf;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
