// How much of the money that programmes in a country pass on with amounts reaches organisations
// based in that country, per currency and measure, split by the programme's country percentage.
// (The API also counts programmes without amounts by their implementers, and lists per donor.)
// :param country => 'country:ML';
MATCH (p:Programme)-[a:ACTIVE_IN]->(:Country {id: $country})
MATCH (p)-[r:FUNDS]->(o:Organisation) WHERE r.amount IS NOT NULL
WITH p, a, r, o, EXISTS { (o)-[:BASED_IN]->(:Country {id: $country}) } AS local,
     CASE WHEN r.transactionType IN ['2', '11'] THEN 'committed' WHEN r.transactionType IS NULL THEN 'committed' ELSE 'disbursed' END AS measure
WITH measure, r.currency AS currency,
     sum(CASE WHEN local THEN r.amount * coalesce(a.percentage, 100) / 100 ELSE 0 END) AS localAmount,
     sum(r.amount * coalesce(a.percentage, 100) / 100) AS traced
RETURN measure, currency, localAmount, traced, round(localAmount / traced, 4) AS share
ORDER BY measure, currency;
