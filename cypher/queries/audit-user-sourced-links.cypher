// Links that editors added, with the source they described (a meeting, a note, a URL) and who added it.
MATCH (s:Source)
WHERE s.id STARTS WITH 'source:user-'
MATCH (a:Node)-[r]->(b:Node)
WHERE s.id IN r.sourceIds
RETURN a.name AS from, type(r) AS type, b.name AS to, s.title AS source, s.kind AS kind, s.publisher AS addedBy, r.evidence AS evidence
LIMIT 100;
