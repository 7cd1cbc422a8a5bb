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

	private final ActorQuery actorQuery;

	CoverageFinder(CoverageQuery coverageQuery, ActorQuery actorQuery) {
		this.coverageQuery = coverageQuery;
		this.actorQuery = actorQuery;
	}

	Coverage matrix(List<String> countries, List<String> themes) {
		Map<String, String> columnOf = columnOf(themes);
		Map<String, String> names = this.coverageQuery.names(concat(countries, themes));
		Map<String, String> rows = new LinkedHashMap<>();
		countries.forEach(c -> rows.put(c, names.getOrDefault(c, c)));
		Map<String, String> columns = new LinkedHashMap<>();
		themes.forEach(t -> columns.put(t, names.getOrDefault(t, t)));
		return CoverageMatrix.of(rows(countries, columnOf, columns), rows, columns);
	}

	Coverage.CellDetails cell(String country, String theme) {
		Map<String, String> names = new TreeMap<>();
		names.put(theme, theme);
		List<CoverageMatrix.Row> rows = rows(List.of(country), columnOf(List.of(theme)), names);
		Set<String> actorIds = new TreeSet<>();
		Set<String> programmeIds = new TreeSet<>();
		rows.forEach(r -> {
			actorIds.addAll(r.actors());
			programmeIds.add(r.programme());
		});
		Map<String, String> programmeNames = this.coverageQuery.names(List.copyOf(programmeIds));
		List<Actor> actors = this.actorQuery.organisations(actorIds);
		Coverage matrix = CoverageMatrix.of(rows, Map.of(), Map.of());
		return new Coverage.CellDetails(country, theme, actors,
				programmeIds.stream().map(id -> new UnconnectedPairs.Ref(id, programmeNames.get(id))).toList(),
				matrix.total().funding());
	}

	private List<CoverageMatrix.Row> rows(List<String> countries, Map<String, String> columnOf, Map<String, String> columnNames) {
		List<CoverageMatrix.Row> rows = new ArrayList<>();
		for (Map<String, Object> r : this.coverageQuery.rows(countries, columnOf)) {
			String column = (String) r.get("column");
			@SuppressWarnings("unchecked")
			List<String> actors = (List<String>) r.get("actors");
			@SuppressWarnings("unchecked")
			List<List<Object>> funds = (List<List<Object>>) r.get("funds");
			rows.add(new CoverageMatrix.Row((String) r.get("country"), (String) r.get("countryName"), column,
					columnNames.getOrDefault(column, (String) r.get("themeName")), (String) r.get("programme"),
					((Number) r.get("share")).doubleValue(), actors, funds));
		}
		rows.sort(Comparator.comparing(CoverageMatrix.Row::programme));
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
