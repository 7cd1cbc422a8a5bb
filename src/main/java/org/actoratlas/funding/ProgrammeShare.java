package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One programme's money in a country: what reached local organisations, all that was traced, and what could not be attributed. */
record ProgrammeShare(List<Amount> local, List<Amount> traced, List<Amount> mixed) {

	/**
	 * @param recipients rows with {@code local} and {@code rels} for each organisation the programme paid
	 * @param implementersLocal for each implementer, whether it is based in the country
	 * @param percentage the programme's share for the country, 0 to 100
	 */
	static ProgrammeShare of(List<Map<String, Object>> recipients, List<Boolean> implementersLocal, List<Amount> received,
			boolean passesToProgrammes, double percentage) {
		List<List<Amount>> local = new ArrayList<>();
		List<List<Amount>> traced = new ArrayList<>();
		for (Map<String, Object> row : recipients) {
			List<Amount> amounts = Steps.split(Transfers.sum(Transfers.counted(FundingLinks.rels(row.get("rels")))), percentage);
			traced.add(amounts);
			if (Boolean.TRUE.equals(row.get("local"))) {
				local.add(amounts);
			}
		}
		List<Amount> mixed = List.of();
		if (recipients.isEmpty() && !passesToProgrammes && !implementersLocal.isEmpty()) {
			List<Amount> amounts = Steps.split(received, percentage);
			if (!implementersLocal.contains(Boolean.FALSE)) {
				local.add(amounts);
				traced.add(amounts);
			}
			else if (!implementersLocal.contains(Boolean.TRUE)) {
				traced.add(amounts);
			}
			else {
				mixed = amounts;
			}
		}
		return new ProgrammeShare(Steps.add(local), Steps.add(traced), mixed);
	}

	static Localisation.Share combine(Collection<ProgrammeShare> programmes) {
		List<Amount> local = Steps.add(programmes.stream().map(ProgrammeShare::local).toList());
		List<Amount> traced = Steps.add(programmes.stream().map(ProgrammeShare::traced).toList());
		List<Amount> mixed = Steps.add(programmes.stream().map(ProgrammeShare::mixed).toList());
		List<Localisation.Ratio> ratios = traced.stream().filter(t -> t.amount() > 0).map(t -> {
			double part = local.stream().filter(l -> l.measure().equals(t.measure()) && java.util.Objects.equals(l.currency(), t.currency()))
				.mapToDouble(Amount::amount).sum();
			return new Localisation.Ratio(t.measure(), t.currency(), Math.round(part / t.amount() * 10000.0) / 10000.0);
		}).toList();
		return new Localisation.Share(local, traced, ratios, mixed);
	}

}
