// Are two organisations linked, and how? The links that keep a pair out of the unconnected list.
// Set first:
// :param a => 'org:idlo'
// :param b => 'org:unodc'
MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
RETURN EXISTS { (a)-[:PARTNERS_WITH]-(b) } AS partners,
       EXISTS { (a)-[:FUNDS]-(b) } OR EXISTS { (a)-[:FUNDS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(b) }
         OR EXISTS { (b)-[:FUNDS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(a) }
         OR EXISTS { (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(b) } OR EXISTS { (b)-[:FUNDS]->(:Programme)-[:FUNDS]->(a) } AS funding,
       EXISTS { (a)-[:MEMBER_OF|PART_OF]-(b) } AS membership,
       [(a)-[:IMPLEMENTS|FUNDS|REPORTS]->(p:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(b) | p.name] AS sharedProgrammes,
       [(a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b) | e.name] AS sharedEvents;
