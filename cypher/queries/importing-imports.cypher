// Every imported file, newest first, with what its first import did.
MATCH (s:Source {kind: 'import'})
RETURN s.id AS source, s.fileName AS file, s.format AS format, s.importedAt AS importedAt, s.records AS records,
       s.created AS created, s.updated AS updated, s.unchanged AS unchanged, s.warnings AS warnings, s.rejected AS rejected
ORDER BY importedAt DESC;
