// Search names and aliases: exact, prefix and typo-tolerant (what /api/search does).
// :param q => 'idlo';
// :param lucene => '(idlo^4 OR idlo*^2 OR idlo~1)';
CALL db.index.fulltext.queryNodes('node_names', $lucene, {limit: 50}) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node) AS labels, node.aliases AS aliases,
       score + CASE WHEN toLower(node.name) = toLower($q)
                      OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = toLower($q)) THEN 100 ELSE 0 END AS score
ORDER BY score DESC, id
LIMIT 10;
