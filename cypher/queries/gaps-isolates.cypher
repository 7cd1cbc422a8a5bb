// Organisations with no recorded link to another organisation: no partnership, funding,
// membership, joint programme or shared event (as in GET /api/gaps/isolates).
MATCH (a:Organisation)
WHERE NOT EXISTS { (a)-[:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]-(:Organisation) }
  AND NOT EXISTS { (a)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(:Organisation) }
  AND NOT EXISTS { (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(:Organisation) }
  AND NOT EXISTS { (:Organisation)-[:FUNDS]->(:Programme)-[:FUNDS]->(a) }
  AND NOT EXISTS { (a)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(:Organisation) }
RETURN a.id AS id, a.name AS name, a.type AS type,
       [(a)-[:IMPLEMENTS|FUNDS|REPORTS]->(p:Programme) | p.name] AS programmes
ORDER BY name;
