// Where funding chains break (the API lists these as `breaks`): receivers named only as text,
// activities referenced but never published, and incoming funds that name the funding
// organisation but not its activity.
// :param country => 'country:ML';
MATCH (p:Programme)-[:ACTIVE_IN]->(:Country {id: $country})
CALL (p) {
  MATCH (p)-[:FUNDS]->(o:Organisation) WHERE o.id STARTS WITH 'org:name:'
  RETURN 'unidentified-organisation' AS kind, o.id AS related
  UNION
  MATCH (u:Programme {placeholder: true})-[:FUNDS]->(p)
  RETURN 'unpublished-activity' AS kind, u.id AS related
  UNION
  MATCH (o:Organisation)-[r:FUNDS]->(p)
  WHERE r.transactionType IN ['1', '11'] AND r.reportedBy IN [p.id, p.iatiIdentifier]
    AND NOT EXISTS { MATCH (:Programme)-[r2:FUNDS]->(p) WHERE r2.key = replace(r.key, ':provider-org', ':provider-activity-id') }
  RETURN 'funder-activity-not-cited' AS kind, o.id AS related
}
RETURN p.id AS programme, kind, collect(DISTINCT related) AS related
ORDER BY programme, kind;
