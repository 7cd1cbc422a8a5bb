// Reference data: reference sources, countries, regions and themes (OECD DAC purpose codes and topics).

MERGE (s:Node:Source {id: 'source:reference-oecd-dac'})
SET s.name = 'OECD DAC CRS purpose codes',
    s.title = 'OECD DAC CRS purpose codes',
    s.kind = 'reference',
    s.publisher = 'OECD',
    s.url = 'https://www.oecd.org/dac/financing-sustainable-development/development-finance-standards/purposecodessectorclassification.htm',
    s.description = 'OECD Development Assistance Committee Creditor Reporting System purpose codes, used here for the sector themes and their topic sub-themes.';

MERGE (s:Node:Source {id: 'source:reference-un-m49'})
SET s.name = 'UN M49 regions; Sahel as defined by the UN Integrated Strategy for the Sahel',
    s.title = 'UN M49 regions; Sahel as defined by the UN Integrated Strategy for the Sahel',
    s.kind = 'reference',
    s.publisher = 'United Nations',
    s.url = 'https://unstats.un.org/unsd/methodology/m49/',
    s.description = 'UN Statistics Division standard country and area codes (M49) for the African sub-regions, and the ten countries covered by the UN Integrated Strategy for the Sahel for the Sahel region.';

MERGE (s:Node:Source {id: 'source:reference-un-system-chart'})
SET s.name = 'The United Nations System (organization chart)',
    s.title = 'The United Nations System (organization chart)',
    s.kind = 'reference',
    s.publisher = 'United Nations',
    s.url = 'https://www.un.org/en/pdfs/un_system_chart.pdf',
    s.description = 'Official chart of the entities of the United Nations system, used for memberships of UN entities that the seed documents name only by acronym.';

MERGE (n:Node:Region {id: 'region:africa'})
SET n.name = 'Africa',
    n.aliases = ['Afrique'],
    n.m49 = '002';

MERGE (n:Node:Region {id: 'region:sub-saharan-africa'})
SET n.name = 'Sub-Saharan Africa',
    n.aliases = ['Afrique subsaharienne'],
    n.m49 = '202';

MERGE (n:Node:Region {id: 'region:north-africa'})
SET n.name = 'North Africa',
    n.aliases = ['Northern Africa', 'Afrique du Nord'],
    n.m49 = '015';

MERGE (n:Node:Region {id: 'region:west-africa'})
SET n.name = 'West Africa',
    n.aliases = ['Western Africa', 'Afrique de l\'Ouest', 'West African region'],
    n.m49 = '011';

MERGE (n:Node:Region {id: 'region:central-africa'})
SET n.name = 'Central Africa',
    n.aliases = ['Middle Africa', 'Afrique centrale'],
    n.m49 = '017';

MERGE (n:Node:Region {id: 'region:east-africa'})
SET n.name = 'East Africa',
    n.aliases = ['Eastern Africa', 'Afrique de l\'Est'],
    n.m49 = '014';

MERGE (n:Node:Region {id: 'region:sahel'})
SET n.name = 'Sahel',
    n.aliases = ['Sahel region', 'the Sahel', 'Le Sahel'];

MERGE (n:Node:Country {id: 'country:ML'})
SET n.name = 'Mali',
    n.aliases = ['Republic of Mali', 'République du Mali'],
    n.iso2 = 'ML',
    n.iso3 = 'MLI';

MERGE (n:Node:Country {id: 'country:BF'})
SET n.name = 'Burkina Faso',
    n.aliases = ['Burkina'],
    n.iso2 = 'BF',
    n.iso3 = 'BFA';

MERGE (n:Node:Country {id: 'country:NE'})
SET n.name = 'Niger',
    n.aliases = ['Republic of the Niger', 'République du Niger'],
    n.iso2 = 'NE',
    n.iso3 = 'NER';

MERGE (n:Node:Country {id: 'country:MR'})
SET n.name = 'Mauritania',
    n.aliases = ['Mauritanie', 'Mauretania', 'Islamic Republic of Mauritania'],
    n.iso2 = 'MR',
    n.iso3 = 'MRT';

MERGE (n:Node:Country {id: 'country:SN'})
SET n.name = 'Senegal',
    n.aliases = ['Sénégal'],
    n.iso2 = 'SN',
    n.iso3 = 'SEN';

