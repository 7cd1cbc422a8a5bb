package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;

/**
 * Communities by label propagation (JGraphT, Raghavan et al. 2007) with a fixed seed on a graph
 * whose vertices are inserted in id order, so the same data gives the same clusters. Actors
 * without links are not clusters; they are listed apart.
 */
final class CommunityFinder {

	static final long SEED = 7L;

	static final int MAX_ITERATIONS = 100;

	static final String ALGORITHM = "label propagation (JGraphT), seed " + SEED + ", at most " + MAX_ITERATIONS + " iterations";

	private CommunityFinder() {
	}

	/** Per actor number, its community ({@code c1} the largest), null for an actor without links. */
	static List<String> assign(ActorGraph actors) {
		Graph<Integer, Integer> g = actors.jgrapht();
		var clustering = new LabelPropagationClustering<>(g, MAX_ITERATIONS, new Random(SEED)).getClustering();
		List<TreeSet<Integer>> clusters = new ArrayList<>();
		for (Set<Integer> cluster : clustering.getClusters()) {
			TreeSet<Integer> linked = new TreeSet<>();
			cluster.stream().filter(v -> actors.degree(v) > 0).forEach(linked::add);
			if (!linked.isEmpty()) {
				clusters.add(linked);
			}
		}
		clusters.sort(Comparator.comparingInt((TreeSet<Integer> c) -> c.size()).reversed().thenComparing(TreeSet::first));
		String[] assignment = new String[actors.size()];
		for (int i = 0; i < clusters.size(); i++) {
			String id = "c" + (i + 1);
			clusters.get(i).forEach(v -> assignment[v] = id);
		}
		return Collections.unmodifiableList(Arrays.asList(assignment));
	}

	static Communities find(String country, ActorGraph actors) {
		List<String> assignment = actors.communities();
		Map<String, List<Integer>> members = new TreeMap<>(Comparator.comparingInt((String id) -> Integer.parseInt(id.substring(1))));
		for (int v = 0; v < actors.size(); v++) {
			if (assignment.get(v) != null) {
				members.computeIfAbsent(assignment.get(v), k -> new ArrayList<>()).add(v);
			}
		}
		Map<String, Integer> internal = new HashMap<>();
		Map<String, Integer> external = new HashMap<>();
		int[] inside = new int[actors.size()];
		Map<String, List<int[]>> between = new TreeMap<>();
		int[] neighbours = actors.neighbourArray();
		for (int a = 0; a < actors.size(); a++) {
			for (int k = actors.firstLink(a); k < actors.firstLink(a + 1); k++) {
				int b = neighbours[k];
				if (b < a) {
					continue;
				}
				String ca = assignment.get(a);
				String cb = assignment.get(b);
				if (ca.equals(cb)) {
					internal.merge(ca, 1, Integer::sum);
					inside[a]++;
					inside[b]++;
				}
				else {
					external.merge(ca, 1, Integer::sum);
					external.merge(cb, 1, Integer::sum);
					boolean ordered = Integer.parseInt(ca.substring(1)) < Integer.parseInt(cb.substring(1));
					String key = ordered ? ca + '\n' + cb : cb + '\n' + ca;
					between.computeIfAbsent(key, x -> new ArrayList<>()).add(ordered ? new int[] { a, b } : new int[] { b, a });
				}
			}
		}
		List<Communities.Community> communities = new ArrayList<>();
		members.forEach((id, list) -> {
			list.sort(Comparator.comparingInt((Integer v) -> -inside[v]).thenComparing(v -> v));
			Map<String, Integer> groups = new TreeMap<>();
			list.forEach(v -> groups.merge(actors.actor(v).group(), 1, Integer::sum));
			communities.add(new Communities.Community(id, actors.actor(list.get(0)).name(), list.size(),
					list.stream().map(actors::actor).toList(), groups, internal.getOrDefault(id, 0), external.getOrDefault(id, 0)));
		});
		List<Communities.CommunityLink> links = new ArrayList<>();
		between.forEach((key, pairs) -> {
			String[] ends = key.split("\n");
			pairs.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
			links.add(new Communities.CommunityLink(ends[0], ends[1], pairs.size(), pairs.subList(0, Math.min(5, pairs.size())).stream()
				.map(p -> List.of(actors.actor(p[0]).id(), actors.actor(p[1]).id())).toList()));
		});
		links.sort(Comparator.comparingInt(Communities.CommunityLink::links).reversed()
			.thenComparing(Communities.CommunityLink::from).thenComparing(Communities.CommunityLink::to));
		List<String> unlinked = new ArrayList<>();
		for (int v = 0; v < actors.size(); v++) {
			if (actors.degree(v) == 0) {
				unlinked.add(actors.actor(v).id());
			}
		}
		return new Communities(country, ALGORITHM, actors.size(), actors.links(), communities, links, unlinked);
	}

}
