package org.actoratlas.actors;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Ranked, typo-tolerant search over names and aliases through the {@code node_names} index. A name
 * or alias equal to the query scores 100 more than Lucene gives it, so that "IDLO" finds the
 * organisation before every programme whose name contains the word.
 */
@Component
class SearchQuery {

	private static final String CYPHER = """
			CALL db.index.fulltext.queryNodes('node_names', $lucene, {limit: $candidates}) YIELD node, score
			WHERE $label IS NULL OR $label IN labels(node)
			WITH node, score + CASE
			    WHEN toLower(node.name) = $exact OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact) THEN 100.0
			    ELSE 0.0 END AS ranked
			RETURN node.id AS id, node.name AS name, labels(node) AS labels, node.type AS type,
			       coalesce(node.aliases, []) AS aliases, ranked AS score
			ORDER BY score DESC, size(node.name), id
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	SearchQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<SearchResult> search(String text, Kind kind, int limit) {
		String lucene = LuceneQuery.of(text);
		if (lucene.isBlank()) {
			return List.of();
		}
		Collection<SearchResult> results = this.neo4j.query(CYPHER)
			.bind(lucene).to("lucene")
			.bind(text.strip().toLowerCase()).to("exact")
			.bind(kind == null ? null : kind.label()).to("label")
			.bind(Math.max(limit * 5, 50)).to("candidates")
			.bind(limit).to("limit")
			.fetchAs(SearchResult.class)
			.mappedBy((types, row) -> new SearchResult(row.get("id").asString(), row.get("name").asString(),
					Kind.apiNameOf(row.get("labels").asList(org.neo4j.driver.Value::asString)),
					row.get("type").asString(null), row.get("aliases").asList(org.neo4j.driver.Value::asString),
					row.get("score").asDouble()))
			.all();
		return List.copyOf(results);
	}

}