MERGE (n:Node:Country {id: 'country:TD'})
SET n.name = 'Chad',
    n.aliases = ['Tchad'],
    n.iso2 = 'TD',
    n.iso3 = 'TCD';

MERGE (n:Node:Country {id: 'country:NG'})
SET n.name = 'Nigeria',
    n.aliases = ['Nigéria', 'Federal Republic of Nigeria'],
    n.iso2 = 'NG',
    n.iso3 = 'NGA';

MERGE (n:Node:Country {id: 'country:GN'})
SET n.name = 'Guinea',
    n.aliases = ['Guinea-Conakry', 'Guinée', 'Guinée-Conakry'],
    n.iso2 = 'GN',
    n.iso3 = 'GIN';

MERGE (n:Node:Country {id: 'country:CI'})
SET n.name = 'Côte d\'Ivoire',
    n.aliases = ['Cote d\'Ivoire', 'Ivory Coast'],
    n.iso2 = 'CI',
    n.iso3 = 'CIV';

MERGE (n:Node:Country {id: 'country:CD'})
SET n.name = 'Democratic Republic of the Congo',
    n.aliases = ['DRC', 'RDC', 'DR Congo', 'République démocratique du Congo', 'Congo-Kinshasa'],
    n.iso2 = 'CD',
    n.iso3 = 'COD';

MERGE (n:Node:Country {id: 'country:CF'})
SET n.name = 'Central African Republic',
    n.aliases = ['CAR', 'République centrafricaine', 'RCA'],
    n.iso2 = 'CF',
    n.iso3 = 'CAF';

MERGE (n:Node:Country {id: 'country:BI'})
SET n.name = 'Burundi',
    n.aliases = [],
    n.iso2 = 'BI',
    n.iso3 = 'BDI';

MERGE (n:Node:Country {id: 'country:KE'})
SET n.name = 'Kenya',
    n.aliases = [],
    n.iso2 = 'KE',
    n.iso3 = 'KEN';

MERGE (n:Node:Country {id: 'country:UG'})
SET n.name = 'Uganda',
    n.aliases = ['Ouganda'],
    n.iso2 = 'UG',
    n.iso3 = 'UGA';

MERGE (n:Node:Country {id: 'country:RW'})
SET n.name = 'Rwanda',
    n.aliases = [],
    n.iso2 = 'RW',
    n.iso3 = 'RWA';

MERGE (n:Node:Country {id: 'country:SO'})
SET n.name = 'Somalia',
    n.aliases = ['Somalie'],
    n.iso2 = 'SO',
    n.iso3 = 'SOM';

MERGE (n:Node:Country {id: 'country:TN'})
SET n.name = 'Tunisia',
    n.aliases = ['Tunisie'],
    n.iso2 = 'TN',
    n.iso3 = 'TUN';

MERGE (n:Node:Country {id: 'country:LY'})
SET n.name = 'Libya',
    n.aliases = ['Libye'],
    n.iso2 = 'LY',
    n.iso3 = 'LBY';

MERGE (n:Node:Country {id: 'country:DZ'})
SET n.name = 'Algeria',
    n.aliases = ['Algérie'],
    n.iso2 = 'DZ',
    n.iso3 = 'DZA';

MERGE (n:Node:Country {id: 'country:NL'})
SET n.name = 'Netherlands',
    n.aliases = ['The Netherlands', 'Kingdom of the Netherlands', 'Nederland', 'Pays-Bas', 'Holland'],
    n.iso2 = 'NL',
    n.iso3 = 'NLD';

MERGE (n:Node:Country {id: 'country:AT'})
SET n.name = 'Austria',
    n.aliases = ['Autriche', 'Österreich'],
    n.iso2 = 'AT',
    n.iso3 = 'AUT';

MERGE (n:Node:Country {id: 'country:FR'})
SET n.name = 'France',
    n.aliases = [],
    n.iso2 = 'FR',
    n.iso3 = 'FRA';

MERGE (n:Node:Country {id: 'country:GB'})
SET n.name = 'United Kingdom',
    n.aliases = ['UK', 'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni'],
    n.iso2 = 'GB',
    n.iso3 = 'GBR';

MERGE (n:Node:Country {id: 'country:UA'})
SET n.name = 'Ukraine',
    n.aliases = [],
    n.iso2 = 'UA',
    n.iso3 = 'UKR';

