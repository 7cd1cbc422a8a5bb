// Actors named in the seed documents: organisations, programmes, events and people in public roles.

// Organisations

MERGE (n:Node:Organisation {id: 'org:idlo'})
SET n.name = 'International Development Law Organization',
    n.aliases = ['IDLO', 'International Development Law Organisation', 'Organisation internationale de droit du développement', 'OIDD'],
    n.type = 'multilateral',
    n.description = 'Intergovernmental organisation devoted to promoting the rule of law and access to justice; runs a Netherlands-funded criminal justice programme in the Sahel.',
    n.url = 'https://www.idlo.int',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Organisation {id: 'org:nl-mfa'})
SET n.name = 'Netherlands Ministry of Foreign Affairs',
    n.aliases = ['Ministry of Foreign Affairs of the Netherlands', 'Dutch Ministry of Foreign Affairs', 'Government of the Netherlands', 'Dutch government', 'Netherlands MFA', 'Ministerie van Buitenlandse Zaken', 'BZ', 'Ministère des Affaires étrangères des Pays-Bas'],
    n.type = 'government',
    n.description = 'Dutch foreign ministry, responsible for development cooperation; funds IDLO\'s Sahel programme and co-coordinates the Dutch National Action Plan 1325.',
    n.url = 'https://www.government.nl/ministries/ministry-of-foreign-affairs',
    n.sourceIds = ['source:seed-000', 'source:seed-003-kleinfeld-measuring', 'source:seed-003-nap3-feedback', 'source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:kpsrl'})
SET n.name = 'Knowledge Platform Security & Rule of Law',
    n.aliases = ['KPSRL', 'Knowledge Platform Security and Rule of Law', 'the Platform'],
    n.type = 'network',
    n.description = 'Netherlands-based knowledge platform connecting policy makers, practitioners and researchers working on security and rule of law in fragile and conflict-affected settings.',
    n.url = 'https://www.kpsrl.org',
    n.sourceIds = ['source:seed-000', 'source:seed-003-peace-in-mali', 'source:seed-003-informal-economy', 'source:seed-003-kleinfeld-measuring', 'source:seed-003-plural-security', 'source:seed-003-youth-economic-opportunities', 'source:seed-003-conflict-management', 'source:seed-003-nap3-feedback'];

MERGE (n:Node:Organisation {id: 'org:hague-rol-community'})
SET n.name = 'The Hague Rule of Law community',
    n.aliases = ['Hague Rule of Law community'],
    n.type = 'network',
    n.description = 'Informal community of rule of law organisations, research institutes and policy makers in The Hague with which IDLO convenes its Implementer Dialogues.',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Organisation {id: 'org:dcaf'})
SET n.name = 'DCAF - Geneva Centre for Security Sector Governance',
    n.aliases = ['DCAF', 'Geneva Centre for the Democratic Control of Armed Forces', 'Geneva Centre for Security Sector Governance', 'Centre pour la gouvernance du secteur de la sécurité, Genève'],
    n.type = 'foundation',
    n.description = 'International foundation supporting security sector governance and reform; supports the AU and the UN through its ISSAT and Sub-Saharan Africa Division.',
    n.url = 'https://www.dcaf.ch',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:dcaf-issat'})
SET n.name = 'International Security Sector Advisory Team',
    n.aliases = ['ISSAT', 'ISSAT/DCAF', 'DCAF-ISSAT', 'DCAF ISSAT', 'International Security Sector Advisory Team (ISSAT)'],
    n.type = 'foundation',
    n.description = 'DCAF unit providing advisory support on security sector reform to international partners such as UN DPO OROLSI and the African Union.',
    n.url = 'https://issat.dcaf.ch',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:dcaf-ssad'})
SET n.name = 'DCAF Sub-Saharan Africa Division',
    n.aliases = ['SSAD', 'Sub-Saharan Africa Division', 'DCAF SSAD'],
    n.type = 'foundation',
    n.description = 'DCAF division for Sub-Saharan Africa that contributed an SSR expert to the AU workshop on DDR and SSR in Bamako.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:un'})
SET n.name = 'United Nations',
    n.aliases = ['UN', 'Nations Unies', 'ONU', 'Organisation des Nations Unies'],
    n.type = 'multilateral',
    n.description = 'The United Nations organisation, including its Secretariat, peace operations and Security Council.',
    n.url = 'https://www.un.org',
    n.sourceIds = ['source:seed-001', 'source:seed-003-peace-in-mali', 'source:seed-003-conflict-management', 'source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:un-dpo'})
SET n.name = 'UN Department of Peace Operations',
    n.aliases = ['DPO', 'UN DPO', 'Department of Peace Operations', 'Département des opérations de paix'],
    n.type = 'multilateral',
    n.description = 'UN Secretariat department responsible for peace operations, of which OROLSI is part.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:un-dpo-orolsi'})
SET n.name = 'Office of Rule of Law and Security Institutions',
    n.aliases = ['OROLSI', 'UN DPO OROLSI', 'DPO OROLSI', 'Bureau de l\'état de droit et des institutions chargées de la sécurité'],
    n.type = 'multilateral',
    n.description = 'UN DPO office strengthening rule of law and security institutions; developing a regional engagement in the Sahel with Burkina Faso, Mali and Niger as priority countries.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:un-gfp-rol'})
SET n.name = 'Global Focal Point for Rule of Law',
    n.aliases = ['GFP', 'Global Focal Point for Police, Justice and Corrections', 'Global Focal Point arrangement'],
    n.type = 'multilateral',
    n.description = 'UN arrangement through which OROLSI and its UN partners pool rule of law expertise.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:minusma'})
SET n.name = 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    n.aliases = ['MINUSMA', 'UN Mission in Mali', 'Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali'],
    n.type = 'multilateral',
    n.description = 'UN peacekeeping mission in Mali that sets the security frame and is mandated to build security sector and rule of law capacity.',
    n.url = 'https://minusma.unmissions.org',
    n.sourceIds = ['source:seed-001', 'source:seed-003-peace-in-mali', 'source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:unowas'})
