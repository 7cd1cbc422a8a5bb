// Quality check: facts without a source, or whose evidence list does not match their sources.
MATCH (a:Node)-[r]->(b:Node)
WHERE size(coalesce(r.sourceIds, [])) = 0 OR size(coalesce(r.evidence, [])) <> size(r.sourceIds)
RETURN a.id, type(r), b.id;
