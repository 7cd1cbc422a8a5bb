// Reference data: reference sources, countries, regions and themes (OECD DAC purpose codes and topics).

UNWIND [
  {id: 'source:reference-oecd-dac', props: {name: 'OECD DAC CRS purpose codes', title: 'OECD DAC CRS purpose codes', kind: 'reference', publisher: 'OECD', url: 'https://www.oecd.org/dac/financing-sustainable-development/development-finance-standards/purposecodessectorclassification.htm', description: 'OECD Development Assistance Committee Creditor Reporting System purpose codes, used here for the sector themes and their topic sub-themes.'}},
  {id: 'source:reference-un-m49', props: {name: 'UN M49 regions; Sahel as defined by the UN Integrated Strategy for the Sahel', title: 'UN M49 regions; Sahel as defined by the UN Integrated Strategy for the Sahel', kind: 'reference', publisher: 'United Nations', url: 'https://unstats.un.org/unsd/methodology/m49/', description: 'UN Statistics Division standard country and area codes (M49) for the African sub-regions, and the ten countries covered by the UN Integrated Strategy for the Sahel for the Sahel region.'}},
  {id: 'source:reference-un-system-chart', props: {name: 'The United Nations System (organization chart)', title: 'The United Nations System (organization chart)', kind: 'reference', publisher: 'United Nations', url: 'https://www.un.org/en/pdfs/un_system_chart.pdf', description: 'Official chart of the entities of the United Nations system, used for memberships of UN entities that the seed documents name only by acronym.'}}
] AS row
MERGE (n:Node:Source {id: row.id})
SET n += row.props;

UNWIND [
  {id: 'region:africa', props: {name: 'Africa', aliases: ['Afrique'], m49: '002'}},
  {id: 'region:sub-saharan-africa', props: {name: 'Sub-Saharan Africa', aliases: ['Afrique subsaharienne'], m49: '202'}},
  {id: 'region:north-africa', props: {name: 'North Africa', aliases: ['Northern Africa', 'Afrique du Nord'], m49: '015'}},
  {id: 'region:west-africa', props: {name: 'West Africa', aliases: ['Western Africa', 'Afrique de l\'Ouest', 'West African region'], m49: '011'}},
  {id: 'region:central-africa', props: {name: 'Central Africa', aliases: ['Middle Africa', 'Afrique centrale'], m49: '017'}},
  {id: 'region:east-africa', props: {name: 'East Africa', aliases: ['Eastern Africa', 'Afrique de l\'Est'], m49: '014'}},
  {id: 'region:sahel', props: {name: 'Sahel', aliases: ['Sahel region', 'the Sahel', 'Le Sahel']}}
] AS row
MERGE (n:Node:Region {id: row.id})
SET n += row.props;

