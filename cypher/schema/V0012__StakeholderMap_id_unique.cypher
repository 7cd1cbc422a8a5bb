CREATE CONSTRAINT stakeholder_map_id_unique IF NOT EXISTS FOR (m:StakeholderMap) REQUIRE m.id IS UNIQUE;
