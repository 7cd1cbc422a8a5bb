// Relationships stated in the seed documents, one UNWIND block per type; evidence is quoted verbatim from the cited source.

UNWIND [
  {from: 'org:nl-mfa', to: 'programme:idlo-sahel-criminal-justice', source: 'source:seed-000', evidence: 'With support from the Government of the Netherlands, in 2019 IDLO has launched a multi-sector program across three countries in the Sahel region', props: {}},
  {from: 'org:ada', to: 'programme:hs-strategy-mali', source: 'source:seed-004', evidence: 'the Austrian Development Agency (ADA), the operational unit of Austrian Development Cooperation, through their funded project: Civil Society for a Human Security Strategy in Mali.', props: {}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-lpc-burundi-drc', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-plural-security-urban', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-me-statebuilding-afghanistan', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-icglr-burundi-car', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-urban-refugees-lebanon', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-gender-conflict-uganda', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-hs-strategy-mali-review', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects', props: {amount: 100000, currency: 'EUR', amountNote: 'about', duration: 'six months'}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:FUNDS]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'org:idlo', to: 'programme:idlo-sahel-criminal-justice', source: 'source:seed-000', evidence: 'in 2019 IDLO has launched a multi-sector program across three countries in the Sahel region to strengthen the criminal justice chain', props: {role: 'lead'}},
  {from: 'org:dcaf-issat', to: 'programme:dcaf-mandate-orolsi-sahel', source: 'source:seed-001', evidence: 'OROLSI sought the support of ISSAT/DCAF to jointly and gradually develop the regional engagement in the Sahel', props: {role: 'lead'}},
  {from: 'org:un-dpo-orolsi', to: 'programme:dcaf-mandate-orolsi-sahel', source: 'source:seed-001', evidence: 'OROLSI sought the support of ISSAT/DCAF to jointly and gradually develop the regional engagement in the Sahel', props: {role: 'partner'}},
  {from: 'org:dcaf-issat', to: 'programme:dcaf-mandate-au-ddr-ssr-mali', source: 'source:seed-001', evidence: 'DCAF’s support involves collaboration between SSAD and ISSAT, with the latter leading the DCAF team.', props: {role: 'lead'}},
  {from: 'org:dcaf-ssad', to: 'programme:dcaf-mandate-au-ddr-ssr-mali', source: 'source:seed-001', evidence: 'DCAF’s support involves collaboration between SSAD and ISSAT, with the latter leading the DCAF team.', props: {role: 'partner'}},
  {from: 'org:dcaf-issat', to: 'programme:dcaf-mandate-rss-francophone', source: 'source:seed-001', evidence: 'seul le site Internet du DCAF-ISSAT est (partiellement) disponible en français et dédié à la RSS', props: {role: 'lead', note: 'the mandate is listed among DCAF-ISSAT mandates and written in ISSAT\'s voice'}},
  {from: 'org:wanep', to: 'programme:hs-strategy-mali', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {role: 'partner'}},
  {from: 'org:gppac', to: 'programme:hs-strategy-mali', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {role: 'partner'}},
  {from: 'org:hsc', to: 'programme:hs-strategy-mali', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {role: 'partner'}},
  {from: 'org:ml-ministry-national-reconciliation', to: 'programme:ml-truth-justice-reconciliation', source: 'source:seed-004', evidence: 'The Ministry for National Reconciliation has initiated a national process of truth, justice and reconciliation.', props: {role: 'lead'}},
  {from: 'org:wacap', to: 'programme:wacap-good-practice-guide', source: 'source:seed-002', evidence: 'the WACAP network will provide support in drafting a guide on good practices for strengthening cooperation between civil society actors and penal chain stakeholders', props: {role: 'partner'}},
  {from: 'org:nwo-wotro', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO-WOTRO Science for Global Development grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {role: 'lead'}},
  {from: 'org:radboud-university', to: 'programme:nwo-lpc-burundi-drc', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Enhancing Local Peace Committees - facilitating stakeholder debate on the strategic choices involved in transitional justice in Burundi and DR Congo | Dr M. van Leeuwen - Radboud Universiteit Nijmegen', props: {role: 'lead'}},
  {from: 'org:clingendael', to: 'programme:nwo-plural-security-urban', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Informing policy on plural security provision in urban contexts: Comparative insights from Lebanon, Kenya, and Tunisia | M.A. Price - Nederlands Instituut voor Internationale Betrekkingen Clingendael', props: {role: 'lead'}},
  {from: 'org:university-of-york', to: 'programme:nwo-me-statebuilding-afghanistan', source: 'source:seed-003-nwo-open-call-grants', evidence: 'A Study of Monitoring and Evaluation Regimes and Statebuilding Capacity Building: the Case of Afghanistan | Mr K. Bush - University of York', props: {role: 'lead'}},
  {from: 'org:ecdpm', to: 'programme:nwo-icglr-burundi-car', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Promoting coherence, coordination and complementarity in international support to the ICGLR’s response to conflict in Burundi and the Central African Republic | Mr V. Hauck MA  - European Centre for Development Policy Management', props: {role: 'lead'}},
  {from: 'org:lebanon-support', to: 'programme:nwo-urban-refugees-lebanon', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Urban refugee protection in Lebanon\'s hybrid security system: a research and action agenda | Dr M.N. Abi Yaghi - Lebanon Support', props: {role: 'lead'}},
  {from: 'org:university-of-london', to: 'programme:nwo-gender-conflict-uganda', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Trialing tools for participatory gender analysis of conflict in Uganda | Dr C. Harris PhD  - University of London', props: {role: 'lead'}},
  {from: 'org:hague-institute', to: 'programme:nwo-hs-strategy-mali-review', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Learning from Design in Mali: A Critical Review and M&E Framework for the CSO-led Human Security Strategy 2014-2015 | Dr D. Connolly  - The Hague Institute for Global Justice', props: {role: 'lead'}},
  {from: 'org:care', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:cordaid', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:oxfam', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:save-the-children', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:spark', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:zoa', to: 'programme:reconstruction-tender', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the theories of change that link economic opportunities for youth to stability, in the reconstruction programs of Dutch organizations. This is the main outcome of a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed.', props: {role: 'partner'}},
  {from: 'org:nl-mfa', to: 'programme:nl-nap-1325', source: 'source:seed-003-nap3-feedback', evidence: 'The coordinators of the Dutch National Action Plan, the Dutch Ministry of Foreign Affairs and WO=MEN', props: {role: 'lead'}},
  {from: 'org:wo-men', to: 'programme:nl-nap-1325', source: 'source:seed-003-nap3-feedback', evidence: 'The coordinators of the Dutch National Action Plan, the Dutch Ministry of Foreign Affairs and WO=MEN', props: {role: 'lead'}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:IMPLEMENTS]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'org:idlo', to: 'org:kpsrl', source: 'source:seed-000', evidence: 'in collaboration with the KPSRL', props: {}},
  {from: 'org:idlo', to: 'org:hague-rol-community', source: 'source:seed-000', evidence: 'Since 2014 IDLO has collaborated with The Hague Rule of Law community', props: {since: 2014}},
  {from: 'org:un-dpo-orolsi', to: 'org:dcaf-issat', source: 'source:seed-001', evidence: 'OROLSI sought the support of ISSAT/DCAF to jointly and gradually develop the regional engagement in the Sahel', props: {}},
  {from: 'org:auc', to: 'org:dcaf', source: 'source:seed-001', evidence: 'Given the AUC-DCAF JDI on SSR collaboration', props: {framework: 'AUC-DCAF JDI on SSR'}},
  {from: 'org:dcaf', to: 'org:auc-dsd', source: 'source:seed-001', evidence: 'DCAF has been asked to support the AUC DSD and the MISAHEL during the workshop', props: {}},
  {from: 'org:dcaf', to: 'org:au-misahel', source: 'source:seed-001', evidence: 'DCAF has been asked to support the AUC DSD and the MISAHEL during the workshop', props: {}},
  {from: 'org:dcaf-issat', to: 'org:dcaf-ssad', source: 'source:seed-001', evidence: 'DCAF’s support involves collaboration between SSAD and ISSAT', props: {}},
  {from: 'org:auc', to: 'org:ml-government', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU) is supporting the Government of Mali through its Mission in Mali and in the Sahel (MISAHEL)', props: {}},
  {from: 'org:unodc', to: 'org:wacap', source: 'source:seed-002', evidence: 'UNODC in concert with the West African Network of Central Authorities and Prosecutors (WACAP)', props: {}},
  {from: 'org:wanep', to: 'org:gppac', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {}},
  {from: 'org:wanep', to: 'org:hsc', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {}},
  {from: 'org:gppac', to: 'org:hsc', source: 'source:seed-004', evidence: 'This project is an initiative of the West Africa Network for Peacebuilding (WANEP), the Global Partnership for the Prevention of Armed Conflict (GPPAC), and the Human Security Collective (HSC).', props: {}},
  {from: 'org:gppac', to: 'org:oas', source: 'source:seed-004', evidence: 'GPPAC has spearheaded security dialogues between CSOs and regional organisations including the OAS, ECOWAS and ASEAN', props: {}},
  {from: 'org:gppac', to: 'org:ecowas', source: 'source:seed-004', evidence: 'GPPAC has spearheaded security dialogues between CSOs and regional organisations including the OAS, ECOWAS and ASEAN', props: {}},
  {from: 'org:gppac', to: 'org:asean', source: 'source:seed-004', evidence: 'GPPAC has spearheaded security dialogues between CSOs and regional organisations including the OAS, ECOWAS and ASEAN', props: {}},
  {from: 'org:nl-mfa', to: 'org:wo-men', source: 'source:seed-003-nap3-feedback', evidence: 'The coordinators of the Dutch National Action Plan, the Dutch Ministry of Foreign Affairs and WO=MEN, have aimed to make the process as inclusive as possible.', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:PARTNERS_WITH]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'person:oulie-keita', to: 'org:wanep-mali', source: 'source:seed-004', evidence: 'Board member of WANEP Mali', props: {role: 'board member'}},
  {from: 'org:un-dpo-orolsi', to: 'org:un-gfp-rol', source: 'source:seed-001', evidence: 'drawing on specialist expertise available in OROLSI and its partners, within the Global Focal Point for Rule of Law arrangement', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'org:dcaf-issat', to: 'org:dcaf', source: 'source:seed-001', evidence: 'OROLSI sought the support of ISSAT/DCAF', props: {}},
  {from: 'org:dcaf-ssad', to: 'org:dcaf', source: 'source:seed-001', evidence: 'DCAF’s support involves collaboration between SSAD and ISSAT', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'org:un-dpo', source: 'source:seed-001', evidence: 'Support to the strategic development of UN DPO OROLSI’s regional engagement in the Sahel', props: {}},
  {from: 'org:un-dpo', to: 'org:un', source: 'source:seed-001', evidence: 'Support to the strategic development of UN DPO OROLSI’s regional engagement in the Sahel', props: {}},
  {from: 'org:auc', to: 'org:au', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU)', props: {}},
  {from: 'org:auc-dsd', to: 'org:auc', source: 'source:seed-001', evidence: 'DCAF has been asked to support the AUC DSD', props: {}},
  {from: 'org:au-misahel', to: 'org:au', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU) is supporting the Government of Mali through its Mission in Mali and in the Sahel (MISAHEL)', props: {}},
  {from: 'org:minusma', to: 'org:un', source: 'source:seed-003-peace-in-mali', evidence: 'UN Mission in Mali', props: {}},
  {from: 'org:unodc', to: 'org:un', source: 'source:reference-un-system-chart', evidence: 'United Nations Office on Drugs and Crime (UNODC), United Nations System chart', props: {}},
  {from: 'org:unowas', to: 'org:un', source: 'source:reference-un-system-chart', evidence: 'United Nations Office for West Africa and the Sahel (UNOWAS), United Nations System chart', props: {}},
  {from: 'org:unsc', to: 'org:un', source: 'source:seed-003-conflict-management', evidence: 'the United Nations Security Council', props: {}},
  {from: 'org:ada', to: 'org:austrian-development-cooperation', source: 'source:seed-004', evidence: 'the Austrian Development Agency (ADA), the operational unit of Austrian Development Cooperation', props: {}},
  {from: 'org:wanep-mali', to: 'org:wanep', source: 'source:seed-004', evidence: 'The West Africa Network for Peacebuilding (WANEP) is a leading Regional Peacebuilding organization with strong national networks in every Member State of ECOWAS', props: {}},
  {from: 'org:usaid-mali', to: 'org:usaid', source: 'source:seed-004', evidence: 'the Governance team of USAID Mali', props: {}},
  {from: 'org:nl-pm-un', to: 'org:nl-mfa', source: 'source:seed-004', evidence: 'Host: Dutch Permanent Mission to the UN', props: {}},
  {from: 'org:ml-ministry-national-reconciliation', to: 'org:ml-government', source: 'source:seed-004', evidence: 'The Ministry for National Reconciliation has initiated a national process of truth, justice and reconciliation. In all parts of the country', props: {}},
  {from: 'org:clingendael-cru', to: 'org:clingendael', source: 'source:seed-003-plural-security', evidence: 'the Conflict Research Unit of Clingendael Institute', props: {}},
  {from: 'org:nwo-wotro', to: 'org:nwo', source: 'source:seed-003-nwo-open-call-grants', evidence: 'NWO grants to seven projects in the Open Call 22.10.2015 NWO-WOTRO Science for Global Development grants funding', props: {}},
  {from: 'org:kpsrl-rtwg', to: 'org:kpsrl', source: 'source:seed-003-youth-economic-opportunities', evidence: 'the reconstruction tender working group (RTWG)  of the Knowledge Platform Security & Rule of Law', props: {}},
  {from: 'programme:nwo-applied-research-fund', to: 'programme:nwo-srol-research-programme', source: 'source:seed-003-nwo-open-call-grants', evidence: 'within the Applied Research Fund of the research program Security & Rule of Law in Fragile and Conflict-Affected Settings', props: {}},
  {from: 'programme:nwo-open-call-policy-advice', to: 'programme:nwo-applied-research-fund', source: 'source:seed-003-nwo-open-call-grants', evidence: 'in the ‘Open call for evidence-based policy advice and tools’ within the Applied Research Fund', props: {}},
  {from: 'programme:nwo-call-evidence-informed-ideas', to: 'programme:nwo-applied-research-fund', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Call for Evidence-Informed Ideas within the Applied Research Fund', props: {}},
  {from: 'programme:nwo-lpc-burundi-drc', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-plural-security-urban', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-me-statebuilding-afghanistan', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-icglr-burundi-car', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-urban-refugees-lebanon', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-gender-conflict-uganda', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nwo-hs-strategy-mali-review', to: 'programme:nwo-open-call-policy-advice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'grants funding to seven research projects in the ‘Open call for evidence-based policy advice and tools’', props: {}},
  {from: 'programme:nl-nap3-1325', to: 'programme:nl-nap-1325', source: 'source:seed-003-nap3-feedback', evidence: 'the first draft of the third National Action Plan on Resolution 1325', props: {}},
  {from: 'event:idlo-implementer-dialogue-sahel-2019', to: 'event:idlo-implementer-dialogues-series', source: 'source:seed-000', evidence: 'this *Implementer Dialogue* is an opportunity to stimulate targeted debate and exchange among relevant actors', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'programme:hs-strategy-mali', source: 'source:seed-004', evidence: 'This debate is made possible with financial support from the Austrian Development Agency (ADA), the operational unit of Austrian Development Cooperation, through their funded project: Civil Society for a Human Security Strategy in Mali.', props: {}},
  {from: 'event:nap3-draft-feedback-meeting-2015', to: 'programme:nl-nap3-1325', source: 'source:seed-003-nap3-feedback', evidence: 'with the aim to gather feedback on the first draft of the third National Action Plan on Resolution 1325', props: {}},
  {from: 'event:nap3-kickoff-meeting-2015', to: 'programme:nl-nap3-1325', source: 'source:seed-003-nap3-feedback', evidence: 'This meeting was a follow-up of an earlier interactive kick-off meeting.', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'programme:idlo-sahel-criminal-justice', to: 'region:sahel', source: 'source:seed-000', evidence: 'a multi-sector program across three countries in the Sahel region', props: {}},
  {from: 'programme:idlo-sahel-criminal-justice', to: 'country:ML', source: 'source:seed-000', evidence: 'scaling up a model implemented in Mali since 2015', props: {note: 'scales up a model implemented in Mali since 2015; the other two countries are not named'}},
  {from: 'org:idlo', to: 'country:ML', source: 'source:seed-000', evidence: 'scaling up a model implemented in Mali since 2015', props: {since: 2015}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'country:BF', source: 'source:seed-001', evidence: 'UN mandate in Burkina Faso, Mali, Niger 07/07/2020 - 21/02/2021', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'country:BF', source: 'source:seed-001', evidence: 'Burkina Faso, Mali and Niger have been identified as priority countries.', props: {}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'country:ML', source: 'source:seed-001', evidence: 'UN mandate in Burkina Faso, Mali, Niger 07/07/2020 - 21/02/2021', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'country:ML', source: 'source:seed-001', evidence: 'Burkina Faso, Mali and Niger have been identified as priority countries.', props: {}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'country:NE', source: 'source:seed-001', evidence: 'UN mandate in Burkina Faso, Mali, Niger 07/07/2020 - 21/02/2021', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'country:NE', source: 'source:seed-001', evidence: 'Burkina Faso, Mali and Niger have been identified as priority countries.', props: {}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'region:sahel', source: 'source:seed-001', evidence: 'to jointly and gradually develop the regional engagement in the Sahel', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'region:sahel', source: 'source:seed-001', evidence: 'OROLSI sought the support of ISSAT/DCAF to jointly and gradually develop the regional engagement in the Sahel', props: {}},
  {from: 'programme:dcaf-mandate-au-ddr-ssr-mali', to: 'country:ML', source: 'source:seed-001', evidence: 'AU mandate in Mali 01/02/2019 - 31/03/2019', props: {}},
  {from: 'programme:dcaf-mandate-rss-francophone', to: 'country:CD', source: 'source:seed-001', evidence: 'mandate in DRC, Cote d\'Ivoire, Guinea-Conakry, Mali 03/10/2016 - 09/01/2017', props: {}},
  {from: 'programme:dcaf-mandate-rss-francophone', to: 'country:CI', source: 'source:seed-001', evidence: 'mandate in DRC, Cote d\'Ivoire, Guinea-Conakry, Mali 03/10/2016 - 09/01/2017', props: {}},
  {from: 'programme:dcaf-mandate-rss-francophone', to: 'country:GN', source: 'source:seed-001', evidence: 'mandate in DRC, Cote d\'Ivoire, Guinea-Conakry, Mali 03/10/2016 - 09/01/2017', props: {}},
  {from: 'programme:dcaf-mandate-rss-francophone', to: 'country:ML', source: 'source:seed-001', evidence: 'mandate in DRC, Cote d\'Ivoire, Guinea-Conakry, Mali 03/10/2016 - 09/01/2017', props: {}},
  {from: 'org:au-misahel', to: 'country:ML', source: 'source:seed-001', evidence: 'its Mission in Mali and in the Sahel (MISAHEL)', props: {}},
  {from: 'org:au-misahel', to: 'region:sahel', source: 'source:seed-001', evidence: 'its Mission in Mali and in the Sahel (MISAHEL)', props: {}},
  {from: 'org:wacap', to: 'region:west-africa', source: 'source:seed-002', evidence: 'the West African Network of Central Authorities and Prosecutors (WACAP)', props: {}},
  {from: 'programme:hs-strategy-mali', to: 'country:ML', source: 'source:seed-004', evidence: 'The project aims to bridge development, conflict mediation and security initiatives in Mali through a human security approach.', props: {}},
  {from: 'org:wanep', to: 'region:west-africa', source: 'source:seed-004', evidence: 'ensuring sustainable peace and development in West Africa and beyond', props: {}},
  {from: 'org:minusma', to: 'country:ML', source: 'source:seed-004', evidence: 'the current security frame in Mali is set by MINUSMA', props: {}},
  {from: 'org:usaid-mali', to: 'country:ML', source: 'source:seed-004', evidence: 'the Governance team of USAID Mali', props: {}},
  {from: 'programme:ml-truth-justice-reconciliation', to: 'country:ML', source: 'source:seed-004', evidence: 'In all parts of the country dialogues will take place to find truth, to speak justice and to reconcile people with each other', props: {}},
  {from: 'programme:nl-rol-programme-mali', to: 'country:ML', source: 'source:seed-003-rol-programming-mali', evidence: 'The Dutch program in Mali takes the social contract between the government and its citizens as starting point.', props: {}},
  {from: 'org:eu', to: 'country:UA', source: 'source:seed-003-ssr-governance-accountability', evidence: 'EU missions in Ukraine and Afghanistan', props: {}},
  {from: 'org:eu', to: 'country:AF', source: 'source:seed-003-ssr-governance-accountability', evidence: 'EU missions in Ukraine and Afghanistan', props: {}},
  {from: 'org:icglr', to: 'country:BI', source: 'source:seed-003-nwo-open-call-grants', evidence: 'the ICGLR’s response to conflict in Burundi and the Central African Republic', props: {}},
  {from: 'org:icglr', to: 'country:CF', source: 'source:seed-003-nwo-open-call-grants', evidence: 'the ICGLR’s response to conflict in Burundi and the Central African Republic', props: {}},
  {from: 'programme:nwo-lpc-burundi-drc', to: 'country:BI', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Enhancing Local Peace Committees - facilitating stakeholder debate on the strategic choices involved in transitional justice in Burundi and DR Congo', props: {}},
  {from: 'programme:nwo-lpc-burundi-drc', to: 'country:CD', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Enhancing Local Peace Committees - facilitating stakeholder debate on the strategic choices involved in transitional justice in Burundi and DR Congo', props: {}},
  {from: 'programme:nwo-plural-security-urban', to: 'country:LB', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Informing policy on plural security provision in urban contexts: Comparative insights from Lebanon, Kenya, and Tunisia', props: {}},
  {from: 'programme:nwo-plural-security-urban', to: 'country:KE', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Informing policy on plural security provision in urban contexts: Comparative insights from Lebanon, Kenya, and Tunisia', props: {}},
  {from: 'programme:nwo-plural-security-urban', to: 'country:TN', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Informing policy on plural security provision in urban contexts: Comparative insights from Lebanon, Kenya, and Tunisia', props: {}},
  {from: 'programme:nwo-me-statebuilding-afghanistan', to: 'country:AF', source: 'source:seed-003-nwo-open-call-grants', evidence: 'A Study of Monitoring and Evaluation Regimes and Statebuilding Capacity Building: the Case of Afghanistan', props: {}},
  {from: 'programme:nwo-icglr-burundi-car', to: 'country:BI', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Promoting coherence, coordination and complementarity in international support to the ICGLR’s response to conflict in Burundi and the Central African Republic', props: {}},
  {from: 'programme:nwo-icglr-burundi-car', to: 'country:CF', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Promoting coherence, coordination and complementarity in international support to the ICGLR’s response to conflict in Burundi and the Central African Republic', props: {}},
  {from: 'programme:nwo-urban-refugees-lebanon', to: 'country:LB', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Urban refugee protection in Lebanon\'s hybrid security system: a research and action agenda', props: {}},
  {from: 'programme:nwo-gender-conflict-uganda', to: 'country:UG', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Trialing tools for participatory gender analysis of conflict in Uganda', props: {}},
  {from: 'programme:nwo-hs-strategy-mali-review', to: 'country:ML', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Learning from Design in Mali: A Critical Review and M&E Framework for the CSO-led Human Security Strategy 2014-2015', props: {}},
  {from: 'programme:nwo-urban-refugees-lebanon', to: 'country:JO', source: 'source:seed-003-nwo-open-call-grants', evidence: 'include a comparative component with Jordan', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:ACTIVE_IN]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'org:nl-mfa', to: 'country:NL', source: 'source:seed-000', evidence: 'the Ministry of Foreign Affairs of the Netherlands', props: {}},
  {from: 'org:ml-government', to: 'country:ML', source: 'source:seed-001', evidence: 'the Government of Mali', props: {}},
  {from: 'org:ada', to: 'country:AT', source: 'source:seed-004', evidence: 'the Austrian Development Agency (ADA)', props: {}},
  {from: 'org:austrian-development-cooperation', to: 'country:AT', source: 'source:seed-004', evidence: 'Austrian Development Cooperation', props: {}},
  {from: 'org:wanep-mali', to: 'country:ML', source: 'source:seed-004', evidence: 'Board member of WANEP Mali', props: {}},
  {from: 'org:amps', to: 'country:ML', source: 'source:seed-004', evidence: 'Association Malienne pour la Paix et le Salut (AMPS)', props: {}},
  {from: 'org:utoda', to: 'country:UG', source: 'source:seed-003-informal-economy', evidence: 'the urban transport association UTODA in Uganda', props: {}},
  {from: 'org:radboud-university', to: 'country:NL', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Radboud Universiteit Nijmegen  – The Netherlands', props: {}},
  {from: 'org:clingendael', to: 'country:NL', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Nederlands Instituut voor Internationale Betrekkingen Clingendael – The Netherlands', props: {}},
  {from: 'org:university-of-york', to: 'country:GB', source: 'source:seed-003-nwo-open-call-grants', evidence: 'University of York  - UK', props: {}},
  {from: 'org:ecdpm', to: 'country:NL', source: 'source:seed-003-nwo-open-call-grants', evidence: 'European Centre for Development Policy Management  – The Netherlands', props: {}},
  {from: 'org:lebanon-support', to: 'country:LB', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Lebanon Support  - Lebanon', props: {}},
  {from: 'org:university-of-london', to: 'country:GB', source: 'source:seed-003-nwo-open-call-grants', evidence: 'University of London  - UK', props: {}},
  {from: 'org:hague-institute', to: 'country:NL', source: 'source:seed-003-nwo-open-call-grants', evidence: 'The Hague Institute for Global Justice  – The Netherlands', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:BASED_IN]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'event:idlo-implementer-dialogue-sahel-2019', to: 'country:NL', source: 'source:seed-000', evidence: 'The Hague, 17 December 2019 (t.b.c)', props: {city: 'The Hague'}},
  {from: 'event:au-ddr-ssr-workshop-bamako-2019', to: 'country:ML', source: 'source:seed-001', evidence: 'on 5-7 March 2019, in Bamako', props: {city: 'Bamako'}},
  {from: 'event:unodc-wacap-dialogue-bamako-2020', to: 'country:ML', source: 'source:seed-002', evidence: 'held in Bamako, Mali', props: {city: 'Bamako'}},
  {from: 'event:dakar-subregional-conference-2018', to: 'country:SN', source: 'source:seed-002', evidence: 'held in Dakar, Senegal in March 2018', props: {city: 'Dakar'}},
  {from: 'event:hs-cve-mali-panel-un', to: 'country:US', source: 'source:seed-004', evidence: 'the Permanent Mission of the Kingdom of the Netherlands to the United Nations. 666 Third Avenue, 19th Floor', props: {city: 'New York', note: 'city and country inferred from the address of the mission to the UN; not named in the document'}},
  {from: 'event:anefis-peace-talks-2015', to: 'country:ML', source: 'source:seed-003-peace-in-mali', evidence: 'the peace talks in Anefis led to the first successful ceasefire in two years', props: {city: 'Anefis'}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:HELD_IN]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'programme:idlo-sahel-criminal-justice', to: 'theme:criminal-justice', source: 'source:seed-000', evidence: 'to strengthen the criminal justice chain', props: {}},
  {from: 'programme:idlo-sahel-criminal-justice', to: 'theme:dac-15220', source: 'source:seed-000', evidence: 'support wide-reaching efforts towards peacebuilding', props: {}},
  {from: 'org:idlo', to: 'theme:access-to-justice', source: 'source:seed-000', evidence: 'IDLO engages with multiple implementing partners working to improve access to justice and enhance performance of justice sector institutions', props: {}},
  {from: 'event:idlo-implementer-dialogue-sahel-2019', to: 'theme:rule-of-law', source: 'source:seed-000', evidence: 'Security and Rule of Law Programming in the Sahel', props: {}},
  {from: 'event:idlo-implementer-dialogues-series', to: 'theme:rule-of-law', source: 'source:seed-000', evidence: 'share and discuss good practices in specific geographic areas or themes of relevance to the rule of law', props: {}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'theme:rule-of-law', source: 'source:seed-001', evidence: 'to strategically and operationally strengthen rule of law and security institutions', props: {}},
  {from: 'programme:dcaf-mandate-orolsi-sahel', to: 'theme:dac-15210', source: 'source:seed-001', evidence: 'to strategically and operationally strengthen rule of law and security institutions', props: {}},
  {from: 'org:un-dpo-orolsi', to: 'theme:rule-of-law', source: 'source:seed-001', evidence: 'OROLSI seeks to establish a comprehensive approach to strategically and operationally strengthen rule of law and security institutions', props: {}},
  {from: 'programme:dcaf-mandate-au-ddr-ssr-mali', to: 'theme:ddr', source: 'source:seed-001', evidence: 'Sensitization workshop on DDR and SSR', props: {}},
  {from: 'programme:dcaf-mandate-au-ddr-ssr-mali', to: 'theme:dac-15210', source: 'source:seed-001', evidence: 'Sensitization workshop on DDR and SSR', props: {}},
  {from: 'event:au-ddr-ssr-workshop-bamako-2019', to: 'theme:ddr', source: 'source:seed-001', evidence: 'to identify the current progress and challenges of the accelerated DDR process', props: {}},
  {from: 'event:au-ddr-ssr-workshop-bamako-2019', to: 'theme:dac-15210', source: 'source:seed-001', evidence: 'a Sensitization workshop on Disarmament, Demobilization and Reintegration (DDR) and Security Sector Reform (SSR)', props: {}},
  {from: 'programme:dcaf-mandate-rss-francophone', to: 'theme:dac-15210', source: 'source:seed-001', evidence: 'Etude cartographique des projets exemplaires en matière de Réforme des systèmes de sécurité (RSS)', props: {}},
  {from: 'org:dcaf-issat', to: 'theme:dac-15210', source: 'source:seed-001', evidence: 'seul le site Internet du DCAF-ISSAT est (partiellement) disponible en français et dédié à la RSS', props: {}},
  {from: 'event:unodc-wacap-dialogue-bamako-2020', to: 'theme:violent-extremism', source: 'source:seed-002', evidence: 'Dialogue Between Civil Society and Penal Chain Actors on the Prevention of Violent Extremism in Mali', props: {}},
  {from: 'event:unodc-wacap-dialogue-bamako-2020', to: 'theme:organised-crime', source: 'source:seed-002', evidence: 'addressing violent extremism, organized crime, and illicit trafficking at the transnational and regional levels', props: {}},
  {from: 'event:unodc-wacap-dialogue-bamako-2020', to: 'theme:criminal-justice', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society', props: {}},
  {from: 'event:unodc-wacap-dialogue-bamako-2020', to: 'theme:dac-15150', source: 'source:seed-002', evidence: 'to enhance the cooperation framework between civil society actors and criminal justice partakers', props: {}},
  {from: 'event:dakar-subregional-conference-2018', to: 'theme:criminal-justice', source: 'source:seed-002', evidence: 'the sub-regional conference on criminal justice and civil society responses to violent extremism, organized crime and illicit trafficking', props: {}},
  {from: 'event:dakar-subregional-conference-2018', to: 'theme:violent-extremism', source: 'source:seed-002', evidence: 'the sub-regional conference on criminal justice and civil society responses to violent extremism, organized crime and illicit trafficking', props: {}},
  {from: 'event:dakar-subregional-conference-2018', to: 'theme:organised-crime', source: 'source:seed-002', evidence: 'the sub-regional conference on criminal justice and civil society responses to violent extremism, organized crime and illicit trafficking', props: {}},
  {from: 'programme:wacap-good-practice-guide', to: 'theme:criminal-justice', source: 'source:seed-002', evidence: 'a guide on good practices for strengthening cooperation between civil society actors and penal chain stakeholders', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:violent-extremism', source: 'source:seed-004', evidence: 'This panel will strive to have a multi actor debate on the role of both the government and civil society in addressing violent extremism in Mali.', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:human-security', source: 'source:seed-004', evidence: 'Civil society engagement and a human security approach on countering violent extremism in Mali', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:counter-terrorism', source: 'source:seed-004', evidence: 'The panelists will share their thoughts on the implementation of the UN Global Counter Terrorism Strategy (GCTS)', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:transitional-justice', source: 'source:seed-004', evidence: 'This includes the reconciliation and transitional justice process', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:dac-15160', source: 'source:seed-004', evidence: 'more structural work on development, human rights and conflict prevention in Mali', props: {}},
  {from: 'event:hs-cve-mali-panel-un', to: 'theme:dac-15150', source: 'source:seed-004', evidence: 'The panel will address the areas where civil society can engage to take an active role to contribute to curbing violent extremism.', props: {}},
  {from: 'programme:hs-strategy-mali', to: 'theme:human-security', source: 'source:seed-004', evidence: 'The project aims to bridge development, conflict mediation and security initiatives in Mali through a human security approach.', props: {}},
  {from: 'programme:hs-strategy-mali', to: 'theme:dac-15220', source: 'source:seed-004', evidence: 'The project aims to bridge development, conflict mediation and security initiatives in Mali', props: {}},
  {from: 'org:wanep', to: 'theme:dac-15220', source: 'source:seed-004', evidence: 'WANEP places special focus on collaborative approaches to conflict prevention, and peacebuilding', props: {}},
  {from: 'org:gppac', to: 'theme:dac-15220', source: 'source:seed-004', evidence: 'a global network that connects civil society organizations (CSO\'s) engaged in conflict prevention and peacebuilding efforts on the ground', props: {}},
  {from: 'org:gppac', to: 'theme:human-security', source: 'source:seed-004', evidence: 'is furthering its work on human security', props: {}},
  {from: 'org:gppac', to: 'theme:violent-extremism', source: 'source:seed-004', evidence: 'including measures to address violent extremism, civil-military interventions', props: {}},
  {from: 'org:hsc', to: 'theme:counter-terrorism', source: 'source:seed-004', evidence: 'HSC builds capacities of civil society in engaging policy discourses and policy makers on the effects of counter-terrorism measures', props: {}},
  {from: 'org:hsc', to: 'theme:human-security', source: 'source:seed-004', evidence: 'to advocate for a human security approach to counter-terrorism', props: {}},
  {from: 'org:hsc', to: 'theme:dac-15150', source: 'source:seed-004', evidence: 'HSC builds capacities of civil society', props: {}},
  {from: 'org:minusma', to: 'theme:dac-15210', source: 'source:seed-004', evidence: 'during the mission the capacity of the security sector and rule of law in Mali is supposed to be built', props: {}},
  {from: 'org:minusma', to: 'theme:rule-of-law', source: 'source:seed-004', evidence: 'during the mission the capacity of the security sector and rule of law in Mali is supposed to be built', props: {}},
  {from: 'programme:ml-truth-justice-reconciliation', to: 'theme:transitional-justice', source: 'source:seed-004', evidence: 'a national process of truth, justice and reconciliation', props: {}},
  {from: 'event:kpsrl-lunch-icg-mali-2015', to: 'theme:dac-15220', source: 'source:seed-003-peace-in-mali', evidence: 'Peace in Mali: progress, but in what direction?', props: {}},
  {from: 'event:kpsrl-lunch-icg-mali-2015', to: 'theme:ddr', source: 'source:seed-003-peace-in-mali', evidence: 'Focus should be on removing the heavy weapons and integrating militias into the national army', props: {}},
  {from: 'event:kpsrl-lunch-icg-mali-2015', to: 'theme:access-to-justice', source: 'source:seed-003-peace-in-mali', evidence: 'The feeling of lack of justice', props: {}},
  {from: 'event:anefis-peace-talks-2015', to: 'theme:dac-15220', source: 'source:seed-003-peace-in-mali', evidence: 'the peace talks in Anefis led to the first successful ceasefire in two years', props: {}},
  {from: 'event:kpsrl-brainstorm-informal-economies-2015', to: 'theme:informal-economy', source: 'source:seed-003-informal-economy', evidence: 'Interactive Brainstorm: Informal Economies in Fragile Environments: Exploring the links to justice and security', props: {}},
  {from: 'event:kpsrl-brainstorm-informal-economies-2015', to: 'theme:organised-crime', source: 'source:seed-003-informal-economy', evidence: 'presentations on illicit trade in Northern Mali', props: {}},
  {from: 'event:rol-programming-mali-meeting-2015', to: 'theme:rule-of-law', source: 'source:seed-003-rol-programming-mali', evidence: 'organizations in The Netherlands working on rule of law in Mali came together to discuss the challenges and opportunities for rule of law programming', props: {}},
  {from: 'event:rol-programming-mali-meeting-2015', to: 'theme:dac-15113', source: 'source:seed-003-rol-programming-mali', evidence: 'Corruption is described as the number 1 problem', props: {}},
  {from: 'programme:nl-rol-programme-mali', to: 'theme:rule-of-law', source: 'source:seed-003-rol-programming-mali', evidence: 'Dutch Rule of Law program in Mali', props: {}},
  {from: 'programme:nl-rol-programme-mali', to: 'theme:access-to-justice', source: 'source:seed-003-rol-programming-mali', evidence: 'Citizens are the primary focus, to develop the justice sector from the grassroots.', props: {}},
  {from: 'event:scientia-eu-ssr-meeting-2015', to: 'theme:dac-15210', source: 'source:seed-003-ssr-governance-accountability', evidence: 'the recent SCIENTIA meeting on the EU and Security Sector Reform (SSR)', props: {}},
  {from: 'event:scientia-eu-ssr-meeting-2015', to: 'theme:governance', source: 'source:seed-003-ssr-governance-accountability', evidence: 'Governance and accountability were put center-stage', props: {}},
  {from: 'event:kpsrl-lunch-kleinfeld-2015', to: 'theme:monitoring-evaluation', source: 'source:seed-003-kleinfeld-measuring', evidence: 'how to measure outcomes of non-linear processes', props: {}},
  {from: 'event:kpsrl-lunch-kleinfeld-2015', to: 'theme:rule-of-law', source: 'source:seed-003-kleinfeld-measuring', evidence: 'reform of Rule of Law is a deeply political issue', props: {}},
  {from: 'event:plural-security-in-the-city-2015', to: 'theme:plural-security', source: 'source:seed-003-plural-security', evidence: 'the event explored the current frontier of knowledge and practice on plural security provision in the city', props: {}},
  {from: 'event:plural-security-in-the-city-2015', to: 'theme:governance', source: 'source:seed-003-plural-security', evidence: 'Governance is the key question', props: {}},
  {from: 'programme:nwo-lpc-burundi-drc', to: 'theme:transitional-justice', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Local Peace Committees (LPCs) have become an important strategy to promote transitional justice', props: {}},
  {from: 'programme:nwo-plural-security-urban', to: 'theme:plural-security', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Informing policy on plural security provision in urban contexts', props: {}},
  {from: 'programme:nwo-me-statebuilding-afghanistan', to: 'theme:monitoring-evaluation', source: 'source:seed-003-nwo-open-call-grants', evidence: 'A Study of Monitoring and Evaluation Regimes and Statebuilding Capacity Building', props: {}},
  {from: 'programme:nwo-me-statebuilding-afghanistan', to: 'theme:governance', source: 'source:seed-003-nwo-open-call-grants', evidence: 'A Study of Monitoring and Evaluation Regimes and Statebuilding Capacity Building', props: {}},
  {from: 'programme:nwo-icglr-burundi-car', to: 'theme:dac-15220', source: 'source:seed-003-nwo-open-call-grants', evidence: 'the ICGLR’s response to conflict in Burundi and the Central African Republic', props: {}},
  {from: 'programme:nwo-urban-refugees-lebanon', to: 'theme:refugee-protection', source: 'source:seed-003-nwo-open-call-grants', evidence: 'use evidence to inform policies on refugee protection and rule of law programming in hybrid security systems', props: {}},
  {from: 'programme:nwo-urban-refugees-lebanon', to: 'theme:plural-security', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Urban refugee protection in Lebanon\'s hybrid security system', props: {}},
  {from: 'programme:nwo-gender-conflict-uganda', to: 'theme:gender', source: 'source:seed-003-nwo-open-call-grants', evidence: 'This project will develop a gender analysis of conflict methodology', props: {}},
  {from: 'programme:nwo-hs-strategy-mali-review', to: 'theme:human-security', source: 'source:seed-003-nwo-open-call-grants', evidence: 'A Critical Review and M&E Framework for the CSO-led Human Security Strategy 2014-2015', props: {}},
  {from: 'programme:nwo-hs-strategy-mali-review', to: 'theme:monitoring-evaluation', source: 'source:seed-003-nwo-open-call-grants', evidence: 'designing a monitoring and evaluation (M&E) framework for the HS strategy', props: {}},
  {from: 'programme:nwo-srol-research-programme', to: 'theme:rule-of-law', source: 'source:seed-003-nwo-open-call-grants', evidence: 'the research program Security & Rule of Law in Fragile and Conflict-Affected Settings', props: {}},
  {from: 'programme:nwo-open-call-policy-advice', to: 'theme:rule-of-law', source: 'source:seed-003-nwo-open-call-grants', evidence: 'impact of policies on, or approaches for, security and rule of law in fragile and conflict-affected settings', props: {}},
  {from: 'event:rtwg-youth-workshop-2015', to: 'theme:youth-employment', source: 'source:seed-003-youth-economic-opportunities', evidence: 'Workshop: Youth and economic opportunities in fragile contexts', props: {}},
  {from: 'programme:reconstruction-tender', to: 'theme:youth-employment', source: 'source:seed-003-youth-economic-opportunities', evidence: 'to explore the various assumptions and knowledge gaps regarding economic opportunities for youth and stability in the reconstruction tender projects', props: {}},
  {from: 'event:kpsrl-brainstorm-conflict-management-2015', to: 'theme:dac-15220', source: 'source:seed-003-conflict-management', evidence: 'to brainstorm new ways for the international community to mitigate violent intrastate conflict', props: {}},
  {from: 'event:nap3-draft-feedback-meeting-2015', to: 'theme:women-peace-security', source: 'source:seed-003-nap3-feedback', evidence: 'hosted a large variety of organizations working in the field of women, peace and security', props: {}},
  {from: 'programme:nl-nap-1325', to: 'theme:women-peace-security', source: 'source:seed-003-nap3-feedback', evidence: 'on UN Security Council Resolution 1325, the Women, Peace and Security Agenda', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:ADDRESSES]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'org:idlo', to: 'event:idlo-implementer-dialogue-sahel-2019', source: 'source:seed-000', evidence: 'Hosted by: **The International Development Law Organization (IDLO)**', props: {role: 'host'}},
  {from: 'org:kpsrl', to: 'event:idlo-implementer-dialogue-sahel-2019', source: 'source:seed-000', evidence: 'in collaboration with the KPSRL, this *Implementer Dialogue* is an opportunity', props: {role: 'organiser'}},
  {from: 'org:idlo', to: 'event:idlo-implementer-dialogues-series', source: 'source:seed-000', evidence: 'About IDLO\'s Implementer Dialogues Series', props: {role: 'organiser'}},
  {from: 'org:hague-rol-community', to: 'event:idlo-implementer-dialogues-series', source: 'source:seed-000', evidence: 'IDLO has collaborated with The Hague Rule of Law community to bring together implementing organizations, research institutes and representatives of the Ministry of Foreign Affairs of the Netherlands', props: {role: 'organiser'}},
  {from: 'org:nl-mfa', to: 'event:idlo-implementer-dialogues-series', source: 'source:seed-000', evidence: 'to bring together implementing organizations, research institutes and representatives of the Ministry of Foreign Affairs of the Netherlands', props: {role: 'participant'}},
  {from: 'org:auc', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU) is supporting the Government of Mali through its Mission in Mali and in the Sahel (MISAHEL) to organize a Sensitization workshop', props: {role: 'organiser'}},
  {from: 'org:au-misahel', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU) is supporting the Government of Mali through its Mission in Mali and in the Sahel (MISAHEL) to organize a Sensitization workshop', props: {role: 'organiser'}},
  {from: 'org:ml-government', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'the Commission of the African Union (AU) is supporting the Government of Mali through its Mission in Mali and in the Sahel (MISAHEL) to organize a Sensitization workshop', props: {role: 'organiser'}},
  {from: 'org:auc-dsd', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'DCAF has been asked to support the AUC DSD and the MISAHEL during the workshop', props: {role: 'participant'}},
  {from: 'org:dcaf', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'Stand-in as panel facilitators and speakers in specific sessions, according to the final programme', props: {role: 'facilitator'}},
  {from: 'org:dcaf-issat', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'Two SSR experts (one from ISSAT, one from SSAD) will take part in the workshop.', props: {role: 'speaker'}},
  {from: 'org:dcaf-ssad', to: 'event:au-ddr-ssr-workshop-bamako-2019', source: 'source:seed-001', evidence: 'Two SSR experts (one from ISSAT, one from SSAD) will take part in the workshop.', props: {role: 'speaker'}},
  {from: 'org:unodc', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'On 16 March 2020 UNODC in concert with the West African Network of Central Authorities and Prosecutors (WACAP) held in Bamako, Mali, first dialogue session', props: {role: 'organiser'}},
  {from: 'org:wacap', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'On 16 March 2020 UNODC in concert with the West African Network of Central Authorities and Prosecutors (WACAP) held in Bamako, Mali, first dialogue session', props: {role: 'organiser'}},
  {from: 'org:timbuktu-institute', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'This meeting was facilitated by the Timbuktu Institute - African Centre for Peace Studies', props: {role: 'facilitator'}},
  {from: 'country:BF', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger, and Senegal', props: {role: 'participant'}},
  {from: 'country:ML', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger, and Senegal', props: {role: 'participant'}},
  {from: 'country:MR', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger, and Senegal', props: {role: 'participant'}},
  {from: 'country:NE', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger, and Senegal', props: {role: 'participant'}},
  {from: 'country:SN', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'first dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger, and Senegal', props: {role: 'participant'}},
  {from: 'country:NG', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'Representatives from Nigeria and Chad participated as observers.', props: {role: 'observer'}},
  {from: 'country:TD', to: 'event:unodc-wacap-dialogue-bamako-2020', source: 'source:seed-002', evidence: 'Representatives from Nigeria and Chad participated as observers.', props: {role: 'observer'}},
  {from: 'org:nl-pm-un', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Host: Dutch Permanent Mission to the UN', props: {role: 'host'}},
  {from: 'org:wanep', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Organizers: WANEP: The West Africa Network for Peacebuilding (WANEP) is a leading Regional Peacebuilding organization', props: {role: 'organiser'}},
  {from: 'org:hsc', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Human Security Collective (HSC): HSC builds capacities of civil society', props: {role: 'organiser', note: 'listed under Organizers'}},
  {from: 'org:gppac', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'GPPAC: The Global Partnership for the Prevention of Armed Conflict (GPPAC) is a global network', props: {role: 'organiser', note: 'listed under Organizers'}},
  {from: 'org:ada', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'This debate is made possible with financial support from the Austrian Development Agency (ADA)', props: {role: 'funder'}},
  {from: 'person:sekou-kasse', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Ambassador Mr. S.E.M. Sékou Kassé, Ambassador for Mali to the UN (TBC)', props: {role: 'speaker', note: 'TBC'}},
  {from: 'person:oulie-keita', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Oulie Keita will give an introduction to civil society engagement in countering violent extremism in Mali.', props: {role: 'speaker'}},
  {from: 'person:moussa-bambara', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Mr Moussa Bambara Project Development and Conflict Management Specialist at the Governance team of USAID Mali', props: {role: 'speaker'}},
  {from: 'person:imam-diallo', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Imam Diallo Religious leader and President of the organization Association Malienne pour la Paix et le Salut (AMPS) (TBC)', props: {role: 'speaker', note: 'TBC'}},
  {from: 'person:fulco-van-deventer', to: 'event:hs-cve-mali-panel-un', source: 'source:seed-004', evidence: 'Moderator: Mr. Fulco van Deventer, deputy director, Human Security Collective', props: {role: 'moderator'}},
  {from: 'org:kpsrl', to: 'event:kpsrl-lunch-icg-mali-2015', source: 'source:seed-003-peace-in-mali', evidence: 'at a lunch meeting at the Knowledge Platform Security & Rule of Law', props: {role: 'host'}},
  {from: 'person:jean-herve-jezequel', to: 'event:kpsrl-lunch-icg-mali-2015', source: 'source:seed-003-peace-in-mali', evidence: 'in a preview of a new ICG report at a lunch meeting at the Knowledge Platform Security & Rule of Law, he explained how he believes the tide is changing', props: {role: 'speaker'}},
  {from: 'org:icg', to: 'event:kpsrl-lunch-icg-mali-2015', source: 'source:seed-003-peace-in-mali', evidence: 'in a preview of a new ICG report at a lunch meeting at the Knowledge Platform Security & Rule of Law', props: {role: 'speaker'}},
  {from: 'org:kpsrl', to: 'event:kpsrl-brainstorm-informal-economies-2015', source: 'source:seed-003-informal-economy', evidence: 'an Interactive Brainstorm of the Knowledge Platform Security & Rule of Law on November 23, 2015', props: {role: 'organiser'}},
  {from: 'org:kpsrl', to: 'event:kpsrl-lunch-kleinfeld-2015', source: 'source:seed-003-kleinfeld-measuring', evidence: 'said Rachel Kleinfeld at a lunch meeting at the Knowledge Platform Security & Rule of Law', props: {role: 'host'}},
  {from: 'person:rachel-kleinfeld', to: 'event:kpsrl-lunch-kleinfeld-2015', source: 'source:seed-003-kleinfeld-measuring', evidence: 'said Rachel Kleinfeld at a lunch meeting at the Knowledge Platform Security & Rule of Law', props: {role: 'speaker'}},
  {from: 'org:uva', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Plural Security in the City was organized by the University of Amsterdam, the Conflict Research Unit of Clingendael Institute and the Knowledge Platform Security & Rule of Law, on 22 October 2015.', props: {role: 'organiser'}},
  {from: 'org:clingendael-cru', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Plural Security in the City was organized by the University of Amsterdam, the Conflict Research Unit of Clingendael Institute and the Knowledge Platform Security & Rule of Law, on 22 October 2015.', props: {role: 'organiser'}},
  {from: 'org:kpsrl', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Plural Security in the City was organized by the University of Amsterdam, the Conflict Research Unit of Clingendael Institute and the Knowledge Platform Security & Rule of Law, on 22 October 2015.', props: {role: 'organiser'}},
  {from: 'person:etannibi-alemika', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Etannibi Alemika (University of Jos) emphasized that plural security is not a new phenomenon', props: {role: 'speaker'}},
  {from: 'person:alice-hills', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Alice Hills (Durham University) illustrated how plural security in Mogadishu and Kano involves actors competing for scarce resources', props: {role: 'speaker'}},
  {from: 'person:bruce-baker', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Bruce Baker (Coventry University) demonstrated a case of cooperation', props: {role: 'speaker'}},
  {from: 'person:rivke-jaffe', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'Rivke Jaffe (University of Amsterdam) described a strong involvement of political parties in security provision in Beirut', props: {role: 'speaker'}},
  {from: 'person:juan-salgado', to: 'event:plural-security-in-the-city-2015', source: 'source:seed-003-plural-security', evidence: 'as described by Juan Salgado (Centro de Investigación y Docencia Económicas)', props: {role: 'speaker'}},
  {from: 'org:kpsrl-rtwg', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop was organized by the reconstruction tender working group (RTWG)', props: {role: 'organiser'}},
  {from: 'person:gemma-van-der-haar', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'Led by Gemma van der Haar (Wageningen University)', props: {role: 'facilitator', note: 'led the workshop'}},
  {from: 'person:bram-peters', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'co-facilitated by Bram Peters and Wouter van Bruggen', props: {role: 'facilitator'}},
  {from: 'person:wouter-van-bruggen', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'co-facilitated by Bram Peters and Wouter van Bruggen', props: {role: 'facilitator'}},
  {from: 'org:care', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:cordaid', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:oxfam', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:save-the-children', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:spark', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:zoa', to: 'event:rtwg-youth-workshop-2015', source: 'source:seed-003-youth-economic-opportunities', evidence: 'a workshop in which the theories of change of CARE, Cordaid, Oxfam, Save the Children, SPARK and ZOA were analyzed', props: {role: 'participant'}},
  {from: 'org:kpsrl', to: 'event:kpsrl-brainstorm-conflict-management-2015', source: 'source:seed-003-conflict-management', evidence: 'a recent Interactive Brainstorm of the Knowledge Platform Security & Rule of Law', props: {role: 'organiser'}},
  {from: 'org:wo-men', to: 'event:nap3-draft-feedback-meeting-2015', source: 'source:seed-003-nap3-feedback', evidence: 'WO=MEN, the Netherlands Ministry of Foreign Affairs and the Knowledge Platform Security & Rule of Law hosted', props: {role: 'host'}},
  {from: 'org:nl-mfa', to: 'event:nap3-draft-feedback-meeting-2015', source: 'source:seed-003-nap3-feedback', evidence: 'WO=MEN, the Netherlands Ministry of Foreign Affairs and the Knowledge Platform Security & Rule of Law hosted', props: {role: 'host'}},
  {from: 'org:kpsrl', to: 'event:nap3-draft-feedback-meeting-2015', source: 'source:seed-003-nap3-feedback', evidence: 'WO=MEN, the Netherlands Ministry of Foreign Affairs and the Knowledge Platform Security & Rule of Law hosted', props: {role: 'host'}},
  {from: 'org:nl-mod', to: 'event:nap3-draft-feedback-meeting-2015', source: 'source:seed-003-nap3-feedback', evidence: 'a panel composed of representatives of the Ministry of Defense, the Ministry of Foreign Affairs, and civil society and knowledge institutions', props: {role: 'speaker'}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

UNWIND [
  {from: 'person:francesca-rappocciolo', to: 'org:idlo', source: 'source:seed-000', evidence: 'contacting Francesca Rappocciolo ([frappocciolo@idlo.int](mailto:frappocciolo@idlo.int))', props: {title: 'registration contact'}},
  {from: 'person:sekou-kasse', to: 'org:ml-government', source: 'source:seed-004', evidence: 'Ambassador Mr. S.E.M. Sékou Kassé, Ambassador for Mali to the UN', props: {title: 'Ambassador for Mali to the UN'}},
  {from: 'person:oulie-keita', to: 'org:freedom-house', source: 'source:seed-004', evidence: 'Ms Oulie Keita Director of Programs Freedom House', props: {title: 'Director of Programs'}},
  {from: 'person:moussa-bambara', to: 'org:usaid-mali', source: 'source:seed-004', evidence: 'Mr Moussa Bambara Project Development and Conflict Management Specialist at the Governance team of USAID Mali', props: {title: 'Project Development and Conflict Management Specialist, Governance team'}},
  {from: 'person:imam-diallo', to: 'org:amps', source: 'source:seed-004', evidence: 'Imam Diallo Religious leader and President of the organization Association Malienne pour la Paix et le Salut (AMPS)', props: {title: 'President'}},
  {from: 'person:fulco-van-deventer', to: 'org:hsc', source: 'source:seed-004', evidence: 'Mr. Fulco van Deventer, deputy director, Human Security Collective', props: {title: 'deputy director'}},
  {from: 'person:jean-herve-jezequel', to: 'org:icg', source: 'source:seed-003-peace-in-mali', evidence: 'Jean-Herve Jezequel, Senior Analyst at the International Crisis Group', props: {title: 'Senior Analyst'}},
  {from: 'person:etannibi-alemika', to: 'org:university-of-jos', source: 'source:seed-003-plural-security', evidence: 'Etannibi Alemika (University of Jos)', props: {}},
  {from: 'person:alice-hills', to: 'org:durham-university', source: 'source:seed-003-plural-security', evidence: 'Alice Hills (Durham University)', props: {}},
  {from: 'person:bruce-baker', to: 'org:coventry-university', source: 'source:seed-003-plural-security', evidence: 'Bruce Baker (Coventry University)', props: {}},
  {from: 'person:rivke-jaffe', to: 'org:uva', source: 'source:seed-003-plural-security', evidence: 'Rivke Jaffe (University of Amsterdam)', props: {}},
  {from: 'person:juan-salgado', to: 'org:cide', source: 'source:seed-003-plural-security', evidence: 'Juan Salgado (Centro de Investigación y Docencia Económicas)', props: {}},
  {from: 'person:m-van-leeuwen', to: 'org:radboud-university', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Dr M. van Leeuwen - Radboud Universiteit Nijmegen', props: {}},
  {from: 'person:ma-price', to: 'org:clingendael', source: 'source:seed-003-nwo-open-call-grants', evidence: 'M.A. Price - Nederlands Instituut voor Internationale Betrekkingen Clingendael', props: {}},
  {from: 'person:k-bush', to: 'org:university-of-york', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Mr K. Bush - University of York', props: {}},
  {from: 'person:v-hauck', to: 'org:ecdpm', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Mr V. Hauck MA  - European Centre for Development Policy Management', props: {}},
  {from: 'person:mn-abi-yaghi', to: 'org:lebanon-support', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Dr M.N. Abi Yaghi - Lebanon Support', props: {}},
  {from: 'person:c-harris', to: 'org:university-of-london', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Dr C. Harris PhD  - University of London', props: {}},
  {from: 'person:d-connolly', to: 'org:hague-institute', source: 'source:seed-003-nwo-open-call-grants', evidence: 'Dr D. Connolly  - The Hague Institute for Global Justice', props: {}},
  {from: 'person:gemma-van-der-haar', to: 'org:wageningen-university', source: 'source:seed-003-youth-economic-opportunities', evidence: 'Gemma van der Haar (Wageningen University)', props: {}},
  {from: 'person:anne-kwakkenbos', to: 'org:wo-men', source: 'source:seed-003-nap3-feedback', evidence: 'Anne Kwakkenbos, NAP coordinator at WO=MEN', props: {title: 'NAP coordinator'}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:WORKS_FOR]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;

MATCH (o:Organisation)-[:FUNDS]->()
SET o:Donor;
