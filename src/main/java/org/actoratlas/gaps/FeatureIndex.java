package org.actoratlas.gaps;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every organisation's features (ids only), derived once from the whole graph and kept until the
 * graph changes ({@link GraphStamp}), so that a gap analysis for a country only picks its actors'
 * rows instead of reading the programmes of thousands of organisations on every request. Features
 * do not depend on the country asked about (an organisation's themes and donors are its own
 * wherever it works), so one index serves every query. Feature ids are ints in the features'
 * natural order, and each organisation's are a sorted array, as {@link GapScoring} takes them.
 */
@Component
class FeatureIndex {

	/** A feature index at one state of the graph. */
	record Snapshot(List<GapScoring.Feature> features, Map<String, int[]> featuresOf) {

		int[] of(String actor) {
			return this.featuresOf.getOrDefault(actor, new int[0]);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(FeatureIndex.class);

	private final FeatureQuery featureQuery;

	private final StampedCache<String, Snapshot> cache;

	FeatureIndex(FeatureQuery featureQuery, GraphStamp stamp) {
		this.featureQuery = featureQuery;
		this.cache = new StampedCache<>(stamp, Duration.ofMinutes(10), Clock.systemUTC());
	}

	Snapshot current() {
		return this.cache.get("", key -> build());
	}

	private Snapshot build() {
		long start = System.nanoTime();
		Builder builder = new Builder();
		this.featureQuery.everyOrganisation(builder);
		Snapshot snapshot = builder.snapshot();
		log.info("Gap feature index: {} organisations, {} features, built in {} ms", snapshot.featuresOf().size(),
				snapshot.features().size(), (System.nanoTime() - start) / 1_000_000);
		return snapshot;
	}

	/** Collects features as ints in order of first sight, then renumbers them in natural order. */
	private static final class Builder implements FeatureQuery.Sink {

		private final OrganisationFeatures.Parents parents = new OrganisationFeatures.Parents();

		private final Map<GapScoring.Feature, Integer> ids = new HashMap<>();

		private final List<GapScoring.Feature> features = new ArrayList<>();

		private final Map<String, IntBag> bags = new HashMap<>();

		@Override
		public void partOf(String child, String parent) {
			this.parents.add(child, parent);
		}

		@Override
		public void direct(String actor, FeatureKind kind, String id) {
			add(actor, new GapScoring.Feature(kind, id, null));
		}

		@Override
		public void programme(OrganisationFeatures.Programme programme, List<List<String>> holders) {
			OrganisationFeatures.relations(holders)
				.forEach((actor, relations) -> OrganisationFeatures.derive(actor, programme, relations, this.parents, f -> add(actor, f)));
		}

		private void add(String actor, GapScoring.Feature feature) {
			int id = this.ids.computeIfAbsent(feature, f -> {
				this.features.add(f);
				return this.features.size() - 1;
			});
			this.bags.computeIfAbsent(actor, a -> new IntBag()).add(id);
		}

		Snapshot snapshot() {
			List<GapScoring.Feature> sorted = new ArrayList<>(new TreeSet<>(this.features));
			int[] renumbered = new int[this.features.size()];
			for (int i = 0; i < sorted.size(); i++) {
				renumbered[this.ids.get(sorted.get(i))] = i;
			}
			Map<String, int[]> featuresOf = new HashMap<>();
			this.bags.forEach((actor, bag) -> {
				int[] ids = bag.distinct();
				for (int i = 0; i < ids.length; i++) {
					ids[i] = renumbered[ids[i]];
				}
				Arrays.sort(ids);
				featuresOf.put(actor, ids);
			});
			return new Snapshot(List.copyOf(sorted), featuresOf);
		}

	}

	/** A growing int array that drops duplicates whenever it fills up, so a donor on 500 programmes stays small. */
	private static final class IntBag {

		private int[] values = new int[16];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.size = compact();
				if (this.size > this.values.length / 2) {
					this.values = Arrays.copyOf(this.values, this.values.length * 2);
				}
			}
			this.values[this.size++] = value;
		}

		int[] distinct() {
			return Arrays.copyOf(this.values, compact());
		}

		private int compact() {
			Arrays.sort(this.values, 0, this.size);
			int kept = 0;
			for (int i = 0; i < this.size; i++) {
				if (kept == 0 || this.values[kept - 1] != this.values[i]) {
					this.values[kept++] = this.values[i];
				}
			}
			return kept;
		}

	}

}
