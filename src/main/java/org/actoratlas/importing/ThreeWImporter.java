package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 3W/5W sheets (who does what where): each distinct (organisation, sector, country) becomes a
 * {@code Programme} of type {@code 3w-presence} that the organisation implements, its donors fund,
 * that addresses the sector's theme and is active in the country (with the admin areas listed on
 * that relationship), so funding and gap questions need no special case for 3W data. The sheet is
 * read whole before anything is written.
 */
final class ThreeWImporter {

	private final ImportContext context;

	private final List<List<String>> head = new ArrayList<>();

	private final List<Long> headLines = new ArrayList<>();

	private Map<HxlColumns.Role, Integer> columns;

	private final Map<String, ThreeWPresence> presences = new LinkedHashMap<>();

	private ThreeWImporter(ImportContext context) {
		this.context = context;
	}

	static void importFile(InputStream in, ImportFormat format, ImportContext context) throws IOException, BadImportFileException {
		ThreeWImporter importer = new ThreeWImporter(context);
		try (in) {
			if (format == ImportFormat.THREE_W_XLSX) {
				SheetRows.xlsx(in, (name, rows) -> importer.findColumns(rows) != null, importer::row);
			}
			else {
				SheetRows.csv(in, importer::row);
			}
		}
		catch (RuntimeException ex) {
			throw new BadImportFileException("The spreadsheet cannot be read: " + ex.getMessage());
		}
		if (importer.columns == null && !importer.head.isEmpty()) {
			importer.decide();
		}
		if (importer.columns == null) {
			throw new BadImportFileException("No sheet has an HXL hashtag row or the column names of a 3W (an organisation column such as #org, "
					+ "'Organisation' or 'Nom Organisation', and a sector column such as #sector or 'Cluster').");
		}
		// An acronym two organisations of the file share (OXFAM for Oxfam GB and Oxfam Intermón) identifies neither.
		Map<String, Set<String>> namesByAcronym = new HashMap<>();
		importer.presences.values().forEach(p -> namesByAcronym.computeIfAbsent(p.acronym(), a -> new HashSet<>()).add(Names.normalise(p.displayName())));
		importer.presences.values().forEach(presence -> presence.write(context,
				presence.acronym() != null && namesByAcronym.get(presence.acronym()).size() == 1));
	}

	/** The column map, once the first rows show an organisation and a sector column. */
	private Map<HxlColumns.Role, Integer> findColumns(List<List<String>> firstRows) {
		List<String> hashtags = null;
		int hashtagRow = -1;
		for (int i = 0; i < Math.min(5, firstRows.size()); i++) {
			if (HxlColumns.isHashtagRow(firstRows.get(i))) {
				hashtags = firstRows.get(i);
				hashtagRow = i;
				break;
			}
		}
		List<String> headers = hashtagRow > 0 ? firstRows.get(hashtagRow - 1) : hashtagRow < 0 && !firstRows.isEmpty() ? firstRows.get(0) : null;
		Map<HxlColumns.Role, Integer> found = HxlColumns.map(hashtags, headers);
		boolean usable = (found.containsKey(HxlColumns.Role.ORG_NAME) || found.containsKey(HxlColumns.Role.ORG_ACRONYM))
				&& found.containsKey(HxlColumns.Role.SECTOR);
		return usable ? found : null;
	}

	/** Picks the columns from the first rows, then imports the buffered rows below the header. */
	private void decide() {
		this.columns = findColumns(this.head);
		if (this.columns == null) {
			return;
		}
		int hashtagRow = -1;
		for (int i = 0; i < this.head.size() && hashtagRow < 0; i++) {
			hashtagRow = HxlColumns.isHashtagRow(this.head.get(i)) ? i : -1;
		}
		for (int i = hashtagRow >= 0 ? hashtagRow + 1 : 1; i < this.head.size(); i++) {
			row(this.headLines.get(i), this.head.get(i));
		}
	}

	private void row(long line, List<String> cells) {
		if (this.columns == null) {
			this.head.add(cells);
			this.headLines.add(line);
			if (this.head.size() == 5) {
				decide();
			}
			return;
		}
		if (cells.stream().allMatch(cell -> cell == null) || HxlColumns.isHashtagRow(cells)) {
			return;
		}
		this.context.log().record();
		String name = cell(cells, HxlColumns.Role.ORG_NAME);
		String acronym = cell(cells, HxlColumns.Role.ORG_ACRONYM);
		String sector = cell(cells, HxlColumns.Role.SECTOR);
		if (name == null && acronym == null) {
			this.context.log().reject(line, null, "row names no organisation");
			return;
		}
		if (sector == null) {
			this.context.log().reject(line, name != null ? name : acronym, "row names no sector or cluster");
			return;
		}
		String iso2 = country(cells);
		if (iso2 == null) {
			this.context.log().reject(line, name != null ? name : acronym, "row names no country that the country code list knows ('"
					+ cell(cells, HxlColumns.Role.COUNTRY) + "'), and no admin code starting with one");
			return;
		}
		String orgKey = Names.normalise(name != null ? name : acronym);
		ThreeWPresence presence = this.presences.computeIfAbsent(orgKey + '|' + Names.normalise(sector) + '|' + iso2,
				key -> new ThreeWPresence(name, acronym, sector, iso2, line));
		presence.add(line, cell(cells, HxlColumns.Role.ORG_TYPE), cell(cells, HxlColumns.Role.DONOR), cells, this.columns);
	}

	private String country(List<String> cells) {
		String country = cell(cells, HxlColumns.Role.COUNTRY);
		if (country != null) {
			return this.context.codelists().countryCode(country).orElse(null);
		}
		for (HxlColumns.Role role : List.of(HxlColumns.Role.ADM1_CODE, HxlColumns.Role.ADM2_CODE, HxlColumns.Role.ADM3_CODE)) {
			String code = cell(cells, role);
			if (code != null && code.length() > 2) {
				String prefix = code.substring(0, 2);
				if (this.context.codelists().countryCode(prefix).filter(prefix::equals).isPresent()) {
					return prefix;
				}
			}
		}
		return null;
	}

	private String cell(List<String> cells, HxlColumns.Role role) {
		Integer column = this.columns.get(role);
		return column == null || column >= cells.size() ? null : cells.get(column);
	}

}
