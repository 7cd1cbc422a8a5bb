package org.actoratlas.importing;

import java.util.Locale;
import java.util.Map;

/**
 * IATI codes in both generations: 1.0x files use text codes and names ({@code Funding}, {@code C},
 * {@code start-actual}), 2.0x numeric codes. Everything is brought to the 2.0x code.
 */
final class IatiCodes {

	private static final Map<String, String> ROLES = Map.of("1", "funding", "2", "accountable", "3", "extending", "4",
			"implementing", "funding", "funding", "accountable", "accountable", "extending", "extending", "implementing",
			"implementing");

	private static final Map<String, String> TRANSACTION_TYPES = Map.ofEntries(Map.entry("if", "1"),
			Map.entry("incoming funds", "1"), Map.entry("c", "2"), Map.entry("commitment", "2"), Map.entry("d", "3"),
			Map.entry("disbursement", "3"), Map.entry("e", "4"), Map.entry("expenditure", "4"), Map.entry("ir", "5"),
			Map.entry("lr", "6"), Map.entry("r", "7"), Map.entry("qp", "8"), Map.entry("qs", "9"), Map.entry("cg", "10"),
			Map.entry("incoming commitment", "11"));

	private static final Map<String, String> DATE_TYPES = Map.of("start-planned", "1", "start-actual", "2", "end-planned",
			"3", "end-actual", "4");

	private static final Map<String, String> STATUSES = Map.of("1", "pipeline", "2", "implementation", "3",
			"finalisation", "4", "closed", "5", "cancelled", "6", "suspended");

	private static final Map<String, String> ORGANISATION_TYPES = Map.ofEntries(Map.entry("10", "government"),
			Map.entry("11", "government"), Map.entry("15", "government"), Map.entry("21", "ngo-international"),
			Map.entry("22", "ngo-national"), Map.entry("23", "ngo-regional"), Map.entry("24", "ngo-national"),
			Map.entry("30", "public-private"), Map.entry("40", "multilateral"), Map.entry("60", "foundation"),
			Map.entry("70", "private"), Map.entry("71", "private"), Map.entry("72", "private"), Map.entry("73", "private"),
			Map.entry("80", "academic"), Map.entry("90", "other"));

	private IatiCodes() {
	}

	static String role(String code) {
		return code == null ? null : ROLES.get(code.toLowerCase(Locale.ROOT));
	}

	/** The numeric transaction type, or {@code null} when the code means nothing. */
	static String transactionType(String code) {
		if (code == null) {
			return null;
		}
		if (code.matches("\\d{1,2}")) {
			return String.valueOf(Integer.parseInt(code));
		}
		return TRANSACTION_TYPES.get(code.toLowerCase(Locale.ROOT));
	}

	/** Money coming into the activity: incoming funds (1) and incoming commitments (11). */
	static boolean incoming(String type) {
		return "1".equals(type) || "11".equals(type);
	}

	/**
	 * Money leaving the activity: commitments (2) and disbursements (3) always name a transfer;
	 * expenditure (4) is money the activity spends, a transfer only when a receiver is named.
	 */
	static boolean outgoing(String type) {
		return "2".equals(type) || "3".equals(type) || "4".equals(type);
	}

	static String dateType(String code) {
		return code == null ? null : DATE_TYPES.getOrDefault(code.toLowerCase(Locale.ROOT), code);
	}

	static String status(String code) {
		return code == null ? null : STATUSES.get(code);
	}

	static String organisationType(String code) {
		return code == null ? null : ORGANISATION_TYPES.get(code);
	}

	/** Sector vocabularies: 1.x names DAC and DAC-3 what 2.x numbers 1 and 2; absent means DAC. */
	static String sectorVocabulary(String vocabulary) {
		if (vocabulary == null || vocabulary.equalsIgnoreCase("DAC")) {
			return "1";
		}
		return vocabulary.equalsIgnoreCase("DAC-3") ? "2" : vocabulary;
	}

}
