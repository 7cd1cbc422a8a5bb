// Everything within two hops of an actor, for a quick look in Neo4j Browser's graph view.
// (The API expands level by level with a cap per level, so that hubs stay fast.)
// :param id => 'org:idlo';
MATCH p = (n:Node {id: $id})-[*1..2]-(:Node)
RETURN p
LIMIT 300;