SET n.name = 'United Nations Office for West Africa and the Sahel',
    n.aliases = ['UNOWAS', 'Bureau des Nations Unies pour l\'Afrique de l\'Ouest et le Sahel'],
    n.type = 'multilateral',
    n.description = 'UN regional political office for West Africa and the Sahel, cited as an area of OROLSI experience.',
    n.url = 'https://unowas.unmissions.org',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:au'})
SET n.name = 'African Union',
    n.aliases = ['AU', 'Union africaine', 'UA'],
    n.type = 'multilateral',
    n.description = 'Continental intergovernmental organisation of African states.',
    n.url = 'https://au.int',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:auc'})
SET n.name = 'African Union Commission',
    n.aliases = ['AUC', 'Commission of the African Union', 'Commission de l\'Union africaine'],
    n.type = 'multilateral',
    n.description = 'Secretariat of the African Union; supported the Government of Mali to organise a DDR and SSR sensitization workshop and collaborates with DCAF on SSR.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:auc-dsd'})
SET n.name = 'AUC Defence and Security Division',
    n.aliases = ['AUC DSD', 'DSD', 'Defence and Security Division', 'Defense and Security Division'],
    n.type = 'multilateral',
    n.description = 'Division of the African Union Commission in charge of defence and security matters, including SSR and DDR.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:au-misahel'})
SET n.name = 'African Union Mission for Mali and the Sahel',
    n.aliases = ['MISAHEL', 'Mission in Mali and in the Sahel', 'AU Mission for Mali and the Sahel', 'Mission de l\'Union africaine pour le Mali et le Sahel'],
    n.type = 'multilateral',
    n.description = 'African Union mission in Mali and the Sahel through which the AU Commission supports the Government of Mali.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Organisation {id: 'org:ml-government'})
SET n.name = 'Government of Mali',
    n.aliases = ['Malian government', 'Gouvernement du Mali', 'Government of the Republic of Mali'],
    n.type = 'government',
    n.description = 'National government of Mali.',
    n.sourceIds = ['source:seed-001', 'source:seed-003-peace-in-mali', 'source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:unodc'})
SET n.name = 'United Nations Office on Drugs and Crime',
    n.aliases = ['UNODC', 'Office des Nations Unies contre la drogue et le crime', 'ONUDC'],
    n.type = 'multilateral',
    n.description = 'UN office on drugs, crime and terrorism prevention; organised with WACAP a dialogue between civil society and penal chain actors on preventing violent extremism.',
    n.url = 'https://www.unodc.org',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Organisation {id: 'org:wacap'})
SET n.name = 'West African Network of Central Authorities and Prosecutors',
    n.aliases = ['WACAP', 'Réseau des autorités centrales et des procureurs de l\'Afrique de l\'Ouest'],
    n.type = 'network',
    n.description = 'Network of central authorities and prosecutors of West African states for judicial cooperation against organised crime and terrorism.',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Organisation {id: 'org:timbuktu-institute'})
SET n.name = 'Timbuktu Institute - African Centre for Peace Studies',
    n.aliases = ['Timbuktu Institute', 'African Centre for Peace Studies', 'Timbuktu Institute – African Center for Peace Studies'],
    n.type = 'research',
    n.description = 'African peace studies institute that facilitated the UNODC-WACAP dialogue in Bamako.',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Organisation {id: 'org:ada'})
SET n.name = 'Austrian Development Agency',
    n.aliases = ['ADA', 'Austrian Development Agency (ADA)', 'Agence autrichienne de développement'],
    n.type = 'government',
    n.description = 'Operational unit of Austrian Development Cooperation; funds the project Civil Society for a Human Security Strategy in Mali.',
    n.url = 'https://www.entwicklung.at',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:austrian-development-cooperation'})
SET n.name = 'Austrian Development Cooperation',
    n.aliases = ['ADC', 'Österreichische Entwicklungszusammenarbeit'],
    n.type = 'government',
    n.description = 'Austria\'s official development cooperation, whose operational unit is the Austrian Development Agency.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:wanep'})
SET n.name = 'West Africa Network for Peacebuilding',
    n.aliases = ['WANEP', 'Réseau Ouest Africain pour l\'Edification de la Paix'],
    n.type = 'network',
    n.description = 'Regional peacebuilding network with national networks in every ECOWAS member state; co-initiator of the Human Security Strategy project in Mali.',
    n.url = 'https://wanep.org',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:wanep-mali'})
SET n.name = 'WANEP Mali',
    n.aliases = [],
    n.type = 'network',
    n.description = 'Malian national network of the West Africa Network for Peacebuilding.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:gppac'})
SET n.name = 'Global Partnership for the Prevention of Armed Conflict',
    n.aliases = ['GPPAC'],
    n.type = 'network',
    n.description = 'Global network of civil society organisations engaged in conflict prevention and peacebuilding, organised in 15 regional networks.',
    n.url = 'https://gppac.net',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:hsc'})
SET n.name = 'Human Security Collective',
    n.aliases = ['HSC'],
    n.type = 'ngo-international',
    n.description = 'Organisation that builds civil society capacity to engage policy makers on the effects of counter-terrorism measures and advocates a human security approach.',
    n.url = 'https://www.hscollective.org',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:nl-pm-un'})
SET n.name = 'Permanent Mission of the Kingdom of the Netherlands to the United Nations',
    n.aliases = ['Dutch Permanent Mission to the UN', 'Dutch Mission', 'Netherlands Permanent Mission to the UN', 'Permanent Mission of the Netherlands to the UN'],
    n.type = 'government',
    n.description = 'Diplomatic mission of the Netherlands to the United Nations; hosted the panel on civil society and countering violent extremism in Mali.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:freedom-house'})
SET n.name = 'Freedom House',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'International NGO supporting democracy and human rights; its Director of Programs spoke at the panel on countering violent extremism in Mali.',
    n.url = 'https://freedomhouse.org',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:usaid'})
SET n.name = 'United States Agency for International Development',
    n.aliases = ['USAID', 'U.S. Agency for International Development'],
    n.type = 'government',
    n.description = 'US government development agency.',
    n.url = 'https://www.usaid.gov',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:usaid-mali'})
