// Where an actor's money goes: programmes it funds, their implementers (not IATI extending or accountable
// organisations), sub-grantees and countries (the API's /api/funding/downstream/{id}). Shortest chain to each recipient.
// :param id => 'org:nl-mfa';
MATCH (donor:Node {id: $id})
MATCH p = shortestPath((donor)-[:FUNDS|IMPLEMENTS|ACTIVE_IN*1..6]-(recipient:Node))
WHERE recipient <> donor
  AND all(i IN range(0, length(p) - 1) WHERE
        (type(relationships(p)[i]) = 'FUNDS' AND startNode(relationships(p)[i]) = nodes(p)[i])
     OR (type(relationships(p)[i]) = 'IMPLEMENTS' AND startNode(relationships(p)[i]) = nodes(p)[i + 1]
            AND NOT coalesce(relationships(p)[i].role, '') IN ['extending', 'accountable', 'funding'])
     OR (type(relationships(p)[i]) = 'ACTIVE_IN' AND startNode(relationships(p)[i]) = nodes(p)[i] AND nodes(p)[i]:Programme))
RETURN recipient.id AS recipient, recipient.name AS name, labels(recipient) AS labels, length(p) AS depth,
       [n IN nodes(p) | n.id] AS chain,
       [r IN relationships(p) | {type: type(r), amount: r.amount, currency: r.currency, percentage: r.percentage}] AS steps
ORDER BY depth, recipient
LIMIT 200;
