// A tiny made-up country for the gaps integration tests; every id starts with gapstest or is country:ZZ
// (a user-assigned ISO code no real country has), so the Sahel seed stays untouched.
MERGE (zz:Node:Country {id: 'country:ZZ'}) SET zz.name = 'Testland', zz.iso2 = 'ZZ';
MERGE (s:Node:Source {id: 'source:gapstest'}) SET s.name = 'Gaps test fixture', s.kind = 'user';
MERGE (j:Node:Theme {id: 'theme:gapstest-justice'}) SET j.name = 'testland justice';
MERGE (p:Node:Theme {id: 'theme:gapstest-police'}) SET p.name = 'testland police';
MERGE (d:Node:Organisation:Donor {id: 'org:gapstest-donor'}) SET d.name = 'Test Donor', d.type = 'government';
MERGE (a:Node:Organisation {id: 'org:gapstest-a'}) SET a.name = 'Alpha International', a.type = 'ngo-international';
MERGE (b:Node:Organisation {id: 'org:gapstest-b'}) SET b.name = 'Beta Association', b.type = 'ngo-national';
MERGE (c:Node:Organisation {id: 'org:gapstest-c'}) SET c.name = 'Gamma Agency', c.type = 'multilateral';
MERGE (e:Node:Organisation {id: 'org:gapstest-d'}) SET e.name = 'Delta Network', e.type = 'ngo-national';
UNWIND [['programme:gapstest-1', 'org:gapstest-a', 'theme:gapstest-justice'],
        ['programme:gapstest-2', 'org:gapstest-b', 'theme:gapstest-justice'],
        ['programme:gapstest-3', 'org:gapstest-c', 'theme:gapstest-police'],
        ['programme:gapstest-4', 'org:gapstest-d', 'theme:gapstest-justice']] AS row
MATCH (o:Organisation {id: row[1]}), (t:Theme {id: row[2]}), (zz:Country {id: 'country:ZZ'})
MERGE (p:Node:Programme {id: row[0]}) SET p.name = 'Test programme ' + right(row[0], 1), p.programmeType = 'project'
MERGE (o)-[i:IMPLEMENTS]->(p) SET i.role = 'lead', i.sourceIds = ['source:gapstest'], i.evidence = ['fixture']
MERGE (p)-[x:ACTIVE_IN]->(zz) SET x.sourceIds = ['source:gapstest'], x.evidence = ['fixture']
MERGE (p)-[y:ADDRESSES]->(t) SET y.sourceIds = ['source:gapstest'], y.evidence = ['fixture'];
MATCH (d:Organisation {id: 'org:gapstest-donor'}), (p:Programme) WHERE p.id IN ['programme:gapstest-1', 'programme:gapstest-2']
MERGE (d)-[f:FUNDS]->(p) SET f.amount = 1000, f.currency = 'EUR', f.sourceIds = ['source:gapstest'], f.evidence = ['fixture'];
MATCH (b:Organisation {id: 'org:gapstest-b'}), (e:Organisation {id: 'org:gapstest-d'})
MERGE (b)-[r:PARTNERS_WITH]->(e) SET r.sourceIds = ['source:gapstest'], r.evidence = ['fixture'];
