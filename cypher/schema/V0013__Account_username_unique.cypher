CREATE CONSTRAINT account_username_unique IF NOT EXISTS FOR (a:Account) REQUIRE a.username IS UNIQUE;