SET n.name = 'USAID Mali',
    n.aliases = ['USAID/Mali', 'USAID Mali Mission'],
    n.type = 'government',
    n.description = 'USAID mission in Mali, with a governance team working on conflict management.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:amps'})
SET n.name = 'Association Malienne pour la Paix et le Salut',
    n.aliases = ['AMPS'],
    n.type = 'ngo-national',
    n.description = 'Malian religious civil society organisation working for peace, presided by Imam Diallo.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:ecowas'})
SET n.name = 'Economic Community of West African States',
    n.aliases = ['ECOWAS', 'CEDEAO', 'Communauté économique des États de l\'Afrique de l\'Ouest'],
    n.type = 'multilateral',
    n.description = 'Regional economic community of West African states.',
    n.url = 'https://www.ecowas.int',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:oas'})
SET n.name = 'Organization of American States',
    n.aliases = ['OAS', 'Organisation des États américains', 'OEA'],
    n.type = 'multilateral',
    n.description = 'Regional organisation of the states of the Americas.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:asean'})
SET n.name = 'Association of Southeast Asian Nations',
    n.aliases = ['ASEAN'],
    n.type = 'multilateral',
    n.description = 'Regional organisation of Southeast Asian states.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:eu'})
SET n.name = 'European Union',
    n.aliases = ['EU', 'Union européenne', 'UE'],
    n.type = 'multilateral',
    n.description = 'Political and economic union of European states, deploying civilian missions including on security sector reform.',
    n.sourceIds = ['source:seed-003-ssr-governance-accountability', 'source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:ml-ministry-national-reconciliation'})
SET n.name = 'Ministry for National Reconciliation (Mali)',
    n.aliases = ['Ministry for National Reconciliation', 'Ministère de la Réconciliation nationale'],
    n.type = 'government',
    n.description = 'Malian ministry that initiated the national process of truth, justice and reconciliation.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Organisation {id: 'org:icg'})
SET n.name = 'International Crisis Group',
    n.aliases = ['ICG', 'Crisis Group'],
    n.type = 'ngo-international',
    n.description = 'Independent conflict analysis and prevention organisation; its Senior Analyst presented a report on Mali at the KPSRL.',
    n.url = 'https://www.crisisgroup.org',
    n.sourceIds = ['source:seed-003-peace-in-mali'];

MERGE (n:Node:Organisation {id: 'org:utoda'})
SET n.name = 'UTODA',
    n.aliases = ['Uganda Taxi Operators and Drivers Association'],
    n.type = 'civil-society',
    n.description = 'Urban transport association in Uganda whose rise and demise illustrated political involvement in informal security arrangements.',
    n.sourceIds = ['source:seed-003-informal-economy'];

MERGE (n:Node:Organisation {id: 'org:uva'})
SET n.name = 'University of Amsterdam',
    n.aliases = ['UvA', 'Universiteit van Amsterdam'],
    n.type = 'academic',
    n.description = 'Dutch university; co-organised Plural Security in the City.',
    n.url = 'https://www.uva.nl',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:clingendael'})
SET n.name = 'Netherlands Institute of International Relations Clingendael',
    n.aliases = ['Clingendael', 'Clingendael Institute', 'Nederlands Instituut voor Internationale Betrekkingen Clingendael'],
    n.type = 'research',
    n.description = 'Dutch think tank on international relations; leads an NWO-funded project on plural security provision in urban contexts.',
    n.url = 'https://www.clingendael.org',
    n.sourceIds = ['source:seed-003-plural-security', 'source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:clingendael-cru'})
SET n.name = 'Conflict Research Unit of Clingendael Institute',
    n.aliases = ['CRU', 'Conflict Research Unit', 'Clingendael CRU'],
    n.type = 'research',
    n.description = 'Clingendael unit researching conflict and fragility; co-organised Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:university-of-jos'})
SET n.name = 'University of Jos',
    n.aliases = [],
    n.type = 'academic',
    n.description = 'Nigerian university; affiliation of Etannibi Alemika.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:durham-university'})
SET n.name = 'Durham University',
    n.aliases = [],
    n.type = 'academic',
    n.description = 'British university; affiliation of Alice Hills.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:coventry-university'})
SET n.name = 'Coventry University',
    n.aliases = [],
    n.type = 'academic',
    n.description = 'British university; affiliation of Bruce Baker.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:cide'})
SET n.name = 'Centro de Investigación y Docencia Económicas',
    n.aliases = ['CIDE'],
    n.type = 'academic',
    n.description = 'Mexican research and teaching centre; affiliation of Juan Salgado.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Organisation {id: 'org:nwo'})
SET n.name = 'Netherlands Organisation for Scientific Research',
    n.aliases = ['NWO', 'Dutch Research Council', 'Nederlandse Organisatie voor Wetenschappelijk Onderzoek'],
    n.type = 'government',
    n.description = 'Dutch national research council.',
    n.url = 'https://www.nwo.nl',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:nwo-wotro'})
SET n.name = 'NWO-WOTRO Science for Global Development',
    n.aliases = ['NWO-WOTRO', 'WOTRO', 'WOTRO Science for Global Development'],
    n.type = 'government',
    n.description = 'NWO division funding research for global development; grants funding in the Applied Research Fund of the Security & Rule of Law research programme.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:radboud-university'})
SET n.name = 'Radboud Universiteit Nijmegen',
    n.aliases = ['Radboud University', 'Radboud University Nijmegen'],
    n.type = 'academic',
    n.description = 'Dutch university leading an NWO-funded project on Local Peace Committees in Burundi and DR Congo.',
    n.url = 'https://www.ru.nl',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:university-of-york'})
SET n.name = 'University of York',
    n.aliases = [],
    n.type = 'academic',
    n.description = 'British university leading an NWO-funded study of monitoring and evaluation and statebuilding in Afghanistan.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:ecdpm'})
SET n.name = 'European Centre for Development Policy Management',
    n.aliases = ['ECDPM'],
    n.type = 'research',
    n.description = 'Dutch-based independent think tank on European-African relations; leads an NWO-funded project on international support to the ICGLR.',
    n.url = 'https://ecdpm.org',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:icglr'})
