package org.actoratlas.gaps;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Organisations and the recorded links between them (the same links that make a pair "linked" in
 * {@link LinkQuery}), as an undirected JGraphT graph with vertices in id order, so that algorithms
 * that iterate it are deterministic. Funding also keeps its direction (funder to grantee) for
 * brokerage roles; every other link counts both ways.
 */
final class ActorGraph {

	/** A link as read from the graph: {@code how} is partners, funds, member, programme, co-funding or event. */
	record Link(String a, String b, String how, boolean directed) {
	}

	private final Map<String, Actor> actors = new LinkedHashMap<>();

	private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);

	private final Set<String> arcs = new HashSet<>();

	private final Map<String, Set<String>> how = new TreeMap<>();

	private volatile Betweenness.Result betweenness;

	ActorGraph(Collection<Actor> actors, Collection<Link> links) {
		actors.stream().sorted(Comparator.comparing(Actor::id)).forEach(actor -> {
			this.actors.put(actor.id(), actor);
			this.graph.addVertex(actor.id());
		});
		links.stream().sorted(Comparator.comparing(Link::a).thenComparing(Link::b)).forEach(link -> {
			if (link.a().equals(link.b()) || !this.actors.containsKey(link.a()) || !this.actors.containsKey(link.b())) {
				return;
			}
			this.graph.addEdge(link.a(), link.b());
			this.arcs.add(link.a() + '\n' + link.b());
			if (!link.directed()) {
				this.arcs.add(link.b() + '\n' + link.a());
			}
			this.how.computeIfAbsent(key(link.a(), link.b()), k -> new TreeSet<>()).add(link.how());
		});
	}

	Graph<String, DefaultEdge> graph() {
		return this.graph;
	}

	Actor actor(String id) {
		return this.actors.get(id);
	}

	List<Actor> actors() {
		return List.copyOf(this.actors.values());
	}

	boolean arc(String from, String to) {
		return this.arcs.contains(from + '\n' + to);
	}

	/** How two linked actors are linked, e.g. [event, funds]. */
	Set<String> how(String a, String b) {
		return this.how.getOrDefault(key(a, b), Set.of());
	}

	int degree(String id) {
		return this.graph.degreeOf(id);
	}

	/** Betweenness is the costly part, so it is computed once per graph snapshot. */
	Betweenness.Result betweenness() {
		Betweenness.Result result = this.betweenness;
		if (result == null) {
			synchronized (this) {
				if (this.betweenness == null) {
					this.betweenness = Betweenness.of(this.graph);
				}
				result = this.betweenness;
			}
		}
		return result;
	}

	private static String key(String a, String b) {
		return a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
	}

}
