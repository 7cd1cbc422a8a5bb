// What one imported file stated: the relationships that cite it, with the record behind each.
// :param sourceId => 'source:import-6a1eb485583e791a'
MATCH (s:Source {id: $sourceId})
MATCH (a)-[r]->(b)
WHERE $sourceId IN r.sourceIds
// The evidence for a source sits at the same position as its id in sourceIds.
RETURN a.name AS from, type(r) AS relationship, b.name AS to, r.amount AS amount, r.currency AS currency,
       [i IN range(0, size(r.sourceIds) - 1) WHERE r.sourceIds[i] = $sourceId | r.evidence[i]][0] AS record
ORDER BY relationship, from, to
LIMIT 500;