SET n.name = 'International Conference on the Great Lakes Region',
    n.aliases = ['ICGLR', 'Conférence internationale sur la région des Grands Lacs', 'CIRGL'],
    n.type = 'multilateral',
    n.description = 'Intergovernmental organisation of the Great Lakes region responding to conflict in Burundi and the Central African Republic.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:lebanon-support'})
SET n.name = 'Lebanon Support',
    n.aliases = [],
    n.type = 'ngo-national',
    n.description = 'Lebanese research and civil society organisation leading an NWO-funded study on urban refugee protection in Lebanon\'s hybrid security system.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:university-of-london'})
SET n.name = 'University of London',
    n.aliases = [],
    n.type = 'academic',
    n.description = 'British university leading an NWO-funded project on participatory gender analysis of conflict in Uganda.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:hague-institute'})
SET n.name = 'The Hague Institute for Global Justice',
    n.aliases = ['Hague Institute for Global Justice'],
    n.type = 'research',
    n.description = 'Dutch research institute leading an NWO-funded review and M&E framework for the CSO-led Human Security Strategy in Mali.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Organisation {id: 'org:kpsrl-rtwg'})
SET n.name = 'Reconstruction Tender Working Group',
    n.aliases = ['RTWG', 'reconstruction tender working group'],
    n.type = 'network',
    n.description = 'KPSRL working group of organisations implementing reconstruction tender projects.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:wageningen-university'})
SET n.name = 'Wageningen University',
    n.aliases = ['Wageningen University & Research', 'WUR'],
    n.type = 'academic',
    n.description = 'Dutch university; affiliation of Gemma van der Haar.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:care'})
SET n.name = 'CARE',
    n.aliases = ['CARE International'],
    n.type = 'ngo-international',
    n.description = 'Humanitarian and development NGO whose reconstruction programme theory of change on youth and stability was analysed by the RTWG.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:cordaid'})
SET n.name = 'Cordaid',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'Dutch development and humanitarian NGO whose reconstruction programme theory of change on youth and stability was analysed by the RTWG.',
    n.url = 'https://www.cordaid.org',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:oxfam'})
SET n.name = 'Oxfam',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'Development and humanitarian NGO whose reconstruction programme theory of change on youth and stability was analysed by the RTWG.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:save-the-children'})
SET n.name = 'Save the Children',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'Child rights NGO whose reconstruction programme theory of change on youth and stability was analysed by the RTWG.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:spark'})
SET n.name = 'SPARK',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'NGO supporting higher education and entrepreneurship in fragile states whose theory of change on youth and stability was analysed by the RTWG.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:zoa'})
SET n.name = 'ZOA',
    n.aliases = [],
    n.type = 'ngo-international',
    n.description = 'Dutch relief and recovery NGO whose reconstruction programme theory of change on youth and stability was analysed by the RTWG.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Organisation {id: 'org:unsc'})
SET n.name = 'United Nations Security Council',
    n.aliases = ['UNSC', 'UN Security Council', 'Security Council', 'Conseil de sécurité des Nations unies'],
    n.type = 'multilateral',
    n.description = 'UN organ responsible for international peace and security; adopted Resolution 1325 on Women, Peace and Security.',
    n.sourceIds = ['source:seed-003-conflict-management', 'source:seed-003-nap3-feedback'];

MERGE (n:Node:Organisation {id: 'org:wo-men'})
SET n.name = 'WO=MEN',
    n.aliases = ['WO=MEN Dutch Gender Platform', 'Dutch Gender Platform WO=MEN'],
    n.type = 'network',
    n.description = 'Dutch gender platform of organisations; co-coordinator of the Dutch National Action Plan 1325.',
    n.url = 'https://www.wo-men.nl',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

MERGE (n:Node:Organisation {id: 'org:nl-mod'})
SET n.name = 'Netherlands Ministry of Defence',
    n.aliases = ['Ministry of Defense', 'Dutch Ministry of Defence', 'Ministerie van Defensie'],
    n.type = 'government',
    n.description = 'Dutch defence ministry; represented on the panel of the NAP 3 draft feedback meeting.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

// Programmes, projects, mandates and grants

MERGE (n:Node:Programme {id: 'programme:idlo-sahel-criminal-justice'})
SET n.name = 'IDLO Sahel programme on the criminal justice chain and peacebuilding',
    n.aliases = ['IDLO multi-sector program in the Sahel', 'IDLO Sahel criminal justice programme'],
    n.programmeType = 'programme',
    n.startYear = 2019,
    n.startNote = 'launched in 2019',
    n.description = 'Multi-sector programme launched by IDLO in 2019 with Dutch support across three Sahel countries to strengthen the criminal justice chain and support peacebuilding, scaling up a model implemented in Mali since 2015.',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Programme {id: 'programme:dcaf-mandate-orolsi-sahel'})
SET n.name = 'Support to the strategic development of UN DPO OROLSI’s regional engagement in the Sahel',
    n.aliases = ['ISSAT mandate OROLSI Sahel'],
    n.programmeType = 'mandate',
    n.startDate = date('2020-07-07'),
    n.endDate = date('2021-02-21'),
    n.description = 'DCAF-ISSAT mandate to analyse assessments, map international frameworks and recommend how OROLSI can fill gaps in Burkina Faso, Mali and Niger.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Programme {id: 'programme:dcaf-mandate-au-ddr-ssr-mali'})
SET n.name = 'Sensitization workshop on DDR and SSR : « sharing lessons learned and good practices »',
    n.aliases = ['AU mandate DDR and SSR workshop Mali'],
    n.programmeType = 'mandate',
    n.startDate = date('2019-02-01'),
    n.endDate = date('2019-03-31'),
    n.description = 'DCAF mandate to support the AUC Defence and Security Division and MISAHEL during the AU sensitization workshop on DDR and SSR in Bamako, with ISSAT leading the DCAF team.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Programme {id: 'programme:dcaf-mandate-rss-francophone'})
