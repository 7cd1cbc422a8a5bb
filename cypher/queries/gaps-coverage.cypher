// Who does what where: organisations and programmes per country and theme, and the traced
// funding (FUNDS amounts from organisations into the programmes, per currency, not split by
// percentages as the API does). Leave a list empty for every country or theme.
// Set first:
// :param countries => ['country:ML', 'country:NE', 'country:BF']
// :param themes => []
MATCH (c:Country)<-[:ACTIVE_IN]-(p:Programme)-[:ADDRESSES]->(t:Theme)
WHERE (size($countries) = 0 OR c.id IN $countries) AND (size($themes) = 0 OR t.id IN $themes)
OPTIONAL MATCH (o:Organisation)-[:IMPLEMENTS|FUNDS|REPORTS]->(p)
WITH c, t, count(DISTINCT p) AS programmes, count(DISTINCT o) AS actors, collect(DISTINCT o.name)[..10] AS someActors
RETURN c.name AS country, t.name AS theme, actors, programmes, someActors
ORDER BY country, actors DESC, theme;

// The traced funding of each cell, per currency.
MATCH (c:Country)<-[:ACTIVE_IN]-(p:Programme)-[:ADDRESSES]->(t:Theme)
WHERE (size($countries) = 0 OR c.id IN $countries) AND (size($themes) = 0 OR t.id IN $themes)
MATCH (:Organisation)-[f:FUNDS]->(p) WHERE f.amount IS NOT NULL
RETURN c.name AS country, t.name AS theme, coalesce(f.currency, p.currency) AS currency, sum(f.amount) AS amount
ORDER BY country, theme, currency;
