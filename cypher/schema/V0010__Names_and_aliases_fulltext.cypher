CREATE FULLTEXT INDEX node_names IF NOT EXISTS
FOR (n:Organisation|Programme|Country|Region|Theme|Event|Person|Source) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
