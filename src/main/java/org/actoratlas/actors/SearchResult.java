package org.actoratlas.actors;

import java.util.List;

/** One search hit, ranked by {@code score}. */
public record SearchResult(String id, String name, String kind, String type, List<String> aliases, double score) {
}
