package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns traversal hops into chain steps in the direction money moves, with counted amounts, country
 * splits and the share passed on at each hop.
 */
final class Steps {

	private Steps() {
	}

	/**
	 * @param upstream whether the hops were found walking against the money (from a receiver to its funders)
	 * @param received what each programme received, for a chain that starts with its country split
	 */
	static FundingReach.Path path(List<FundingTraversal.Hop> hopsFromFocus, boolean upstream,
			Map<String, List<Amount>> received) {
		List<FundingTraversal.Hop> hops = new ArrayList<>(hopsFromFocus);
		if (upstream) {
			java.util.Collections.reverse(hops);
		}
		List<String> nodes = new ArrayList<>();
		List<FundingReach.Step> steps = new ArrayList<>();
		List<Amount> previous = null;
		for (FundingTraversal.Hop hop : hops) {
			String giver = upstream ? hop.far() : hop.near();
			String receiver = upstream ? hop.near() : hop.far();
			if (nodes.isEmpty()) {
				nodes.add(giver);
			}
			nodes.add(receiver);
			List<Amount> before = previous != null ? previous : "ACTIVE_IN".equals(hop.type()) ? received.get(giver) : null;
			FundingReach.Step step = step(giver, receiver, hop, before);
			steps.add(step);
			previous = step.amounts();
		}
		return new FundingReach.Path(nodes, steps);
	}

	static FundingReach.Step step(String giver, String receiver, FundingTraversal.Hop hop, List<Amount> before) {
		List<Rel> rels = hop.rels();
		Set<String> sources = new LinkedHashSet<>();
		rels.forEach(rel -> sources.addAll(rel.sourceIds()));
		String role = rels.stream().map(Rel::role).filter(Objects::nonNull).findFirst().orElse(null);
		Double percentage = rels.stream().map(Rel::percentage).filter(Objects::nonNull).findFirst().orElse(null);
		List<Amount> amounts = switch (hop.type()) {
			case "FUNDS" -> Transfers.sum(Transfers.counted(rels));
			case "ACTIVE_IN" -> before == null || percentage == null ? List.of() : split(before, percentage);
			default -> List.of();
		};
		boolean doubleReported = "FUNDS".equals(hop.type()) && Transfers.doubleReported(rels);
		List<FundingReach.Share> shares = "ACTIVE_IN".equals(hop.type()) ? List.of() : shares(before, amounts);
		return new FundingReach.Step(giver, receiver, hop.type(), role, percentage, amounts, List.copyOf(sources),
				doubleReported, shares);
	}

	static List<Amount> split(List<Amount> amounts, double percentage) {
		return amounts.stream()
			.map(a -> new Amount(a.measure(), a.currency(), Transfers.round(a.amount() * percentage / 100.0)))
			.toList();
	}

	/** Only like with like: the same measure and the same stated currency. */
	static List<FundingReach.Share> shares(List<Amount> received, List<Amount> passedOn) {
		if (received == null) {
			return List.of();
		}
		List<FundingReach.Share> shares = new ArrayList<>();
		for (Amount out : passedOn) {
			received.stream()
				.filter(in -> in.measure().equals(out.measure()) && in.currency() != null
						&& in.currency().equals(out.currency()) && in.amount() > 0)
				.findFirst()
				.ifPresent(in -> shares.add(new FundingReach.Share(out.measure(), out.currency(), in.amount(), out.amount(),
						Math.round(out.amount() / in.amount() * 10000.0) / 10000.0)));
		}
		return shares;
	}

	/** Adds amounts of the same measure and currency. */
	static List<Amount> add(List<List<Amount>> lists) {
		Map<List<String>, Double> sums = new java.util.TreeMap<>(
				java.util.Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> Objects.toString(k.get(1), "")));
		lists.forEach(list -> list.forEach(a -> sums.merge(java.util.Arrays.asList(a.measure(), a.currency()), a.amount(), Double::sum)));
		return sums.entrySet().stream().map(e -> new Amount(e.getKey().get(0), e.getKey().get(1), Transfers.round(e.getValue()))).toList();
	}

}
