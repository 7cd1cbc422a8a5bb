// Organisations working in a country that share a theme, but have no recorded link.
// A readable version of GET /api/gaps/unconnected: it scores only shared themes and donors
// (with the same rarity weight, ln(1 + N / df)), where the API also weighs grantees, partners,
// networks, other countries and programme types, and builds candidates from rare features only.
// Set first:
// :param country => 'country:ML'
MATCH (:Country {id: $country})<-[:ACTIVE_IN]-(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(o:Organisation)
WITH collect(DISTINCT o) AS actors
WITH actors, size(actors) AS n
UNWIND actors AS o
CALL (o) {
  MATCH (o)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)-[:ADDRESSES]->(t:Theme) RETURN DISTINCT t AS f
  UNION
  MATCH (o)-[:IMPLEMENTS|REPORTS]->(:Programme)<-[:FUNDS]-(d:Organisation) WHERE d <> o RETURN DISTINCT d AS f
}
WITH n, f, collect(o) AS holders
WHERE size(holders) >= 2
UNWIND holders AS a
UNWIND holders AS b
WITH n, f, a, b, size(holders) AS df WHERE a.id < b.id
WITH a, b, sum(log(1.0 + toFloat(n) / df)) AS score, collect(f.name) AS shared
WHERE NOT EXISTS { (a)-[:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]-(b) }
  AND NOT EXISTS { (a)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(b) }
  AND NOT EXISTS { (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(b) }
  AND NOT EXISTS { (b)-[:FUNDS]->(:Programme)-[:FUNDS]->(a) }
  AND NOT EXISTS { (a)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(b) }
RETURN a.name AS actor, b.name AS other, round(score, 3) AS score, shared
ORDER BY score DESC, a.id, b.id
LIMIT 25;
