package org.actoratlas.importing;

import java.util.List;
import java.util.Locale;

/**
 * An activity's total budget: the revised budgets when there are any, else the original ones, summed
 * only when they share one currency (money is never added across currencies).
 */
record IatiBudget(ImportContext context, String activityId) {

	void total(XmlElement activity, String defaultCurrency, NodeRow programme) {
		List<XmlElement> budgets = activity.all("budget").toList();
		if (budgets.isEmpty()) {
			return;
		}
		boolean anyRevised = budgets.stream().anyMatch(IatiBudget::revised);
		double total = 0;
		String currency = null;
		for (XmlElement budget : budgets) {
			if (anyRevised != revised(budget) || budget.first("value") == null) {
				continue;
			}
			XmlElement value = budget.first("value");
			Double amount = this.context.number(value.text(), value.line(), this.activityId, "budget value");
			String valueCurrency = value.attr("currency") != null ? value.attr("currency").toUpperCase(Locale.ROOT) : defaultCurrency;
			if (amount == null) {
				continue;
			}
			if (currency != null && !currency.equals(valueCurrency)) {
				this.context.log().warn(budget.line(), this.activityId,
						"budgets in more than one currency (" + currency + ", " + valueCurrency + "); no total budget recorded");
				return;
			}
			currency = valueCurrency;
			total += amount;
		}
		if (currency != null) {
			programme.prop("budget", total).prop("budgetCurrency", currency);
		}
	}

	private static boolean revised(XmlElement budget) {
		String type = budget.attr("type");
		return "2".equals(type) || "revised".equalsIgnoreCase(type);
	}

}