SET n.name = 'Etude cartographique des projets exemplaires en matière de Réforme des systèmes de sécurité (RSS) dans l’espace francophone',
    n.aliases = ['Mapping study of exemplary SSR projects in the francophone space'],
    n.programmeType = 'mandate',
    n.startDate = date('2016-10-03'),
    n.endDate = date('2017-01-09'),
    n.description = 'DCAF-ISSAT mapping of exemplary security sector reform projects in francophone countries, responding to the lack of SSR resources in French.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Programme {id: 'programme:wacap-good-practice-guide'})
SET n.name = 'Guide on good practices for strengthening cooperation between civil society actors and penal chain stakeholders',
    n.aliases = [],
    n.programmeType = 'project',
    n.status = 'planned',
    n.description = 'Planned guide, with WACAP support, on good practices for cooperation between civil society and penal chain actors, recommended by the Bamako dialogue.',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Programme {id: 'programme:hs-strategy-mali'})
SET n.name = 'Civil Society for a Human Security Strategy in Mali',
    n.aliases = ['Human Security Strategy project Mali'],
    n.programmeType = 'project',
    n.description = 'ADA-funded initiative of WANEP, GPPAC and HSC that aims to bridge development, conflict mediation and security initiatives in Mali through a human security approach.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Programme {id: 'programme:ml-truth-justice-reconciliation'})
SET n.name = 'National process of truth, justice and reconciliation (Mali)',
    n.aliases = ['truth, justice and reconciliation process'],
    n.programmeType = 'programme',
    n.description = 'National process initiated by the Malian Ministry for National Reconciliation, with dialogues across the country to find truth, speak justice and reconcile people.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Programme {id: 'programme:nl-rol-programme-mali'})
SET n.name = 'Dutch Rule of Law program in Mali',
    n.aliases = ['Dutch program in Mali'],
    n.programmeType = 'programme',
    n.description = 'Dutch programme that takes the social contract between the Malian government and its citizens as starting point to develop the justice sector from the grassroots.',
    n.sourceIds = ['source:seed-003-rol-programming-mali'];

MERGE (n:Node:Programme {id: 'programme:nwo-srol-research-programme'})
SET n.name = 'Security & Rule of Law in Fragile and Conflict-Affected Settings',
    n.aliases = ['research program Security & Rule of Law in Fragile and Conflict-Affected Settings'],
    n.programmeType = 'programme',
    n.description = 'Research programme under which NWO-WOTRO runs the Applied Research Fund.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-applied-research-fund'})
SET n.name = 'Applied Research Fund',
    n.aliases = ['ARF'],
    n.programmeType = 'programme',
    n.description = 'Fund of the Security & Rule of Law research programme with an Open call for evidence-based policy advice and tools and a Call for Evidence-Informed Ideas.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-open-call-policy-advice'})
SET n.name = 'Open call for evidence-based policy advice and tools',
    n.aliases = ['Open Call'],
    n.programmeType = 'grant',
    n.cofundingNote = 'over 160,000 euros in cofunding for the seven projects',
    n.deadlineNote = 'last assessment round of 6 November 2015',
    n.description = 'Grant call of the Applied Research Fund for six-month projects that provide evidence-based insights into security and rule of law policies; seven projects were granted about 100,000 euros each.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-call-evidence-informed-ideas'})
SET n.name = 'Call for Evidence-Informed Ideas',
    n.aliases = [],
    n.programmeType = 'grant',
    n.description = 'Second call of the Applied Research Fund open for applications in 2015.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-lpc-burundi-drc'})
SET n.name = 'Enhancing Local Peace Committees - facilitating stakeholder debate on the strategic choices involved in transitional justice in Burundi and DR Congo',
    n.aliases = ['Enhancing Local Peace Committees'],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Dr M. van Leeuwen',
    n.description = 'Research project on how local stakeholders can be engaged in strategic choices about Local Peace Committees for transitional justice in Burundi and DR Congo.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-plural-security-urban'})
SET n.name = 'Informing policy on plural security provision in urban contexts: Comparative insights from Lebanon, Kenya, and Tunisia',
    n.aliases = ['Informing policy on plural security provision in urban contexts'],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'M.A. Price',
    n.description = 'Research project on how local urban governance interacts with plural security providers to improve security outcomes for citizens (Beirut, Nairobi, Tunis).',
    n.sourceIds = ['source:seed-003-plural-security', 'source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-me-statebuilding-afghanistan'})
SET n.name = 'A Study of Monitoring and Evaluation Regimes and Statebuilding Capacity Building: the Case of Afghanistan',
    n.aliases = [],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Mr K. Bush',
    n.description = 'Research project on nurturing monitoring and evaluation capacities and linking them to statebuilding capacities in Afghanistan.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-icglr-burundi-car'})
SET n.name = 'Promoting coherence, coordination and complementarity in international support to the ICGLR’s response to conflict in Burundi and the Central African Republic',
    n.aliases = [],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Mr V. Hauck MA',
    n.description = 'Research project identifying how international support can reinforce the ICGLR\'s regionally driven response to conflict in Burundi and the Central African Republic.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-urban-refugees-lebanon'})
SET n.name = 'Urban refugee protection in Lebanon\'s hybrid security system: a research and action agenda',
    n.aliases = [],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Dr M.N. Abi Yaghi',
    n.description = 'Research project on security measures applied to refugees in Lebanon in the context of the Syrian crisis, with a comparative component on Jordan.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-gender-conflict-uganda'})
SET n.name = 'Trialing tools for participatory gender analysis of conflict in Uganda',
    n.aliases = [],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Dr C. Harris PhD',
    n.description = 'Research project developing a participatory gender analysis of conflict methodology and toolkit in Uganda.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:nwo-hs-strategy-mali-review'})
SET n.name = 'Learning from Design in Mali: A Critical Review and M&E Framework for the CSO-led Human Security Strategy 2014-2015',
    n.aliases = ['Learning from Design in Mali'],
    n.programmeType = 'research-project',
    n.budget = 100000,
    n.currency = 'EUR',
    n.budgetNote = 'about',
    n.duration = 'six months',
    n.principalInvestigator = 'Dr D. Connolly',
    n.description = 'Research project reviewing the CSO-led Human Security Strategy in Mali (2014-2015) and designing a monitoring and evaluation framework for it.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Programme {id: 'programme:reconstruction-tender'})