MERGE (n:Node:Country {id: 'country:GE'})
SET n.name = 'Georgia',
    n.aliases = ['Géorgie'],
    n.iso2 = 'GE',
    n.iso3 = 'GEO';

MERGE (n:Node:Country {id: 'country:US'})
SET n.name = 'United States',
    n.aliases = ['United States of America', 'USA', 'US', 'États-Unis'],
    n.iso2 = 'US',
    n.iso3 = 'USA';

MERGE (n:Node:Country {id: 'country:HN'})
SET n.name = 'Honduras',
    n.aliases = [],
    n.iso2 = 'HN',
    n.iso3 = 'HND';

MERGE (n:Node:Country {id: 'country:CO'})
SET n.name = 'Colombia',
    n.aliases = ['Colombie'],
    n.iso2 = 'CO',
    n.iso3 = 'COL';

MERGE (n:Node:Country {id: 'country:BR'})
SET n.name = 'Brazil',
    n.aliases = ['Brasil', 'Brésil'],
    n.iso2 = 'BR',
    n.iso3 = 'BRA';

MERGE (n:Node:Country {id: 'country:TT'})
SET n.name = 'Trinidad and Tobago',
    n.aliases = ['Trinidad', 'Trinité-et-Tobago'],
    n.iso2 = 'TT',
    n.iso3 = 'TTO';

MERGE (n:Node:Country {id: 'country:LB'})
SET n.name = 'Lebanon',
    n.aliases = ['Liban'],
    n.iso2 = 'LB',
    n.iso3 = 'LBN';

MERGE (n:Node:Country {id: 'country:SY'})
SET n.name = 'Syria',
    n.aliases = ['Syrian Arab Republic', 'Syrie'],
    n.iso2 = 'SY',
    n.iso3 = 'SYR';

MERGE (n:Node:Country {id: 'country:JO'})
SET n.name = 'Jordan',
    n.aliases = ['Jordanie'],
    n.iso2 = 'JO',
    n.iso3 = 'JOR';

MERGE (n:Node:Country {id: 'country:IL'})
SET n.name = 'Israel',
    n.aliases = ['Israël'],
    n.iso2 = 'IL',
    n.iso3 = 'ISR';

MERGE (n:Node:Country {id: 'country:AF'})
SET n.name = 'Afghanistan',
    n.aliases = [],
    n.iso2 = 'AF',
    n.iso3 = 'AFG';

MERGE (n:Node:Country {id: 'country:TJ'})
SET n.name = 'Tajikistan',
    n.aliases = ['Tadjikistan'],
    n.iso2 = 'TJ',
    n.iso3 = 'TJK';

MERGE (n:Node:Theme {id: 'theme:dac-15113'})
SET n.name = 'Anti-corruption organisations and institutions',
    n.aliases = ['anti-corruption', 'corruption', 'lutte contre la corruption'],
    n.dacCode = '15113',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15130'})
SET n.name = 'Legal and judicial development',
    n.aliases = ['justice sector reform', 'judicial development', 'développement juridique et judiciaire'],
    n.dacCode = '15130',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15150'})
SET n.name = 'Democratic participation and civil society',
    n.aliases = ['civil society', 'civil society engagement', 'société civile'],
    n.dacCode = '15150',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15160'})
SET n.name = 'Human rights',
    n.aliases = ['droits de l\'homme', 'droits humains'],
    n.dacCode = '15160',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15170'})
SET n.name = 'Women\'s rights organisations and movements, and government institutions',
    n.aliases = ['women\'s rights', 'droits des femmes'],
    n.dacCode = '15170',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15210'})
SET n.name = 'Security system management and reform',
    n.aliases = ['SSR', 'RSS', 'Security sector reform', 'Security Sector Reform (SSR)', 'Réforme des systèmes de sécurité', 'Réforme du secteur de la sécurité', 'security sector governance'],
    n.dacCode = '15210',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15220'})
SET n.name = 'Civilian peace-building, conflict prevention and resolution',
    n.aliases = ['peacebuilding', 'peace-building', 'conflict prevention', 'conflict resolution', 'conflict management', 'conflict mediation', 'consolidation de la paix', 'prévention des conflits'],
    n.dacCode = '15220',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-15240'})
