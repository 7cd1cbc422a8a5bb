package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.actoratlas.system.GraphIndex;
import org.actoratlas.system.GraphStamp;

import org.springframework.stereotype.Component;

/**
 * Every organisation's features (ids only), the programmes it is on and what it is linked to,
 * derived once from the whole graph and kept until the graph changes ({@link GraphStamp}), so that a
 * gap analysis for a country only picks its actors' rows instead of reading the programmes of
 * thousands of organisations on every request. Features do not depend on the country asked about
 * (an organisation's themes and donors are its own wherever it works), so one index serves every
 * query. Feature ids are ints in the features' natural order, and each organisation's are a sorted
 * array, as {@link GapScoring} takes them.
 */
@Component
class FeatureIndex extends GraphIndex<FeatureIndex.Snapshot> {

	private final FeatureQuery featureQuery;

	FeatureIndex(FeatureQuery featureQuery, GraphStamp stamp) {
		super(stamp);
		this.featureQuery = featureQuery;
	}

	@Override
	protected Snapshot build() {
		Builder builder = new Builder();
		this.featureQuery.everyOrganisation(builder);
		return builder.snapshot();
	}

	@Override
	protected String summary(Snapshot snapshot) {
		return snapshot.organisations.size() + " organisations, " + snapshot.features.size() + " features, " + snapshot.programmes.size()
				+ " programmes";
	}

	/** The index at one state of the graph. Organisations are numbered; per number, sorted int arrays. */
	static final class Snapshot {

		private static final int[] NONE = new int[0];

		final List<GapScoring.Feature> features;

		private final Map<String, Integer> organisations;

		private final int[][] featuresOf;

		/** Programmes and events each organisation is on, as numbered tokens: two organisations on one are linked. */
		private final int[][] onOf;

		/** Organisations linked directly, or by funding a programme that funds the other. */
		private final int[][] adjacentOf;

		/** Per entry of {@link #adjacentOf}, how they are linked, as {@link ActorGraph}'s flags seen from the organisation. */
		private final byte[][] adjacentFlags;

		/** Per programme, the organisations on it: (organisation number << 3) | relation bits. */
		private final int[][] holdersOf;

		/** Per event (token -1 - event), the organisations that took part. */
		private final int[][] participantsOf;

		/** Per organisation, (programme index << 3) | relation bits. */
		private final long[][] programmesOf;

		private final List<OrganisationFeatures.Programme> programmes;

		private final OrganisationFeatures.Parents parents;

		private Snapshot(List<GapScoring.Feature> features, Map<String, Integer> organisations, int[][] featuresOf, int[][] onOf,
				int[][] adjacentOf, byte[][] adjacentFlags, long[][] programmesOf, List<OrganisationFeatures.Programme> programmes,
				OrganisationFeatures.Parents parents) {
			this.features = features;
			this.organisations = organisations;
			this.featuresOf = featuresOf;
			this.onOf = onOf;
			this.adjacentOf = adjacentOf;
			this.adjacentFlags = adjacentFlags;
			this.programmesOf = programmesOf;
			this.programmes = programmes;
			this.parents = parents;
			this.holdersOf = holders(programmesOf, programmes.size());
			this.participantsOf = participants(onOf);
		}

		int organisationCount() {
			return this.featuresOf.length;
		}

		/** An organisation's number, or -1 when nothing links it to anything. */
		int organisation(String id) {
			return this.organisations.getOrDefault(id, -1);
		}

		int[] adjacentOf(int organisation) {
			return this.adjacentOf[organisation];
		}

		byte[] adjacentFlags(int organisation) {
			return this.adjacentFlags[organisation];
		}

		/** Per programme the organisation is on, (programme number << 3) | relation bits. */
		long[] programmesOf(int organisation) {
			return this.programmesOf[organisation];
		}

		int[] holdersOf(int programme) {
			return this.holdersOf[programme];
		}

		/** The events the organisation took part in, as event numbers. */
		int[] eventsOf(int organisation) {
			return Arrays.stream(this.onOf[organisation]).filter(token -> token < 0).map(token -> -1 - token).toArray();
		}

		int[] participantsOf(int event) {
			return this.participantsOf[event];
		}

		int[] featuresOf(String actor) {
			Integer i = this.organisations.get(actor);
			return i == null ? NONE : this.featuresOf[i];
		}

		/**
		 * Whether two organisations are already linked: one partners with, funds, or is a member or
		 * part of the other; both implement, fund or report one programme; one funds a programme that
		 * funds the other; or both took part in one event.
		 */
		boolean linked(String a, String b) {
			Integer i = this.organisations.get(a);
			Integer j = this.organisations.get(b);
			if (i == null || j == null) {
				return false;
			}
			return Arrays.binarySearch(this.adjacentOf[i], j) >= 0 || intersect(this.onOf[i], this.onOf[j]);
		}

