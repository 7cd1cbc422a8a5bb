CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