SET n.name = 'Reintegration and SALW control',
    n.aliases = ['SALW control', 'small arms and light weapons', 'reintegration', 'réintégration'],
    n.dacCode = '15240',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:dac-16020'})
SET n.name = 'Employment creation',
    n.aliases = ['employment', 'création d\'emplois'],
    n.dacCode = '16020',
    n.vocabulary = 'OECD DAC CRS purpose code';

MERGE (n:Node:Theme {id: 'theme:violent-extremism'})
SET n.name = 'Violent extremism',
    n.aliases = ['countering violent extremism', 'CVE', 'PVE', 'prevention of violent extremism', 'preventing violent extremism', 'extrémisme violent', 'prévention de l\'extrémisme violent'],
    n.vocabulary = 'topic',
    n.description = 'Preventing and countering violent extremism, including the role of civil society, justice and security actors.';

MERGE (n:Node:Theme {id: 'theme:counter-terrorism'})
SET n.name = 'Counter-terrorism',
    n.aliases = ['counter terrorism', 'CT', 'fight against terrorism', 'lutte contre le terrorisme'],
    n.vocabulary = 'topic',
    n.description = 'Counter-terrorism policy and measures, including their effects on civil society space.';

MERGE (n:Node:Theme {id: 'theme:organised-crime'})
SET n.name = 'Organised crime and illicit trafficking',
    n.aliases = ['organized crime', 'transnational organized crime', 'illicit trafficking', 'illicit trade', 'criminalité organisée', 'trafics illicites'],
    n.vocabulary = 'topic',
    n.description = 'Transnational organised crime, illicit trade and trafficking.';

MERGE (n:Node:Theme {id: 'theme:ddr'})
SET n.name = 'Disarmament, Demobilization and Reintegration',
    n.aliases = ['DDR', 'Disarmament, Demobilisation and Reintegration', 'DDR process', 'Désarmement, démobilisation et réintégration'],
    n.vocabulary = 'topic',
    n.description = 'Disarmament, demobilisation and reintegration of combatants and integration of armed groups.';

MERGE (n:Node:Theme {id: 'theme:access-to-justice'})
SET n.name = 'Access to justice',
    n.aliases = ['accès à la justice', 'justice for citizens'],
    n.vocabulary = 'topic',
    n.description = 'People\'s access to formal and informal justice and the performance of justice sector institutions.';

MERGE (n:Node:Theme {id: 'theme:criminal-justice'})
SET n.name = 'Criminal justice',
    n.aliases = ['criminal justice chain', 'penal chain', 'chaîne pénale', 'justice pénale'],
    n.vocabulary = 'topic',
    n.description = 'The criminal justice chain: police, prosecutors, courts and prisons, and their cooperation.';

MERGE (n:Node:Theme {id: 'theme:transitional-justice'})
SET n.name = 'Transitional justice',
    n.aliases = ['truth, justice and reconciliation', 'reconciliation', 'local peace committees', 'justice transitionnelle', 'réconciliation'],
    n.vocabulary = 'topic',
    n.description = 'Transitional justice, truth and reconciliation processes after conflict.';

MERGE (n:Node:Theme {id: 'theme:rule-of-law'})
SET n.name = 'Rule of law',
    n.aliases = ['RoL', 'rule of law programming', 'État de droit', 'Etat de droit'],
    n.vocabulary = 'topic',
    n.description = 'Rule of law programming and reform in fragile and conflict-affected settings.';

MERGE (n:Node:Theme {id: 'theme:women-peace-security'})
SET n.name = 'Women, Peace and Security',
    n.aliases = ['WPS', 'Resolution 1325', '1325', 'UNSCR 1325', 'UN Security Council Resolution 1325', 'Femmes, paix et sécurité'],
    n.vocabulary = 'topic',
    n.description = 'The Women, Peace and Security agenda of UN Security Council Resolution 1325 and national action plans implementing it.';

MERGE (n:Node:Theme {id: 'theme:human-security'})
SET n.name = 'Human security',
    n.aliases = ['human security approach', 'sécurité humaine'],
    n.vocabulary = 'topic',
    n.description = 'People-centred approaches to security that link development, conflict prevention and security.';

