// The organisations and people relevant to a focus (here: Mali and legal and judicial development),
// directly or through a programme or event, as the stakeholder map builder proposes them.
// :param focus => ['country:ML', 'theme:dac-15130'];
UNWIND $focus AS focusId
MATCH (f:Node {id: focusId})
CALL (f) {
  OPTIONAL MATCH (sub:Theme)-[:PART_OF*1..3]->(f)
  WITH f, collect(DISTINCT sub) AS subs
  UNWIND [f] + subs AS target
  RETURN target
}
CALL (target) {
  MATCH (a:Organisation|Person)-[r]-(target)
  RETURN a, type(r) + ' ' + target.name AS reason
  UNION
  MATCH (a:Organisation|Person)-[r]->(x:Programme|Event)-[:ACTIVE_IN|HELD_IN|ADDRESSES|PART_OF]->(target)
  RETURN a, type(r) + ' ' + x.name AS reason
}
WITH a, focusId, collect(DISTINCT reason) AS reasons
WITH a, collect(focusId) AS matched, reduce(all = [], rs IN collect(reasons) | all + rs) AS reasons
WHERE size(matched) = size($focus)
RETURN a.id, a.name, a.type, reasons
ORDER BY size(reasons) DESC, a.id;
