package org.actoratlas.gaps;

import java.util.ArrayList;
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
import org.jgrapht.graph.DefaultEdge;

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

	/** Actor id to community id ({@code c1} the largest); unlinked actors are absent. */
	static Map<String, String> assign(ActorGraph actors) {
		Graph<String, DefaultEdge> g = actors.graph();
		var clustering = new LabelPropagationClustering<>(g, MAX_ITERATIONS, new Random(SEED)).getClustering();
		List<TreeSet<String>> clusters = new ArrayList<>();
		for (Set<String> cluster : clustering.getClusters()) {
			TreeSet<String> linked = new TreeSet<>();
			cluster.stream().filter(v -> g.degreeOf(v) > 0).forEach(linked::add);
			if (!linked.isEmpty()) {
				clusters.add(linked);
			}
		}
		clusters.sort(Comparator.comparingInt((TreeSet<String> c) -> c.size()).reversed().thenComparing(TreeSet::first));
		Map<String, String> assignment = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			String id = "c" + (i + 1);
			clusters.get(i).forEach(v -> assignment.put(v, id));
		}
		return assignment;
	}

	static Communities find(String country, ActorGraph actors) {
		Graph<String, DefaultEdge> g = actors.graph();
		Map<String, String> assignment = assign(actors);
		Map<String, List<String>> members = new TreeMap<>(Comparator.comparingInt((String id) -> Integer.parseInt(id.substring(1))));
		new TreeSet<>(assignment.keySet()).forEach(v -> members.computeIfAbsent(assignment.get(v), k -> new ArrayList<>()).add(v));
		Map<String, Integer> internal = new HashMap<>();
		Map<String, Integer> external = new HashMap<>();
		Map<String, Integer> inside = new HashMap<>();
		Map<String, List<List<String>>> between = new TreeMap<>();
		for (DefaultEdge e : g.edgeSet()) {
			String a = g.getEdgeSource(e);
			String b = g.getEdgeTarget(e);
			String ca = assignment.get(a);
			String cb = assignment.get(b);
			if (ca.equals(cb)) {
				internal.merge(ca, 1, Integer::sum);
				inside.merge(a, 1, Integer::sum);
				inside.merge(b, 1, Integer::sum);
			}
			else {
				external.merge(ca, 1, Integer::sum);
				external.merge(cb, 1, Integer::sum);
				boolean ordered = Integer.parseInt(ca.substring(1)) < Integer.parseInt(cb.substring(1));
				String key = ordered ? ca + '\n' + cb : cb + '\n' + ca;
				between.computeIfAbsent(key, k -> new ArrayList<>()).add(ordered ? List.of(a, b) : List.of(b, a));
			}
		}
		List<Communities.Community> communities = new ArrayList<>();
		members.forEach((id, ids) -> {
			ids.sort(Comparator.comparingInt((String v) -> -inside.getOrDefault(v, 0)).thenComparing(v -> v));
			Map<String, Integer> groups = new TreeMap<>();
			ids.forEach(v -> groups.merge(actors.actor(v).group(), 1, Integer::sum));
			communities.add(new Communities.Community(id, actors.actor(ids.get(0)).name(), ids.size(),
					ids.stream().map(actors::actor).toList(), groups, internal.getOrDefault(id, 0), external.getOrDefault(id, 0)));
		});
		List<Communities.CommunityLink> links = new ArrayList<>();
		between.forEach((key, pairs) -> {
			String[] ends = key.split("\n");
			pairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
			links.add(new Communities.CommunityLink(ends[0], ends[1], pairs.size(), List.copyOf(pairs.subList(0, Math.min(5, pairs.size())))));
		});
		links.sort(Comparator.comparingInt(Communities.CommunityLink::links).reversed()
			.thenComparing(Communities.CommunityLink::from).thenComparing(Communities.CommunityLink::to));
		List<String> unlinked = new TreeSet<>(g.vertexSet()).stream().filter(v -> g.degreeOf(v) == 0).toList();
		return new Communities(country, ALGORITHM, g.vertexSet().size(), g.edgeSet().size(), communities, links, unlinked);
	}

}