MERGE (n:Node:Theme {id: 'theme:plural-security'})
SET n.name = 'Plural security',
    n.aliases = ['plural security provision', 'plural policing', 'hybrid security', 'hybrid security and justice provision', 'sécurité plurielle'],
    n.vocabulary = 'topic',
    n.description = 'Security and justice provision by multiple state and non-state actors, including hybrid arrangements.';

MERGE (n:Node:Theme {id: 'theme:informal-economy'})
SET n.name = 'Informal economy',
    n.aliases = ['informal economies', 'économie informelle'],
    n.vocabulary = 'topic',
    n.description = 'Informal economies and how they shape, and are shaped by, security and justice provision.';

MERGE (n:Node:Theme {id: 'theme:youth-employment'})
SET n.name = 'Youth and economic opportunities',
    n.aliases = ['youth employment', 'economic opportunities for youth', 'emploi des jeunes'],
    n.vocabulary = 'topic',
    n.description = 'Economic opportunities and employment for youth as a route to stability.';

MERGE (n:Node:Theme {id: 'theme:monitoring-evaluation'})
SET n.name = 'Monitoring and evaluation',
    n.aliases = ['M&E', 'monitoring & evaluation', 'measuring results', 'suivi et évaluation'],
    n.vocabulary = 'topic',
    n.description = 'Monitoring, evaluation and measurement of the outcomes of security and rule of law interventions.';

MERGE (n:Node:Theme {id: 'theme:governance'})
SET n.name = 'Governance and accountability',
    n.aliases = ['governance', 'accountability', 'statebuilding', 'gouvernance'],
    n.vocabulary = 'topic',
    n.description = 'Governance, accountability and statebuilding, including of the security sector.';

MERGE (n:Node:Theme {id: 'theme:gender'})
SET n.name = 'Gender and conflict',
    n.aliases = ['gender analysis', 'gender norms', 'genre et conflit'],
    n.vocabulary = 'topic',
    n.description = 'How gender norms, masculinities and femininities shape conflict dynamics.';

MERGE (n:Node:Theme {id: 'theme:refugee-protection'})
SET n.name = 'Refugee protection',
    n.aliases = ['urban refugees', 'protection des réfugiés'],
    n.vocabulary = 'topic',
    n.description = 'Protection of refugees, including urban refugees in hybrid security systems.';

// Geographic and thematic hierarchy (reference provenance, not document evidence).

UNWIND [
  {from: 'region:sub-saharan-africa', to: 'region:africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'region:north-africa', to: 'region:africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'region:west-africa', to: 'region:sub-saharan-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'region:central-africa', to: 'region:sub-saharan-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'region:east-africa', to: 'region:sub-saharan-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'region:sahel', to: 'region:africa', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:ML', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:ML', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:BF', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:BF', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:NE', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:NE', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:MR', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:MR', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:SN', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:SN', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:TD', to: 'region:central-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:TD', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:NG', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:NG', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:GN', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:GN', to: 'region:sahel', source: 'source:reference-un-m49', evidence: 'UN Integrated Strategy for the Sahel', props: {}},
  {from: 'country:CI', to: 'region:west-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:CD', to: 'region:central-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:CF', to: 'region:central-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:BI', to: 'region:east-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:KE', to: 'region:east-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:UG', to: 'region:east-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:RW', to: 'region:east-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:SO', to: 'region:east-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:TN', to: 'region:north-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:LY', to: 'region:north-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'country:DZ', to: 'region:north-africa', source: 'source:reference-un-m49', evidence: 'UN M49 regions', props: {}},
  {from: 'theme:violent-extremism', to: 'theme:dac-15220', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}},
  {from: 'theme:ddr', to: 'theme:dac-15240', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}},
  {from: 'theme:access-to-justice', to: 'theme:dac-15130', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}},
  {from: 'theme:criminal-justice', to: 'theme:dac-15130', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}},
  {from: 'theme:rule-of-law', to: 'theme:dac-15130', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}},
  {from: 'theme:youth-employment', to: 'theme:dac-16020', source: 'source:reference-oecd-dac', evidence: 'OECD DAC purpose code classification', props: {}}
] AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
WITH row, r, row.source IN coalesce(r.sourceIds, []) AS known
SET r += row.props,
    r.sourceIds = CASE WHEN known THEN r.sourceIds ELSE coalesce(r.sourceIds, []) + row.source END,
    r.evidence = CASE WHEN known THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