UNWIND [
  {id: 'country:ML', props: {name: 'Mali', aliases: ['Republic of Mali', 'République du Mali'], iso2: 'ML', iso3: 'MLI'}},
  {id: 'country:BF', props: {name: 'Burkina Faso', aliases: ['Burkina'], iso2: 'BF', iso3: 'BFA'}},
  {id: 'country:NE', props: {name: 'Niger', aliases: ['Republic of the Niger', 'République du Niger'], iso2: 'NE', iso3: 'NER'}},
  {id: 'country:MR', props: {name: 'Mauritania', aliases: ['Mauritanie', 'Mauretania', 'Islamic Republic of Mauritania'], iso2: 'MR', iso3: 'MRT'}},
  {id: 'country:SN', props: {name: 'Senegal', aliases: ['Sénégal'], iso2: 'SN', iso3: 'SEN'}},
  {id: 'country:TD', props: {name: 'Chad', aliases: ['Tchad'], iso2: 'TD', iso3: 'TCD'}},
  {id: 'country:NG', props: {name: 'Nigeria', aliases: ['Nigéria', 'Federal Republic of Nigeria'], iso2: 'NG', iso3: 'NGA'}},
  {id: 'country:GN', props: {name: 'Guinea', aliases: ['Guinea-Conakry', 'Guinée', 'Guinée-Conakry'], iso2: 'GN', iso3: 'GIN'}},
  {id: 'country:CI', props: {name: 'Côte d\'Ivoire', aliases: ['Cote d\'Ivoire', 'Ivory Coast'], iso2: 'CI', iso3: 'CIV'}},
  {id: 'country:CD', props: {name: 'Democratic Republic of the Congo', aliases: ['DRC', 'RDC', 'DR Congo', 'République démocratique du Congo', 'Congo-Kinshasa'], iso2: 'CD', iso3: 'COD'}},
  {id: 'country:CF', props: {name: 'Central African Republic', aliases: ['CAR', 'République centrafricaine', 'RCA'], iso2: 'CF', iso3: 'CAF'}},
  {id: 'country:BI', props: {name: 'Burundi', aliases: [], iso2: 'BI', iso3: 'BDI'}},
  {id: 'country:KE', props: {name: 'Kenya', aliases: [], iso2: 'KE', iso3: 'KEN'}},
  {id: 'country:UG', props: {name: 'Uganda', aliases: ['Ouganda'], iso2: 'UG', iso3: 'UGA'}},
  {id: 'country:RW', props: {name: 'Rwanda', aliases: [], iso2: 'RW', iso3: 'RWA'}},
  {id: 'country:SO', props: {name: 'Somalia', aliases: ['Somalie'], iso2: 'SO', iso3: 'SOM'}},
  {id: 'country:TN', props: {name: 'Tunisia', aliases: ['Tunisie'], iso2: 'TN', iso3: 'TUN'}},
  {id: 'country:LY', props: {name: 'Libya', aliases: ['Libye'], iso2: 'LY', iso3: 'LBY'}},
  {id: 'country:DZ', props: {name: 'Algeria', aliases: ['Algérie'], iso2: 'DZ', iso3: 'DZA'}},
  {id: 'country:NL', props: {name: 'Netherlands', aliases: ['The Netherlands', 'Kingdom of the Netherlands', 'Nederland', 'Pays-Bas', 'Holland'], iso2: 'NL', iso3: 'NLD'}},
  {id: 'country:AT', props: {name: 'Austria', aliases: ['Autriche', 'Österreich'], iso2: 'AT', iso3: 'AUT'}},
  {id: 'country:FR', props: {name: 'France', aliases: [], iso2: 'FR', iso3: 'FRA'}},
  {id: 'country:GB', props: {name: 'United Kingdom', aliases: ['UK', 'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni'], iso2: 'GB', iso3: 'GBR'}},
  {id: 'country:UA', props: {name: 'Ukraine', aliases: [], iso2: 'UA', iso3: 'UKR'}},
  {id: 'country:GE', props: {name: 'Georgia', aliases: ['Géorgie'], iso2: 'GE', iso3: 'GEO'}},
  {id: 'country:US', props: {name: 'United States', aliases: ['United States of America', 'USA', 'US', 'États-Unis'], iso2: 'US', iso3: 'USA'}},
  {id: 'country:HN', props: {name: 'Honduras', aliases: [], iso2: 'HN', iso3: 'HND'}},
  {id: 'country:CO', props: {name: 'Colombia', aliases: ['Colombie'], iso2: 'CO', iso3: 'COL'}},
  {id: 'country:BR', props: {name: 'Brazil', aliases: ['Brasil', 'Brésil'], iso2: 'BR', iso3: 'BRA'}},
  {id: 'country:TT', props: {name: 'Trinidad and Tobago', aliases: ['Trinidad', 'Trinité-et-Tobago'], iso2: 'TT', iso3: 'TTO'}},
  {id: 'country:LB', props: {name: 'Lebanon', aliases: ['Liban'], iso2: 'LB', iso3: 'LBN'}},
  {id: 'country:SY', props: {name: 'Syria', aliases: ['Syrian Arab Republic', 'Syrie'], iso2: 'SY', iso3: 'SYR'}},
  {id: 'country:JO', props: {name: 'Jordan', aliases: ['Jordanie'], iso2: 'JO', iso3: 'JOR'}},
  {id: 'country:IL', props: {name: 'Israel', aliases: ['Israël'], iso2: 'IL', iso3: 'ISR'}},
  {id: 'country:AF', props: {name: 'Afghanistan', aliases: [], iso2: 'AF', iso3: 'AFG'}},
  {id: 'country:TJ', props: {name: 'Tajikistan', aliases: ['Tadjikistan'], iso2: 'TJ', iso3: 'TJK'}}
] AS row
MERGE (n:Node:Country {id: row.id})
SET n += row.props;

