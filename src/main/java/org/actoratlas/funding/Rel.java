package org.actoratlas.funding;

import java.util.List;
import java.util.Map;

/**
 * One relationship as the funding queries read it.
 *
 * @param side who reported a transaction: {@code provider} (the giver's own activity), {@code receiver}
 * (the recipient's activity), {@code other}, or null when not from a transaction
 */
record Rel(String type, Double amount, String currency, String measure, String side, String key, String valueDate,
		Double percentage, String role, List<String> sourceIds) {

	Rel withPercentage(Double percentage) {
		return new Rel(this.type, this.amount, this.currency, this.measure, this.side, this.key, this.valueDate, percentage, this.role,
				this.sourceIds);
	}

	static Rel of(Map<String, Object> map) {
		Object amount = map.get("amount");
		Object percentage = map.get("percentage");
		Object valueDate = map.get("valueDate");
		return new Rel((String) map.get("type"), amount instanceof Number n ? n.doubleValue() : null,
				blankToNull(map.get("currency")), measureOf((String) map.get("transactionType"), (String) map.get("status")),
				(String) map.get("side"), transaction(map.get("key")),
				valueDate == null ? null : valueDate.toString(), percentage instanceof Number p ? p.doubleValue() : null,
				(String) map.get("role"), sourceIds(map.get("sourceIds")));
	}

	/**
	 * IATI transaction types 2 and 11 are commitments, 1 (incoming funds), 3 (disbursement) and 4
	 * (expenditure) are money paid; FTS states paid, commitment or pledge; an amount with neither
	 * (a grant in a document) is taken as committed.
	 */
	static String measureOf(String transactionType, String status) {
		if (transactionType != null) {
			return switch (transactionType.strip()) {
				case "2", "11" -> "committed";
				case "1", "3", "4" -> "disbursed";
				default -> "committed";
			};
		}
		if (status != null) {
			return switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "paid" -> "disbursed";
				case "pledge" -> "pledged";
				default -> "committed";
			};
		}
		return "committed";
	}

	/**
	 * The transaction a relationship stores: the importer writes one transaction as two edges, to or
	 * from the organisation and to or from the activity, keyed {@code iati:<activity>#<n>:<end>}; both
	 * ends give the same transaction.
	 */
	static String transaction(Object key) {
		return key == null ? null : TRANSACTION_END.matcher(key.toString()).replaceFirst("");
	}

	private static final java.util.regex.Pattern TRANSACTION_END = java.util.regex.Pattern
		.compile(":(provider-org|provider-activity-id|receiver-org|receiver-activity-id)$");

	Integer year() {
		return this.valueDate != null && this.valueDate.length() >= 4 && this.valueDate.substring(0, 4).chars().allMatch(Character::isDigit)
				? Integer.valueOf(this.valueDate.substring(0, 4)) : null;
	}

	private static String blankToNull(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static List<String> sourceIds(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : value == null ? List.of() : List.of(value.toString());
	}

}
