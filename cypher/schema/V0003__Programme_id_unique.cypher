CREATE CONSTRAINT programme_id_unique IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
