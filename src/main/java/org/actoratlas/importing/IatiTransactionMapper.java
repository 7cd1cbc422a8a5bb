package org.actoratlas.importing;

import java.util.List;
import java.util.Locale;

/**
 * Transactions as {@code FUNDS} edges with their amounts. Incoming funds (1) and incoming commitments
 * (11) run from the provider (organisation and, separately, the provider's activity) to this
 * activity; commitments (2), disbursements (3) and expenditure (4) with a named receiver run from this
 * activity to the receiver (organisation and receiver activity). Each edge has a {@code key} made of
 * the activity, the transaction's position and the edge's end, so importing again finds it again.
 */
final class IatiTransactionMapper {

	private final ImportContext context;

	private final IatiActivityMapper activities;

	IatiTransactionMapper(ImportContext context, IatiActivityMapper activities) {
		this.context = context;
		this.activities = activities;
	}

	void map(XmlElement activity, String id, String programme, String defaultCurrency) {
		List<XmlElement> transactions = activity.all("transaction").toList();
		boolean warnedCurrency = false;
		for (int i = 0; i < transactions.size(); i++) {
			XmlElement transaction = transactions.get(i);
			int position = i + 1;
			XmlElement typeElement = transaction.first("transaction-type");
			String rawType = typeElement == null ? null : typeElement.attr("code") != null ? typeElement.attr("code") : typeElement.text();
			String type = IatiCodes.transactionType(rawType);
			if (type == null) {
				this.context.log().warn(transaction.line(), id, "transaction " + position + " has no known transaction-type ('"
						+ rawType + "'); skipped");
				continue;
			}
			boolean incoming = IatiCodes.incoming(type);
			if (!incoming && !IatiCodes.outgoing(type)) {
				continue;
			}
			XmlElement value = transaction.first("value");
			String currency = value != null && value.attr("currency") != null ? value.attr("currency").toUpperCase(Locale.ROOT)
					: defaultCurrency;
			Double amount = value == null ? null : this.context.number(value.text(), value.line(), id, "transaction " + position + " value");
			if (currency == null && amount != null && !warnedCurrency) {
				warnedCurrency = true;
				this.context.log().warn(transaction.line(), id, "transaction values without a currency and no default-currency; currency left empty");
			}
			XmlElement date = transaction.first("transaction-date");
			Object transactionDate = date == null ? null : this.context.date(date.attr("iso-date") != null ? date.attr("iso-date") : date.text(),
					date.line(), id, "transaction " + position + " transaction-date");
			Object valueDate = value != null && value.attr("value-date") != null
					? this.context.date(value.attr("value-date"), value.line(), id, "transaction " + position + " value-date") : transactionDate;
			String what = "transaction " + position;
			XmlElement party = transaction.first(incoming ? "provider-org" : "receiver-org");
			if (party == null) {
				continue;
			}
			String orgId = party.attr("ref") != null || Names.clean(party.narrative()) != null
					? this.activities.organisation(party, id, what + " " + party.name()) : null;
			String activityAttr = incoming ? "provider-activity-id" : "receiver-activity-id";
			String otherActivity = party.attr(activityAttr) == null ? null
					: this.activities.referencedActivity(party.attr(activityAttr), party, id, what + " " + activityAttr);
			String evidence = this.activities.evidence(id, what + " (type " + type + ")", transaction);
			if (orgId != null) {
				write(incoming ? orgId : programme, incoming ? programme : orgId, id, position,
						incoming ? "provider-org" : "receiver-org", "organisation", amount, currency, valueDate, type, evidence);
			}
			if (otherActivity != null) {
				write(incoming ? otherActivity : programme, incoming ? programme : otherActivity, id, position,
						activityAttr, "activity", amount, currency, valueDate, type, evidence);
			}
		}
	}

	private void write(String from, String to, String activityId, int position, String end,
			String counterpart, Double amount, String currency, Object valueDate, String type, String evidence) {
		String key = "iati:" + activityId + "#" + position + ":" + end;
		this.context.batch().relationship(RelRow.keyed("FUNDS", key, from, to, evidence)
			.prop("amount", amount)
			.prop("currency", currency)
			.prop("valueDate", valueDate)
			.prop("transactionType", type)
			.prop("reportedBy", activityId)
			.prop("counterpart", counterpart));
	}

}
