package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.actoratlas.system.GraphIndex;
import org.actoratlas.system.GraphStamp;
import org.springframework.stereotype.Component;

/**
 * Which node passes money to which, for the whole graph, in int arrays: every FUNDS link, every
 * programme to the implementers it pays, every programme to the countries it is active in; with
 * each such node's name and kind, and where a programme's incoming funds do not cite the funder's
 * activity (a break in the chain). The
 * funding traversal walks it in memory instead of asking the database one level at a time (six
 * round trips at depth 6, a hub's thousands of links read on each), then reads the relationships
 * of only the hops it keeps. Built once per state of the graph ({@link GraphStamp}): at a million
 * relationships in a few seconds and about 10 bytes a link.
 */
@Component
class FundingIndex extends GraphIndex<FundingIndex.Snapshot> {

	/** Hop types, in the order their codes sort. */
	static final List<String> TYPES = List.of("ACTIVE_IN", "FUNDS", "IMPLEMENTS");

	private final FundingLinks links;

	FundingIndex(FundingLinks links, GraphStamp stamp) {
		super(stamp);
		this.links = links;
	}

	@Override
	protected Snapshot build() {
		Builder builder = new Builder();
		this.links.everyMoneyLink(builder::add);
		this.links.everyNodeWithMoney(builder::node);
		this.links.everyUncitedFunderActivity(builder::uncited);
		return builder.snapshot();
	}

	@Override
	protected String summary(Snapshot snapshot) {
		return snapshot.ids.length + " nodes, " + snapshot.down.far().length + " links";
	}

	/** Links of one direction as compressed sparse rows, each run sorted by the far node's id, then type. */
	private record Adjacency(int[] start, int[] far, byte[] type) {
	}

	/**
	 * The relationships behind each downstream link, by its position k in the downstream adjacency:
	 * {@code numbers[start[k]..start[k+1])}, element ids {@code prefix + number}.
	 */
	private record Relationships(int[] start, long[] numbers, String prefix) {
	}

	private static long key(long giver, long receiver, long type) {
		return (giver << 33) | (receiver << 2) | type;
	}

	/** The index at one state of the graph; node numbers are positions in id order. */
	static final class Snapshot {

		private final String[] ids;

		private final Map<String, Integer> numbers;

		private final Adjacency down;

		private final Adjacency up;

		private final FundingReach.NodeRef[] nodes;

		private final Map<String, List<FundingReach.Break>> uncited;

		private final Relationships relationships;

		private Snapshot(String[] ids, Map<String, Integer> numbers, Adjacency down, Adjacency up, FundingReach.NodeRef[] nodes,
				Map<String, List<FundingReach.Break>> uncited, Relationships relationships) {
			this.ids = ids;
			this.numbers = numbers;
			this.down = down;
			this.up = up;
			this.nodes = nodes;
			this.uncited = uncited;
			this.relationships = relationships;
		}

		/**
		 * The element ids of the relationships that make a hop, so that they are read directly rather
		 * than found from their ends through the id index; empty when the store's element ids are not
		 * of the usual form (then the hop is described by its ends).
		 */
		List<String> relationshipIds(FundingTraversal.Hop hop, boolean upstream) {
			Integer giver = this.numbers.get(upstream ? hop.far() : hop.near());
			Integer receiver = this.numbers.get(upstream ? hop.near() : hop.far());
			if (this.relationships == null || giver == null || receiver == null) {
				return List.of();
			}
			int k = position(this.down, giver, receiver, TYPES.indexOf(hop.type()));
			if (k < 0) {
				return List.of();
			}
			List<String> elementIds = new ArrayList<>();
			for (int i = this.relationships.start()[k]; i < this.relationships.start()[k + 1]; i++) {
				elementIds.add(this.relationships.prefix() + this.relationships.numbers()[i]);
			}
			return elementIds;
		}

		/** A node on a money link as the funding views show it; empty for any other node. */
		Optional<FundingReach.NodeRef> node(String id) {
			Integer v = this.numbers.get(id);
			return v == null ? Optional.empty() : Optional.ofNullable(this.nodes[v]);
		}

