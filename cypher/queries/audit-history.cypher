// The audit trail of a node: who changed what, newest first, with the state before and after (JSON).
// :param id => 'org:idlo';
MATCH (c:Change)
WHERE $id IN c.nodeIds
RETURN c.at AS at, c.username AS who, c.action AS action, c.targetId AS target, c.before AS before, c.after AS after
ORDER BY c.at DESC;