SET n.name = 'Reconstruction Tender',
    n.aliases = ['reconstruction tender projects', 'reconstruction programs of Dutch organizations'],
    n.programmeType = 'programme',
    n.description = 'Set of reconstruction projects of Dutch organisations whose theories of change link economic opportunities for youth to stability.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Programme {id: 'programme:nl-nap-1325'})
SET n.name = 'Dutch National Action Plan 1325',
    n.aliases = ['Dutch NAP 1325', 'NAP 1325', 'Dutch National Action Plan on Resolution 1325'],
    n.programmeType = 'programme',
    n.description = 'Cooperation between Dutch civil society, government institutions and knowledge institutions to implement UN Security Council Resolution 1325, coordinated by the Ministry of Foreign Affairs and WO=MEN.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

MERGE (n:Node:Programme {id: 'programme:nl-nap3-1325'})
SET n.name = 'Third Dutch National Action Plan on Resolution 1325',
    n.aliases = ['NAP 3', 'NAP3', 'third National Action Plan on Resolution 1325'],
    n.programmeType = 'programme',
    n.description = 'Third edition of the Dutch National Action Plan 1325, drafted in 2015 with feedback from its signatories.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

// Events

MERGE (n:Node:Event {id: 'event:idlo-implementer-dialogue-sahel-2019'})
SET n.name = 'Implementer Dialogue: Security and Rule of Law Programming in the Sahel: exploring synergies and opportunities for coordination',
    n.aliases = ['Security and Rule of Law Programming in the Sahel: exploring synergies and opportunities for coordination'],
    n.eventType = 'dialogue',
    n.date = date('2019-12-17'),
    n.dateNote = 't.b.c',
    n.place = 'IDLO, Hofweg 9E, 2511 AA The Hague, The Netherlands',
    n.description = 'IDLO Implementer Dialogue, in collaboration with the KPSRL, convening implementing organisations active in security and rule of law in the Sahel to map efforts, identify synergies and explore coordination.',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Event {id: 'event:idlo-implementer-dialogues-series'})
SET n.name = 'IDLO\'s Implementer Dialogues Series',
    n.aliases = ['Implementer Dialogues', 'IDLO Implementer Dialogues'],
    n.eventType = 'dialogue',
    n.startYear = 2014,
    n.place = 'The Hague',
    n.description = 'Series of informal exchanges since 2014 in which IDLO and The Hague Rule of Law community bring together implementing organisations, research institutes and the Netherlands Ministry of Foreign Affairs.',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Event {id: 'event:au-ddr-ssr-workshop-bamako-2019'})
SET n.name = 'Sensitization workshop on Disarmament, Demobilization and Reintegration (DDR) and Security Sector Reform (SSR): Sharing lessons learned and best practices',
    n.aliases = ['AU sensitization workshop on DDR and SSR'],
    n.eventType = 'workshop',
    n.date = date('2019-03-05'),
    n.endDate = date('2019-03-07'),
    n.place = 'Bamako, Mali',
    n.description = 'AU workshop supporting the Government of Mali on progress and challenges of the accelerated DDR process and SSR, with DCAF experts as facilitators and speakers.',
    n.sourceIds = ['source:seed-001'];

MERGE (n:Node:Event {id: 'event:unodc-wacap-dialogue-bamako-2020'})
SET n.name = 'Dialogue Between Civil Society and Penal Chain Actors on the Prevention of Violent Extremism in Mali',
    n.aliases = ['UNODC-WACAP dialogue session Bamako'],
    n.eventType = 'dialogue',
    n.date = date('2020-03-16'),
    n.place = 'Bamako, Mali',
    n.description = 'First dialogue session between penal chain actors and civil society of Burkina Faso, Mali, Mauritania, Niger and Senegal, held by UNODC with WACAP as a follow-up to the Dakar Call to Action.',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Event {id: 'event:dakar-subregional-conference-2018'})
SET n.name = 'Sub-regional conference on criminal justice and civil society responses to violent extremism, organized crime and illicit trafficking',
    n.aliases = ['Dakar conference 2018', 'Dakar Call to Action conference'],
    n.eventType = 'conference',
    n.dateNote = 'March 2018',
    n.place = 'Dakar, Senegal',
    n.description = 'Conference in Dakar whose "Dakar Call to Action" recommendations gave rise to dialogue sessions between penal chain actors and civil society.',
    n.sourceIds = ['source:seed-002'];

MERGE (n:Node:Event {id: 'event:hs-cve-mali-panel-un'})
SET n.name = 'Civil society engagement and a human security approach on countering violent extremism in Mali',
    n.aliases = ['Panel on civil society and CVE in Mali'],
    n.eventType = 'panel',
    n.dateNote = '10 June (year not stated), 9:15-10:15 AM',
    n.place = 'Permanent Mission of the Kingdom of the Netherlands to the United Nations, 666 Third Avenue, 19th Floor',
    n.description = 'Multi-actor panel debate at the Dutch Permanent Mission to the UN on the role of government and civil society in addressing violent extremism in Mali, funded by ADA through the Human Security Strategy project.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Event {id: 'event:kpsrl-lunch-icg-mali-2015'})
SET n.name = 'KPSRL lunch meeting: Peace in Mali (preview of ICG report)',
    n.aliases = [],
    n.eventType = 'lunch-meeting',
    n.dateNote = 'late 2015; reported 4 December 2015',
    n.description = 'Lunch meeting at the KPSRL where ICG Senior Analyst Jean-Herve Jezequel previewed a new Crisis Group report on Mali and set out four key issues for reform.',
    n.sourceIds = ['source:seed-003-peace-in-mali'];

