// Seed sources: one node per document; the KPSRL news page (003) has one node per news item.

MERGE (s:Node:Source {id: 'source:seed-000'})
SET s.name = 'Implementer Dialogue: Security and Rule of Law Programming in the Sahel: exploring synergies and opportunities for coordination',
    s.title = 'Implementer Dialogue: Security and Rule of Law Programming in the Sahel: exploring synergies and opportunities for coordination',
    s.kind = 'document',
    s.documentType = 'event invitation',
    s.publisher = 'IDLO',
    s.date = date('2019-12-17'),
    s.fileName = '000_bbe23308816237ec.txt',
    s.description = 'IDLO invitation and concept note for an Implementer Dialogue in The Hague on coordinating security and rule of law programming in the Sahel, held in collaboration with the KPSRL.';

MERGE (s:Node:Source {id: 'source:seed-001'})
SET s.name = 'DCAF-ISSAT mandates: Mali',
    s.title = 'DCAF-ISSAT mandates: Mali',
    s.kind = 'document',
    s.documentType = 'mandate listing',
    s.publisher = 'DCAF',
    s.fileName = '001_1a6fd619fad5ca0a.txt',
    s.description = 'Listing of DCAF-ISSAT mandates concerning Mali: support to UN DPO OROLSI in the Sahel (2020-2021), an AU sensitization workshop on DDR and SSR in Bamako (2019) and a mapping of SSR projects in francophone countries (2016-2017).';

MERGE (s:Node:Source {id: 'source:seed-002'})
SET s.name = 'Dialogue Between Civil Society and Penal Chain Actors on the Prevention of Violent Extremism in Mali',
    s.title = 'Dialogue Between Civil Society and Penal Chain Actors on the Prevention of Violent Extremism in Mali',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'UNODC',
    s.fileName = '002_ed1132929fa1410a.txt',
    s.description = 'Report on the first UNODC-WACAP dialogue session between penal chain actors and civil society of five Sahel countries, held in Bamako on 16 March 2020.';

MERGE (s:Node:Source {id: 'source:seed-003-peace-in-mali'})
SET s.name = 'Peace in Mali: progress, but in what direction?',
    s.title = 'Peace in Mali: progress, but in what direction?',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-12-04'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on a KPSRL lunch meeting where ICG Senior Analyst Jean-Herve Jezequel previewed a Crisis Group report on the Mali peace process.';

MERGE (s:Node:Source {id: 'source:seed-003-informal-economy'})
SET s.name = 'Security and justice in the informal economy: exploring links and trajectories',
    s.title = 'Security and justice in the informal economy: exploring links and trajectories',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-11-26'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on the KPSRL Interactive Brainstorm of 23 November 2015 on informal economies, security and justice in fragile environments.';

MERGE (s:Node:Source {id: 'source:seed-003-rol-programming-mali'})
SET s.name = 'Breaking the cycle: rule of law programming in Mali',
    s.title = 'Breaking the cycle: rule of law programming in Mali',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-11-05'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on a 2 November 2015 meeting of Netherlands-based organisations on rule of law programming in Mali, including the Dutch Rule of Law program in Mali.';

MERGE (s:Node:Source {id: 'source:seed-003-ssr-governance-accountability'})
SET s.name = 'About flour and cake: why governance and accountability matter in SSR',
    s.title = 'About flour and cake: why governance and accountability matter in SSR',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-29'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on a SCIENTIA meeting on the EU and security sector reform, drawing on civilian experts\' experience of EU missions in Ukraine and Afghanistan.';

MERGE (s:Node:Source {id: 'source:seed-003-kleinfeld-measuring'})
SET s.name = 'Keeping the trash out of the river: Rachel Kleinfeld on planning, programming and measuring constantly together',
    s.title = 'Keeping the trash out of the river: Rachel Kleinfeld on planning, programming and measuring constantly together',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-26'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on a KPSRL lunch meeting with Rachel Kleinfeld on programming and measuring rule of law reform in complex environments.';

MERGE (s:Node:Source {id: 'source:seed-003-plural-security'})
SET s.name = 'Who\'s afraid of Plural Security?',
    s.title = 'Who\'s afraid of Plural Security?',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-26'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on the event Plural Security in the City (22 October 2015), organised by the University of Amsterdam, the Clingendael Conflict Research Unit and the KPSRL.';

MERGE (s:Node:Source {id: 'source:seed-003-nwo-open-call-grants'})
SET s.name = 'NWO grants to seven projects in the Open Call',
    s.title = 'NWO grants to seven projects in the Open Call',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-22'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item listing the seven research projects funded by NWO-WOTRO in the Open call for evidence-based policy advice and tools of the Applied Research Fund.';

MERGE (s:Node:Source {id: 'source:seed-003-youth-economic-opportunities'})
SET s.name = 'Gaps in knowledge regarding youth and economic opportunities in fragile contexts',
    s.title = 'Gaps in knowledge regarding youth and economic opportunities in fragile contexts',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-13'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on a 6 October 2015 workshop of the KPSRL reconstruction tender working group analysing theories of change of six Dutch organisations on youth, employment and stability.';

MERGE (s:Node:Source {id: 'source:seed-003-conflict-management'})
SET s.name = 'Innovative thinking on conflict management: look towards the grassroots',
    s.title = 'Innovative thinking on conflict management: look towards the grassroots',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-10-12'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on the KPSRL Interactive Brainstorm of 7 October 2015 on strategic approaches to international conflict management.';

MERGE (s:Node:Source {id: 'source:seed-003-nap3-feedback'})
SET s.name = 'NAP 3 Draft Feedback Meeting',
    s.title = 'NAP 3 Draft Feedback Meeting',
    s.kind = 'document',
    s.documentType = 'news item',
    s.publisher = 'Knowledge Platform Security & Rule of Law',
    s.date = date('2015-09-21'),
    s.fileName = '003_7d15dc20329f62fa.txt',
    s.description = 'News item on the 3 September 2015 meeting hosted by WO=MEN, the Netherlands Ministry of Foreign Affairs and the KPSRL to gather feedback on the draft third Dutch National Action Plan on Resolution 1325.';

MERGE (s:Node:Source {id: 'source:seed-004'})
SET s.name = 'Civil society engagement and a human security approach on countering violent extremism in Mali',
    s.title = 'Civil society engagement and a human security approach on countering violent extremism in Mali',
    s.kind = 'document',
    s.documentType = 'event concept note',
    s.publisher = 'Human Security Collective',
    s.fileName = '004_e960c7065053c8ba.txt',
    s.description = 'Concept note of a panel debate at the Permanent Mission of the Kingdom of the Netherlands to the UN, organised by WANEP, HSC and GPPAC with ADA funding under the project Civil Society for a Human Security Strategy in Mali.';
