// IATI activities other activities cite (as funder, recipient, parent or child) that no imported file
// has published yet: the breaks in funding chains, and the files worth importing next.
// :param prefix => 'XI-IATI-EC_ECHO'
MATCH (p:Programme {placeholder: true})
WHERE $prefix IS NULL OR p.iatiIdentifier STARTS WITH $prefix
OPTIONAL MATCH (p)-[r]-(other:Programme)
RETURN p.iatiIdentifier AS activity, count(DISTINCT other) AS citedBy,
       collect(DISTINCT other.iatiIdentifier)[0..5] AS examples
ORDER BY citedBy DESC
LIMIT 100;