MERGE (n:Node:Event {id: 'event:anefis-peace-talks-2015'})
SET n.name = 'Anefis peace talks',
    n.aliases = [],
    n.eventType = 'meeting',
    n.dateNote = '2015 (reported December 2015)',
    n.place = 'Anefis, Mali',
    n.description = 'Low-profile peace talks in Anefis, Mali, supported discreetly by the international community, that led to the first successful ceasefire in two years.',
    n.sourceIds = ['source:seed-003-peace-in-mali'];

MERGE (n:Node:Event {id: 'event:kpsrl-brainstorm-informal-economies-2015'})
SET n.name = 'Interactive Brainstorm: Informal Economies in Fragile Environments: Exploring the links to justice and security',
    n.aliases = [],
    n.eventType = 'brainstorm',
    n.date = date('2015-11-23'),
    n.participantCount = 20,
    n.description = 'KPSRL brainstorm of 20 professionals on how informal economies shape and are shaped by security and justice provision, with cases from Mali, Tajikistan, Colombia, Afghanistan, Uganda, Rwanda and Kenya.',
    n.sourceIds = ['source:seed-003-informal-economy'];

MERGE (n:Node:Event {id: 'event:rol-programming-mali-meeting-2015'})
SET n.name = 'Meeting on rule of law programming in Mali',
    n.aliases = ['Breaking the cycle: rule of law programming in Mali (meeting)'],
    n.eventType = 'meeting',
    n.date = date('2015-11-02'),
    n.description = 'Meeting of organisations in The Netherlands working on rule of law in Mali to discuss challenges and opportunities for rule of law programming.',
    n.sourceIds = ['source:seed-003-rol-programming-mali'];

MERGE (n:Node:Event {id: 'event:scientia-eu-ssr-meeting-2015'})
SET n.name = 'SCIENTIA meeting on the EU and Security Sector Reform',
    n.aliases = [],
    n.eventType = 'meeting',
    n.dateNote = 'October 2015 (reported 29 October 2015)',
    n.description = 'Meeting at which civilian experts and researchers shared lessons from EU SSR missions in Ukraine and Afghanistan on governance and accountability.',
    n.sourceIds = ['source:seed-003-ssr-governance-accountability'];

MERGE (n:Node:Event {id: 'event:kpsrl-lunch-kleinfeld-2015'})
SET n.name = 'KPSRL lunch meeting with Rachel Kleinfeld on planning, programming and measuring',
    n.aliases = [],
    n.eventType = 'lunch-meeting',
    n.dateNote = 'October 2015 (reported 26 October 2015)',
    n.description = 'Lunch meeting at the KPSRL where Rachel Kleinfeld discussed programming for complex environments and measuring the outcomes of rule of law reform.',
    n.sourceIds = ['source:seed-003-kleinfeld-measuring'];

MERGE (n:Node:Event {id: 'event:plural-security-in-the-city-2015'})
SET n.name = 'Plural Security in the City',
    n.aliases = [],
    n.eventType = 'conference',
    n.date = date('2015-10-22'),
    n.participantCount = 35,
    n.description = 'Event with 35 participants exploring knowledge and practice on plural security provision in cities such as Beirut, Kano, Mogadishu, Kampala and Brazilian favelas.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Event {id: 'event:rtwg-youth-workshop-2015'})
SET n.name = 'Workshop: Youth and economic opportunities in fragile contexts',
    n.aliases = [],
    n.eventType = 'workshop',
    n.date = date('2015-10-06'),
    n.description = 'RTWG workshop analysing the theories of change of six Dutch organisations that link economic opportunities for youth to stability in reconstruction tender projects.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Event {id: 'event:kpsrl-brainstorm-conflict-management-2015'})
SET n.name = 'Interactive Brainstorm: Innovative thinking on strategic approaches to conflict management',
    n.aliases = [],
    n.eventType = 'brainstorm',
    n.date = date('2015-10-07'),
    n.participantCount = 40,
    n.description = 'KPSRL brainstorm of 40 professionals on new ways for the international community to mitigate violent intrastate conflict, with working groups on Syria, Libya, Burundi and CAR.',
    n.sourceIds = ['source:seed-003-conflict-management'];

MERGE (n:Node:Event {id: 'event:nap3-draft-feedback-meeting-2015'})
SET n.name = 'NAP 3 Draft Feedback Meeting',
    n.aliases = [],
    n.eventType = 'meeting',
    n.date = date('2015-09-03'),
    n.description = 'Meeting of organisations working on women, peace and security to give feedback on the first draft of the third Dutch National Action Plan on Resolution 1325.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

MERGE (n:Node:Event {id: 'event:nap3-kickoff-meeting-2015'})
SET n.name = 'NAP 3 interactive kick-off meeting',
    n.aliases = [],
    n.eventType = 'meeting',
    n.dateNote = '2015, before 3 September',
    n.description = 'Earlier interactive kick-off meeting of the drafting process of the third Dutch National Action Plan on Resolution 1325.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];

// People in public roles

MERGE (n:Node:Person {id: 'person:francesca-rappocciolo'})
SET n.name = 'Francesca Rappocciolo',
    n.aliases = [],
    n.title = 'Registration contact, IDLO',
    n.description = 'IDLO staff member named as registration contact for the 2019 Implementer Dialogue on the Sahel.',
    n.sourceIds = ['source:seed-000'];

MERGE (n:Node:Person {id: 'person:sekou-kasse'})
SET n.name = 'Sékou Kassé',
    n.aliases = ['S.E.M. Sékou Kassé', 'Sekou Kasse'],
    n.title = 'Ambassador for Mali to the UN',
    n.description = 'Ambassador of Mali to the United Nations, panellist giving the government perspective on countering violent extremism.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Person {id: 'person:oulie-keita'})
SET n.name = 'Oulie Keita',
    n.aliases = [],
    n.title = 'Director of Programs Freedom House, Board member of WANEP Mali',
    n.description = 'Director of Programs at Freedom House and board member of WANEP Mali; panellist on civil society engagement in countering violent extremism in Mali.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Person {id: 'person:moussa-bambara'})
SET n.name = 'Moussa Bambara',
    n.aliases = [],
    n.title = 'Project Development and Conflict Management Specialist at the Governance team of USAID Mali',
    n.description = 'Conflict management specialist in the governance team of USAID Mali; panellist.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Person {id: 'person:imam-diallo'})