		/** Incoming funds of a programme that name the funding organisation but none of its activities, by funder. */
		List<FundingReach.Break> uncitedFunderActivities(String programme) {
			return this.uncited.getOrDefault(programme, List.of());
		}

		/** The nodes on a money link, in id order. */
		List<String> ids() {
			return List.of(this.ids);
		}

		/** The same index as if the store's element ids had been of an unknown form: hops are described by their ends. */
		Snapshot withoutRelationshipIds() {
			return new Snapshot(this.ids, this.numbers, this.down, this.up, this.nodes, this.uncited, null);
		}

		/** From a node to those it passes money to. */
		FundingTraversal.Expander downstream() {
			return (frontier, take) -> expand(this.down, frontier, take);
		}

		/** From a node to those that pass it money. */
		FundingTraversal.Expander upstream() {
			return (frontier, take) -> expand(this.up, frontier, take);
		}

		/** Where the link from {@code near} to {@code far} of this type is in the adjacency, or -1. */
		private static int position(Adjacency links, int near, int far, int type) {
			int from = links.start()[near];
			int to = links.start()[near + 1];
			int k = Arrays.binarySearch(links.far(), from, to, far);
			if (k < 0) {
				return -1;
			}
			while (k > from && links.far()[k - 1] == far) {
				k--;
			}
			for (; k < to && links.far()[k] == far; k++) {
				if (links.type()[k] == type) {
					return k;
				}
			}
			return -1;
		}

		private List<FundingTraversal.Hop> expand(Adjacency links, List<String> frontier, int take) {
			List<FundingTraversal.Hop> hops = new ArrayList<>();
			for (String near : frontier) {
				Integer v = this.numbers.get(near);
				if (v == null) {
					continue;
				}
				for (int k = links.start()[v]; k < links.start()[v + 1]; k++) {
					if (hops.size() >= take) {
						return hops;
					}
					hops.add(new FundingTraversal.Hop(near, this.ids[links.far()[k]], TYPES.get(links.type()[k]), List.of()));
				}
			}
			return hops;
		}

	}

	/**
	 * Collects links as longs, (giver << 33) | (receiver << 2) | type, with nodes numbered as they come;
	 * the snapshot renumbers them in id order and drops repeats (one per transaction on the same pair).
	 */
	static final class Builder {

		private final Map<String, Integer> numbers = new HashMap<>();

		private final List<String> ids = new ArrayList<>();

		private long[] links = new long[1024];

		private long[] relationships = new long[1024];

		/** What every relationship's element id starts with, null until the first; "" once one differs. */
		private String elementIdPrefix;

		private int size;

		private final List<FundingReach.NodeRef> nodes = new ArrayList<>();

		private final Map<String, List<FundingReach.Break>> uncited = new HashMap<>();

		void node(FundingReach.NodeRef node) {
			this.nodes.add(node);
		}

		void uncited(FundingReach.Break uncitedFunder) {
			this.uncited.computeIfAbsent(uncitedFunder.nodeId(), key -> new ArrayList<>()).add(uncitedFunder);
		}

		void add(String giver, String receiver, String type, String elementId) {
			int code = TYPES.indexOf(type);
			if (code < 0) {
				throw new IllegalArgumentException("not a kind of money link: " + type);
			}
			if (giver.equals(receiver)) {
				return;
			}
			if (this.size == this.links.length) {
				this.links = Arrays.copyOf(this.links, this.size * 2);
				this.relationships = Arrays.copyOf(this.relationships, this.size * 2);
			}
			this.relationships[this.size] = relationshipNumber(elementId);
			this.links[this.size++] = key(number(giver), number(receiver), code);
		}

		/** The number that ends an element id such as {@code 5:<database>:1234}, if all share the rest. */
		private long relationshipNumber(String elementId) {
			int colon = elementId.lastIndexOf(':');
			String prefix = elementId.substring(0, colon + 1);
			String digits = elementId.substring(colon + 1);
			if (this.elementIdPrefix == null) {
				this.elementIdPrefix = prefix;
			}
			if (!prefix.equals(this.elementIdPrefix) || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
					|| digits.length() > 18) {
				this.elementIdPrefix = "";
				return -1;
			}
			return Long.parseLong(digits);
		}