		/**
		 * The organisations that work in a country, and on one of {@code themes} unless that is empty:
		 * those with the country (and such a theme, anywhere) among their features. The features follow
		 * the rules by which {@link ActorQuery} picks the organisations of a country, so this is its
		 * answer, read from memory instead of from every link of ten thousand organisations.
		 */
		SortedSet<String> organisationsIn(String country, Collection<String> themes) {
			int place = feature(new GapScoring.Feature(FeatureKind.COUNTRY, country, null));
			SortedSet<String> found = new TreeSet<>();
			if (place < 0) {
				return found;
			}
			int[] wantedThemes = themes.stream()
				.mapToInt(theme -> feature(new GapScoring.Feature(FeatureKind.THEME_ANYWHERE, theme, null)))
				.filter(f -> f >= 0)
				.sorted()
				.toArray();
			if (!themes.isEmpty() && wantedThemes.length == 0) {
				return found;
			}
			this.organisations.forEach((id, i) -> {
				int[] features = this.featuresOf[i];
				if (Arrays.binarySearch(features, place) >= 0 && (themes.isEmpty() || intersect(features, wantedThemes))) {
					found.add(id);
				}
			});
			return found;
		}

		/** A feature's number, or -1 when no organisation has it. */
		private int feature(GapScoring.Feature feature) {
			int found = Collections.binarySearch(this.features, feature);
			return found >= 0 ? found : -1;
		}

		/** The programmes that give {@code actor} the {@code wanted} features, at most {@code perFeature} each. */
		Set<String> vias(String actor, Set<GapScoring.Feature> wanted, int perFeature) {
			Integer i = this.organisations.get(actor);
			if (i == null) {
				return Set.of();
			}
			List<OrganisationFeatures.Link> links = new ArrayList<>();
			for (long p : this.programmesOf[i]) {
				links.add(new OrganisationFeatures.Link(this.programmes.get((int) (p >>> 3)), (int) (p & 7)));
			}
			return OrganisationFeatures.vias(actor, links, this.parents, wanted, perFeature);
		}

		private static int[][] holders(long[][] programmesOf, int programmes) {
			int[] counts = new int[programmes];
			for (long[] ofOrganisation : programmesOf) {
				for (long p : ofOrganisation) {
					counts[(int) (p >>> 3)]++;
				}
			}
			int[][] holders = new int[programmes][];
			for (int p = 0; p < programmes; p++) {
				holders[p] = new int[counts[p]];
			}
			Arrays.fill(counts, 0);
			for (int o = 0; o < programmesOf.length; o++) {
				for (long p : programmesOf[o]) {
					int programme = (int) (p >>> 3);
					holders[programme][counts[programme]++] = (o << 3) | (int) (p & 7);
				}
			}
			return holders;
		}

		private static int[][] participants(int[][] onOf) {
			List<IntBag> participants = new ArrayList<>();
			for (int o = 0; o < onOf.length; o++) {
				for (int token : onOf[o]) {
					if (token < 0) {
						while (participants.size() <= -1 - token) {
							participants.add(new IntBag());
						}
						participants.get(-1 - token).add(o);
					}
				}
			}
			return participants.stream().map(IntBag::distinct).toArray(int[][]::new);
		}

		private static boolean intersect(int[] a, int[] b) {
			for (int i = 0, j = 0; i < a.length && j < b.length;) {
				if (a[i] < b[j]) {
					i++;
				}
				else if (a[i] > b[j]) {
					j++;
				}
				else {
					return true;
				}
			}
			return false;
		}

	}

	/** Collects ints in order of first sight; features are renumbered in their natural order at the end. */
	private static final class Builder implements FeatureQuery.Sink {

		/** An adjacency entry packs an organisation number and a byte of flags into one int. */
		private static final int MAX_ORGANISATIONS = 1 << 23;

		private final OrganisationFeatures.Parents parents = new OrganisationFeatures.Parents();

		private final Map<GapScoring.Feature, Integer> featureIds = new HashMap<>();

		private final List<GapScoring.Feature> features = new ArrayList<>();

		private final Map<String, Integer> organisations = new HashMap<>();

		private final List<IntBag> featureBags = new ArrayList<>();

		private final List<IntBag> onBags = new ArrayList<>();

		private final List<IntBag> adjacentBags = new ArrayList<>();

		private final List<List<Long>> programmesOf = new ArrayList<>();

		private final List<OrganisationFeatures.Programme> programmes = new ArrayList<>();

		private final Map<String, Integer> events = new HashMap<>();

		/** Ids repeat on every row: one String each keeps the programmes kept for evidence small. */
		private final Map<String, String> strings = new HashMap<>();

		@Override
		public void partOf(String child, String parent) {
			this.parents.add(child, parent);
		}

		@Override
		public void direct(String actor, FeatureKind kind, String id) {
			addFeature(organisation(actor), new GapScoring.Feature(kind, id, null));
		}

