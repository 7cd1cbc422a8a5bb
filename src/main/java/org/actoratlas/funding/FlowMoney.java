package org.actoratlas.funding;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which transactions of a flow network count, and in which currency. Beyond the pair rules of
 * {@link Transfers}: a transaction left out of one pair as double-reported is left out of every pair,
 * and a transaction stored both from the provider organisation and from the provider activity counts
 * on the activity's link only (the more precise one).
 */
final class FlowMoney {

	private final ExchangeRates rates;

	private final String convert;

	private final LocalDate from;

	private final LocalDate to;

	private final Set<String> droppedKeys = new HashSet<>();

	private final Set<String> activityKeys = new HashSet<>();

	FlowMoney(ExchangeRates rates, String convert, LocalDate from, LocalDate to) {
		this.rates = rates;
		this.convert = convert;
		this.from = from;
		this.to = to;
	}

	/** Reads every pair once before counting: incoming is receiver to giver to links, outgoing giver to receiver to links. */
	void registerPairs(Map<String, Map<String, List<Rel>>> incoming, Map<String, Map<String, List<Rel>>> outgoing) {
		incoming.values().forEach(byGiver -> byGiver.forEach(this::register));
		outgoing.forEach((giver, byReceiver) -> byReceiver.values().forEach(rels -> register(giver, rels)));
	}

	List<Rel> counted(String giver, List<Rel> rels) {
		return Transfers.counted(rels).stream()
			.filter(rel -> rel.key() == null || !this.droppedKeys.contains(rel.key()))
			.filter(rel -> rel.key() == null || isActivity(giver) || !this.activityKeys.contains(rel.key()))
			.filter(this::inPeriod)
			.toList();
	}

	/** Adds counted transactions as a link, times {@code factor} (a country share), converted if asked. */
	void add(SankeyBuilder sankey, String source, String target, String type, List<Rel> counted, double factor) {
		Set<String> keys = new LinkedHashSet<>();
		for (Rel rel : counted) {
			if (rel.amount() == null || (rel.key() != null && !keys.add(rel.key()))) {
				continue;
			}
			Optional<Double> converted = this.convert == null ? Optional.empty()
					: this.rates.convert(rel.amount(), rel.currency(), this.convert, rel.year());
			String currency = converted.isPresent() ? this.convert : rel.currency();
			sankey.add(source, target, type, rel.measure(), currency, converted.isPresent(),
					converted.orElse(rel.amount()) * factor);
		}
	}

	private void register(String giver, List<Rel> rels) {
		this.droppedKeys.addAll(Transfers.droppedKeys(rels));
		if (isActivity(giver)) {
			rels.stream().map(Rel::key).filter(Objects::nonNull).forEach(this.activityKeys::add);
		}
	}

	private boolean inPeriod(Rel rel) {
		if (rel.valueDate() == null || rel.valueDate().length() < 10) {
			return true;
		}
		String date = rel.valueDate().substring(0, 10);
		return (this.from == null || date.compareTo(this.from.toString()) >= 0) && (this.to == null || date.compareTo(this.to.toString()) <= 0);
	}

	private static boolean isActivity(String id) {
		return id.startsWith("programme:");
	}

}