		private int number(String id) {
			return this.numbers.computeIfAbsent(id, key -> {
				this.ids.add(key);
				return this.ids.size() - 1;
			});
		}

		Snapshot snapshot() {
			int n = this.ids.size();
			String[] sorted = this.ids.toArray(String[]::new);
			Arrays.sort(sorted);
			Map<String, Integer> numbers = new HashMap<>(n * 2);
			int[] renumber = new int[n];
			for (int i = 0; i < n; i++) {
				numbers.put(sorted[i], i);
			}
			for (int i = 0; i < n; i++) {
				renumber[i] = numbers.get(this.ids.get(i));
			}
			long[] down = new long[this.size];
			long[] up = new long[this.size];
			for (int i = 0; i < this.size; i++) {
				long link = this.links[i];
				long giver = renumber[(int) (link >>> 33)];
				long receiver = renumber[(int) ((link >>> 2) & 0x7FFF_FFFF)];
				long type = link & 3;
				down[i] = key(giver, receiver, type);
				up[i] = key(receiver, giver, type);
			}
			this.links = null;
			long[] downLinks = sortedDistinct(down);
			Relationships relationships = relationships(down, downLinks);
			this.relationships = null;
			FundingReach.NodeRef[] refs = new FundingReach.NodeRef[n];
			for (FundingReach.NodeRef node : this.nodes) {
				Integer v = numbers.get(node.id());
				if (v != null) {
					refs[v] = node;
				}
			}
			Map<String, List<FundingReach.Break>> uncitedByProgramme = new HashMap<>();
			this.uncited.forEach((programme, breaks) -> uncitedByProgramme.put(programme,
					breaks.stream().sorted(Comparator.comparing(FundingReach.Break::relatedId)).toList()));
			// Plain hash maps: an answer looks up hundreds of ids, and Map.copyOf's probing was a visible cost in profiles.
			return new Snapshot(sorted, numbers, adjacency(downLinks, n), adjacency(sortedDistinct(up), n), refs, uncitedByProgramme,
					relationships);
		}

		/**
		 * Groups the relationship numbers by downstream link (its position in {@code links}, the
		 * sorted distinct keys of {@code rowKeys}); null when the element ids were not all of one form.
		 */
		private Relationships relationships(long[] rowKeys, long[] links) {
			if (this.elementIdPrefix == null || this.elementIdPrefix.isEmpty()) {
				return null;
			}
			int[] linkOf = new int[rowKeys.length];
			int[] start = new int[links.length + 1];
			for (int i = 0; i < rowKeys.length; i++) {
				linkOf[i] = Arrays.binarySearch(links, rowKeys[i]);
				start[linkOf[i] + 1]++;
			}
			for (int k = 0; k < links.length; k++) {
				start[k + 1] += start[k];
			}
			int[] fill = Arrays.copyOf(start, links.length);
			long[] numbers = new long[rowKeys.length];
			for (int i = 0; i < rowKeys.length; i++) {
				numbers[fill[linkOf[i]]++] = this.relationships[i];
			}
			return new Relationships(start, numbers, this.elementIdPrefix);
		}

		/** The keys sorted, repeats dropped (one per transaction on the same pair), as a new array. */
		private static long[] sortedDistinct(long[] keys) {
			long[] sorted = keys.clone();
			Arrays.sort(sorted);
			int kept = 0;
			for (int i = 0; i < sorted.length; i++) {
				if (kept == 0 || sorted[kept - 1] != sorted[i]) {
					sorted[kept++] = sorted[i];
				}
			}
			return Arrays.copyOf(sorted, kept);
		}

		/** Sorted distinct links as rows per near node. */
		private static Adjacency adjacency(long[] links, int n) {
			int[] start = new int[n + 1];
			int[] far = new int[links.length];
			byte[] type = new byte[links.length];
			for (int i = 0; i < links.length; i++) {
				start[(int) (links[i] >>> 33) + 1]++;
				far[i] = (int) ((links[i] >>> 2) & 0x7FFF_FFFF);
				type[i] = (byte) (links[i] & 3);
			}
			for (int v = 0; v < n; v++) {
				start[v + 1] += start[v];
			}
			return new Adjacency(start, far, type);
		}

	}

}
