// Who funds this node, directly or through intermediaries (the API's /api/funding/upstream/{id}).
// Money reaches a node over FUNDS, an implementer from the programme it IMPLEMENTS (not an IATI extending or
// accountable organisation, which manages or answers for the money), and a country from the programmes ACTIVE_IN it. This Browser version lists the shortest chain to each funder; the API
// walks level by level instead (docs/funding.md), which stays fast on hubs, and counts amounts once.
// :param id => 'programme:hs-strategy-mali';
// :param maxDepth => 6;
MATCH (focus:Node {id: $id})
MATCH p = shortestPath((funder:Node)-[:FUNDS|IMPLEMENTS|ACTIVE_IN*1..6]-(focus))
WHERE funder <> focus
  AND all(i IN range(0, length(p) - 1) WHERE
        (type(relationships(p)[i]) = 'FUNDS' AND startNode(relationships(p)[i]) = nodes(p)[i])
     OR (type(relationships(p)[i]) = 'IMPLEMENTS' AND endNode(relationships(p)[i]) = nodes(p)[i]
            AND NOT coalesce(relationships(p)[i].role, '') IN ['extending', 'accountable', 'funding'])
     OR (type(relationships(p)[i]) = 'ACTIVE_IN' AND startNode(relationships(p)[i]) = nodes(p)[i]))
  AND length(p) <= $maxDepth
RETURN funder.id AS funder, funder.name AS name, length(p) AS depth,
       [n IN nodes(p) | n.id] AS chain, [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r {.amount, .currency, .transactionType, .sourceIds}] AS steps
ORDER BY depth, funder
LIMIT 200;