SET n.name = 'Imam Diallo',
    n.aliases = [],
    n.title = 'Religious leader and President of the organization Association Malienne pour la Paix et le Salut (AMPS)',
    n.description = 'Malian religious leader and President of AMPS; panellist.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Person {id: 'person:fulco-van-deventer'})
SET n.name = 'Fulco van Deventer',
    n.aliases = [],
    n.title = 'deputy director, Human Security Collective',
    n.description = 'Deputy director of the Human Security Collective; moderator of the panel on countering violent extremism in Mali.',
    n.sourceIds = ['source:seed-004'];

MERGE (n:Node:Person {id: 'person:jean-herve-jezequel'})
SET n.name = 'Jean-Herve Jezequel',
    n.aliases = ['Jean-Hervé Jézéquel', 'Jezequel'],
    n.title = 'Senior Analyst at the International Crisis Group',
    n.description = 'Senior Analyst at the International Crisis Group who presented on the Mali peace process at the KPSRL.',
    n.sourceIds = ['source:seed-003-peace-in-mali'];

MERGE (n:Node:Person {id: 'person:rachel-kleinfeld'})
SET n.name = 'Rachel Kleinfeld',
    n.aliases = [],
    n.description = 'Researcher on programming for complex environments and on how countries with high levels of violence reduced it; speaker at a KPSRL lunch meeting.',
    n.sourceIds = ['source:seed-003-kleinfeld-measuring'];

MERGE (n:Node:Person {id: 'person:etannibi-alemika'})
SET n.name = 'Etannibi Alemika',
    n.aliases = ['Dr. Alemika'],
    n.title = 'Dr.',
    n.description = 'University of Jos scholar on plural policing in Africa; speaker at Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Person {id: 'person:alice-hills'})
SET n.name = 'Alice Hills',
    n.aliases = [],
    n.description = 'Durham University scholar on plural security in Mogadishu and Kano; speaker at Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Person {id: 'person:bruce-baker'})
SET n.name = 'Bruce Baker',
    n.aliases = [],
    n.description = 'Coventry University scholar on policing cooperation in Uganda; speaker at Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Person {id: 'person:rivke-jaffe'})
SET n.name = 'Rivke Jaffe',
    n.aliases = [],
    n.description = 'University of Amsterdam scholar on political parties and security provision in Beirut; speaker at Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Person {id: 'person:juan-salgado'})
SET n.name = 'Juan Salgado',
    n.aliases = [],
    n.description = 'CIDE scholar on the Brazilian police; speaker at Plural Security in the City.',
    n.sourceIds = ['source:seed-003-plural-security'];

MERGE (n:Node:Person {id: 'person:m-van-leeuwen'})
SET n.name = 'M. van Leeuwen',
    n.aliases = ['Dr M. van Leeuwen'],
    n.title = 'Dr',
    n.description = 'Radboud Universiteit Nijmegen researcher named for the NWO-funded project on Local Peace Committees in Burundi and DR Congo.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:ma-price'})
SET n.name = 'M.A. Price',
    n.aliases = [],
    n.description = 'Clingendael researcher named for the NWO-funded project on plural security provision in urban contexts.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:k-bush'})
SET n.name = 'K. Bush',
    n.aliases = ['Mr K. Bush'],
    n.title = 'Mr',
    n.description = 'University of York researcher named for the NWO-funded study of M&E and statebuilding in Afghanistan.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:v-hauck'})
SET n.name = 'V. Hauck',
    n.aliases = ['Mr V. Hauck MA'],
    n.title = 'Mr, MA',
    n.description = 'ECDPM researcher named for the NWO-funded project on international support to the ICGLR.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:mn-abi-yaghi'})
SET n.name = 'M.N. Abi Yaghi',
    n.aliases = ['Dr M.N. Abi Yaghi'],
    n.title = 'Dr',
    n.description = 'Lebanon Support researcher named for the NWO-funded project on urban refugee protection in Lebanon.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:c-harris'})
SET n.name = 'C. Harris',
    n.aliases = ['Dr C. Harris PhD'],
    n.title = 'Dr, PhD',
    n.description = 'University of London researcher named for the NWO-funded project on participatory gender analysis of conflict in Uganda.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:d-connolly'})
SET n.name = 'D. Connolly',
    n.aliases = ['Dr D. Connolly'],
    n.title = 'Dr',
    n.description = 'The Hague Institute for Global Justice researcher named for the NWO-funded review of the CSO-led Human Security Strategy in Mali.',
    n.sourceIds = ['source:seed-003-nwo-open-call-grants'];

MERGE (n:Node:Person {id: 'person:tillman-bruck'})
SET n.name = 'Tillman Brück',
    n.aliases = ['Tillman Bruck'],
    n.title = 'Professor',
    n.description = 'Professor whose four theoretical categories linking employment projects to stability were used in the RTWG youth workshop.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Person {id: 'person:gemma-van-der-haar'})
SET n.name = 'Gemma van der Haar',
    n.aliases = [],
    n.description = 'Wageningen University researcher who led the RTWG workshop on youth and economic opportunities.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Person {id: 'person:bram-peters'})
SET n.name = 'Bram Peters',
    n.aliases = [],
    n.description = 'Co-facilitator of the RTWG workshop on youth and economic opportunities.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Person {id: 'person:wouter-van-bruggen'})
SET n.name = 'Wouter van Bruggen',
    n.aliases = [],
    n.description = 'Co-facilitator of the RTWG workshop on youth and economic opportunities.',
    n.sourceIds = ['source:seed-003-youth-economic-opportunities'];

MERGE (n:Node:Person {id: 'person:anne-kwakkenbos'})
SET n.name = 'Anne Kwakkenbos',
    n.aliases = [],
    n.title = 'NAP coordinator at WO=MEN',
    n.description = 'NAP 1325 coordinator at WO=MEN and contact for the third Dutch National Action Plan.',
    n.sourceIds = ['source:seed-003-nap3-feedback'];
