package org.actoratlas.gaps;

import java.util.Locale;

/**
 * What two actors can have in common. The weight says how much sharing one such feature says about
 * overlapping work; only substantive kinds make a pair worth showing, since sharing a country or a
 * programme type alone is what every actor in a country does.
 */
enum FeatureKind {

	/** A theme worked on in a place (country or region) both work in. */
	THEME(1.0, true),
	/** A theme both work on, wherever. */
	THEME_ANYWHERE(0.4, false),
	DONOR(1.0, true), GRANTEE(1.0, true), PARTNER(1.2, true), NETWORK(0.8, true), PROGRAMME_TYPE(0.4, false),
	COUNTRY(0.5, false), REGION(0.3, false);

	private final double weight;

	private final boolean substantive;

	FeatureKind(double weight, boolean substantive) {
		this.weight = weight;
		this.substantive = substantive;
	}

	double weight() {
		return this.weight;
	}

	boolean substantive() {
		return this.substantive;
	}

	String apiName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static FeatureKind fromApiName(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
