// One node, its relationships and, for each, the sources that state it with the quoted evidence.
// :param id => 'org:idlo';
MATCH (n:Node {id: $id})-[r]-(m:Node)
UNWIND range(0, size(r.sourceIds) - 1) AS i
MATCH (s:Source {id: r.sourceIds[i]})
RETURN type(r) AS relationship, startNode(r) = n AS outgoing, m.name AS other,
       s.title AS source, r.evidence[i] AS evidence
ORDER BY relationship, other;