		@Override
		public void programme(OrganisationFeatures.Programme read, List<List<String>> holders) {
			var programme = new OrganisationFeatures.Programme(read.id(), intern(read.type()), intern(read.places()), intern(read.themes()),
					intern(read.funders()), intern(read.implementers()), intern(read.grantees()));
			int index = this.programmes.size();
			this.programmes.add(programme);
			OrganisationFeatures.relations(holders).forEach((actor, relations) -> {
				int o = organisation(actor);
				this.programmesOf.get(o).add(((long) index << 3) | relations);
				this.onBags.get(o).add(index);
				OrganisationFeatures.derive(actor, programme, relations, this.parents, f -> addFeature(o, f));
				if ((relations & OrganisationFeatures.FUNDS) != 0) {
					programme.grantees().forEach(grantee -> link(actor, grantee, ActorGraph.funding()));
				}
			});
		}

		@Override
		public void directLink(String a, String b, String type) {
			link(a, b, switch (type) {
				case "FUNDS" -> ActorGraph.funding();
				case "PARTNERS_WITH" -> ActorGraph.undirected("partners");
				default -> ActorGraph.undirected("member");
			});
		}

		/** Both ends keep the other, as (number << 8) | flags seen from that end. */
		private void link(String a, String b, int flagsFromA) {
			int i = organisation(a);
			int j = organisation(b);
			if (i != j) {
				this.adjacentBags.get(i).add((j << 8) | flagsFromA);
				this.adjacentBags.get(j).add((i << 8) | ActorGraph.reversed(flagsFromA));
			}
		}

		@Override
		public void event(String organisation, String event) {
			// Events are numbered after the programmes, in one token space.
			int token = this.events.computeIfAbsent(event, e -> -1 - this.events.size());
			this.onBags.get(organisation(organisation)).add(token);
		}

		private int organisation(String id) {
			return this.organisations.computeIfAbsent(intern(id), k -> {
				if (this.featureBags.size() == MAX_ORGANISATIONS) {
					throw new IllegalStateException("The gap index holds at most " + MAX_ORGANISATIONS + " organisations");
				}
				this.featureBags.add(new IntBag());
				this.onBags.add(new IntBag());
				this.adjacentBags.add(new IntBag());
				this.programmesOf.add(new ArrayList<>());
				return this.featureBags.size() - 1;
			});
		}

		private void addFeature(int organisation, GapScoring.Feature feature) {
			int id = this.featureIds.computeIfAbsent(feature, f -> {
				this.features.add(f);
				return this.features.size() - 1;
			});
			this.featureBags.get(organisation).add(id);
		}

		private String intern(String value) {
			return value == null ? null : this.strings.computeIfAbsent(value, v -> v);
		}

		private List<String> intern(List<String> values) {
			return values.isEmpty() ? List.of() : values.stream().map(this::intern).toList();
		}

		Snapshot snapshot() {
			List<GapScoring.Feature> sorted = new ArrayList<>(new TreeSet<>(this.features));
			int[] renumbered = new int[this.features.size()];
			for (int i = 0; i < sorted.size(); i++) {
				renumbered[this.featureIds.get(sorted.get(i))] = i;
			}
			int n = this.featureBags.size();
			int[][] featuresOf = new int[n][];
			int[][] onOf = new int[n][];
			int[][] adjacentOf = new int[n][];
			byte[][] adjacentFlags = new byte[n][];
			long[][] programmesOf = new long[n][];
			for (int o = 0; o < n; o++) {
				int[] ids = this.featureBags.get(o).distinct();
				for (int i = 0; i < ids.length; i++) {
					ids[i] = renumbered[ids[i]];
				}
				Arrays.sort(ids);
				featuresOf[o] = ids;
				onOf[o] = this.onBags.get(o).distinct();
				int[] entries = this.adjacentBags.get(o).distinct();
				int[] adjacent = new int[entries.length];
				byte[] flags = new byte[entries.length];
				int kept = 0;
				for (int entry : entries) {
					if (kept > 0 && adjacent[kept - 1] == entry >>> 8) {
						flags[kept - 1] |= (byte) entry;
					}
					else {
						adjacent[kept] = entry >>> 8;
						flags[kept++] = (byte) entry;
					}
				}
				adjacentOf[o] = Arrays.copyOf(adjacent, kept);
				adjacentFlags[o] = Arrays.copyOf(flags, kept);
				programmesOf[o] = this.programmesOf.get(o).stream().mapToLong(Long::longValue).toArray();
			}
			return new Snapshot(List.copyOf(sorted), Map.copyOf(this.organisations), featuresOf, onOf, adjacentOf, adjacentFlags, programmesOf,
					List.copyOf(this.programmes), this.parents);
		}

	}

	/** A growing int array that drops duplicates whenever it fills up, so a donor on 500 programmes stays small. */
	private static final class IntBag {

		private int[] values = new int[4];

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

		/** Sorted, without duplicates. */
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
