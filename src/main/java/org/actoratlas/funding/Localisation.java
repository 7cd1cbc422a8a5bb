package org.actoratlas.funding;

import java.util.List;

/**
 * How much of the funding traced to a country reaches organisations based in it.
 *
 * @param overall every programme active in the country counted once
 * @param byDonor per direct funder of those programmes; a co-funded programme counts under each of
 * its funders, so these do not add up to {@code overall}
 * @param byImplementers programmes counted by whether their implementers are based in the country,
 * for the many programmes recorded without amounts
 * @param truncated whether the programme limit cut the count short
 */
public record Localisation(FundingReach.NodeRef country, Share overall, List<DonorShare> byDonor,
		ProgrammeCount byImplementers, boolean truncated) {

	/**
	 * @param local amounts that reached organisations based in the country
	 * @param traced all amounts whose receiving organisation is known
	 * @param shares local over traced, per measure and currency
	 * @param mixed amounts passed to several implementers, some local and some not, which cannot be
	 * attributed and are left out of both
	 */
	public record Share(List<Amount> local, List<Amount> traced, List<Ratio> shares, List<Amount> mixed) {
	}

	public record Ratio(String measure, String currency, double share) {
	}

	public record DonorShare(FundingReach.NodeRef donor, int programmes, Share share) {
	}

	public record ProgrammeCount(int programmes, int withImplementers, int withLocalImplementer) {
	}

}
