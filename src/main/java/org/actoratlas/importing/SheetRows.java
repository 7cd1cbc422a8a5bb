package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows of a spreadsheet as cleaned text cells, streamed: XLSX through excel-streaming-reader
 * (a sliding window of rows, never the whole sheet), CSV through Commons CSV. Formula leftovers
 * ({@code =#N/A}, {@code #N/A}, {@code #REF!}) read as empty cells.
 */
final class SheetRows {

	private static final Pattern EXCEL_ERROR = Pattern.compile("#(N/A|REF!|VALUE!|DIV/0!|NAME\\?|NULL!|NUM!)");

	private SheetRows() {
	}

	/** Calls back with each row of the chosen sheet and its 1-based row number. */
	static void xlsx(InputStream in, SheetChooser chooser, BiConsumer<Long, List<String>> rows) throws IOException {
		try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
					continue;
				}
				Sheet sheet = workbook.getSheetAt(i);
				List<List<String>> head = new ArrayList<>();
				List<Long> headNumbers = new ArrayList<>();
				boolean chosen = false;
				for (Row row : sheet) {
					List<String> cells = cells(row);
					long number = row.getRowNum() + 1L;
					if (!chosen) {
						head.add(cells);
						headNumbers.add(number);
						if (head.size() < 6) {
							continue;
						}
						if (!chooser.accept(sheet.getSheetName(), head)) {
							break;
						}
						chosen = true;
						for (int h = 0; h < head.size(); h++) {
							rows.accept(headNumbers.get(h), head.get(h));
						}
						continue;
					}
					rows.accept(number, cells);
				}
				if (!chosen && !head.isEmpty() && head.size() < 6 && chooser.accept(sheet.getSheetName(), head)) {
					for (int h = 0; h < head.size(); h++) {
						rows.accept(headNumbers.get(h), head.get(h));
					}
					chosen = true;
				}
				if (chosen) {
					return;
				}
			}
		}
	}

	static void csv(InputStream in, BiConsumer<Long, List<String>> rows) throws IOException {
		var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				record.forEach(value -> cells.add(clean(value)));
				if (record.getRecordNumber() == 1 && !cells.isEmpty() && cells.get(0) != null) {
					cells.set(0, clean(cells.get(0).replace("\uFEFF", "")));
				}
				rows.accept(parser.getCurrentLineNumber(), cells);
			}
		}
	}

	/** Decides from a sheet's first rows whether it is the one to import. */
	@FunctionalInterface
	interface SheetChooser {

		boolean accept(String sheetName, List<List<String>> firstRows);

	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			int column = cell.getColumnIndex();
			while (cells.size() < column) {
				cells.add(null);
			}
			cells.add(clean(text(cell)));
		}
		return cells;
	}

	private static String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	static String clean(String value) {
		String cleaned = Names.clean(value);
		if (cleaned == null || cleaned.startsWith("=") || EXCEL_ERROR.matcher(cleaned).matches()) {
			return null;
		}
		return cleaned;
	}

}