UNWIND [
  {id: 'theme:dac-15113', props: {name: 'Anti-corruption organisations and institutions', aliases: ['anti-corruption', 'corruption', 'lutte contre la corruption'], dacCode: '15113', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15130', props: {name: 'Legal and judicial development', aliases: ['justice sector reform', 'judicial development', 'développement juridique et judiciaire'], dacCode: '15130', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15150', props: {name: 'Democratic participation and civil society', aliases: ['civil society', 'civil society engagement', 'société civile'], dacCode: '15150', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15160', props: {name: 'Human rights', aliases: ['droits de l\'homme', 'droits humains'], dacCode: '15160', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15170', props: {name: 'Women\'s rights organisations and movements, and government institutions', aliases: ['women\'s rights', 'droits des femmes'], dacCode: '15170', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15210', props: {name: 'Security system management and reform', aliases: ['SSR', 'RSS', 'Security sector reform', 'Security Sector Reform (SSR)', 'Réforme des systèmes de sécurité', 'Réforme du secteur de la sécurité', 'security sector governance'], dacCode: '15210', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15220', props: {name: 'Civilian peace-building, conflict prevention and resolution', aliases: ['peacebuilding', 'peace-building', 'conflict prevention', 'conflict resolution', 'conflict management', 'conflict mediation', 'consolidation de la paix', 'prévention des conflits'], dacCode: '15220', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-15240', props: {name: 'Reintegration and SALW control', aliases: ['SALW control', 'small arms and light weapons', 'reintegration', 'réintégration'], dacCode: '15240', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:dac-16020', props: {name: 'Employment creation', aliases: ['employment', 'création d\'emplois'], dacCode: '16020', vocabulary: 'OECD DAC CRS purpose code'}},
  {id: 'theme:violent-extremism', props: {name: 'Violent extremism', aliases: ['countering violent extremism', 'CVE', 'PVE', 'prevention of violent extremism', 'preventing violent extremism', 'extrémisme violent', 'prévention de l\'extrémisme violent'], vocabulary: 'topic', description: 'Preventing and countering violent extremism, including the role of civil society, justice and security actors.'}},
  {id: 'theme:counter-terrorism', props: {name: 'Counter-terrorism', aliases: ['counter terrorism', 'CT', 'fight against terrorism', 'lutte contre le terrorisme'], vocabulary: 'topic', description: 'Counter-terrorism policy and measures, including their effects on civil society space.'}},
  {id: 'theme:organised-crime', props: {name: 'Organised crime and illicit trafficking', aliases: ['organized crime', 'transnational organized crime', 'illicit trafficking', 'illicit trade', 'criminalité organisée', 'trafics illicites'], vocabulary: 'topic', description: 'Transnational organised crime, illicit trade and trafficking.'}},
  {id: 'theme:ddr', props: {name: 'Disarmament, Demobilization and Reintegration', aliases: ['DDR', 'Disarmament, Demobilisation and Reintegration', 'DDR process', 'Désarmement, démobilisation et réintégration'], vocabulary: 'topic', description: 'Disarmament, demobilisation and reintegration of combatants and integration of armed groups.'}},
  {id: 'theme:access-to-justice', props: {name: 'Access to justice', aliases: ['accès à la justice', 'justice for citizens'], vocabulary: 'topic', description: 'People\'s access to formal and informal justice and the performance of justice sector institutions.'}},
  {id: 'theme:criminal-justice', props: {name: 'Criminal justice', aliases: ['criminal justice chain', 'penal chain', 'chaîne pénale', 'justice pénale'], vocabulary: 'topic', description: 'The criminal justice chain: police, prosecutors, courts and prisons, and their cooperation.'}},
  {id: 'theme:transitional-justice', props: {name: 'Transitional justice', aliases: ['truth, justice and reconciliation', 'reconciliation', 'local peace committees', 'justice transitionnelle', 'réconciliation'], vocabulary: 'topic', description: 'Transitional justice, truth and reconciliation processes after conflict.'}},
  {id: 'theme:rule-of-law', props: {name: 'Rule of law', aliases: ['RoL', 'rule of law programming', 'État de droit', 'Etat de droit'], vocabulary: 'topic', description: 'Rule of law programming and reform in fragile and conflict-affected settings.'}},
  {id: 'theme:women-peace-security', props: {name: 'Women, Peace and Security', aliases: ['WPS', 'Resolution 1325', '1325', 'UNSCR 1325', 'UN Security Council Resolution 1325', 'Femmes, paix et sécurité'], vocabulary: 'topic', description: 'The Women, Peace and Security agenda of UN Security Council Resolution 1325 and national action plans implementing it.'}},
  {id: 'theme:human-security', props: {name: 'Human security', aliases: ['human security approach', 'sécurité humaine'], vocabulary: 'topic', description: 'People-centred approaches to security that link development, conflict prevention and security.'}},
  {id: 'theme:plural-security', props: {name: 'Plural security', aliases: ['plural security provision', 'plural policing', 'hybrid security', 'hybrid security and justice provision', 'sécurité plurielle'], vocabulary: 'topic', description: 'Security and justice provision by multiple state and non-state actors, including hybrid arrangements.'}},
  {id: 'theme:informal-economy', props: {name: 'Informal economy', aliases: ['informal economies', 'économie informelle'], vocabulary: 'topic', description: 'Informal economies and how they shape, and are shaped by, security and justice provision.'}},
  {id: 'theme:youth-employment', props: {name: 'Youth and economic opportunities', aliases: ['youth employment', 'economic opportunities for youth', 'emploi des jeunes'], vocabulary: 'topic', description: 'Economic opportunities and employment for youth as a route to stability.'}},
  {id: 'theme:monitoring-evaluation', props: {name: 'Monitoring and evaluation', aliases: ['M&E', 'monitoring & evaluation', 'measuring results', 'suivi et évaluation'], vocabulary: 'topic', description: 'Monitoring, evaluation and measurement of the outcomes of security and rule of law interventions.'}},
  {id: 'theme:governance', props: {name: 'Governance and accountability', aliases: ['governance', 'accountability', 'statebuilding', 'gouvernance'], vocabulary: 'topic', description: 'Governance, accountability and statebuilding, including of the security sector.'}},
  {id: 'theme:gender', props: {name: 'Gender and conflict', aliases: ['gender analysis', 'gender norms', 'genre et conflit'], vocabulary: 'topic', description: 'How gender norms, masculinities and femininities shape conflict dynamics.'}},
  {id: 'theme:refugee-protection', props: {name: 'Refugee protection', aliases: ['urban refugees', 'protection des réfugiés'], vocabulary: 'topic', description: 'Protection of refugees, including urban refugees in hybrid security systems.'}}
] AS row
MERGE (n:Node:Theme {id: row.id})
SET n += row.props;

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
