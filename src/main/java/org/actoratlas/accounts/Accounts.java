package org.actoratlas.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.actoratlas.system.BadParameterException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * {@code (:Account {username, passwordHash, role, createdAt})}: not a {@code :Node}, so accounts never
 * appear in search, the graph or exports. Passwords are kept only as bcrypt hashes.
 */
@Service
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

	static final int MIN_PASSWORD = 10;

	private final Neo4jClient neo4j;

	private final PasswordEncoder passwords;

	Accounts(Neo4jClient neo4j, PasswordEncoder passwords) {
		this.neo4j = neo4j;
		this.passwords = passwords;
	}

	/** Creates an account, or answers 400 when the name is taken or the password too short. */
	public void create(String username, String password, Role role) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new BadParameterException("username", "2 to 64 letters, digits or . _ @ -");
		}
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new BadParameterException("password", "at least " + MIN_PASSWORD + " characters");
		}
		boolean created = this.neo4j.query("""
				MERGE (a:Account {username: $username})
				ON CREATE SET a.passwordHash = $hash, a.role = $role, a.createdAt = $now, a.created = true
				WITH a, coalesce(a.created, false) AS created
				REMOVE a.created
				RETURN created""")
			.bindAll(Map.of("username", username, "hash", this.passwords.encode(password), "role", role.name(), "now",
					OffsetDateTime.now(ZoneOffset.UTC).toZonedDateTime()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!created) {
			throw new BadParameterException("username", "'" + username + "' is taken");
		}
	}

	/** True when it created the account, false when one of that name already existed. */
	public boolean createIfAbsent(String username, String password, Role role) {
		if (find(username).isPresent()) {
			return false;
		}
		create(username, password, role);
		return true;
	}

	public boolean setRole(String username, Role role) {
		return this.neo4j.query("MATCH (a:Account {username: $username}) SET a.role = $role RETURN count(a)")
			.bindAll(Map.of("username", username, "role", role.name()))
			.fetchAs(Long.class)
			.one()
			.orElse(0L) > 0;
	}

	public long count() {
		return this.neo4j.query("MATCH (a:Account) RETURN count(a)").fetchAs(Long.class).one().orElse(0L);
	}

	record Stored(String username, String passwordHash, Role role) {
	}

	Optional<Stored> find(String username) {
		return this.neo4j.query("MATCH (a:Account {username: $username}) RETURN a.username AS u, a.passwordHash AS h, a.role AS r")
			.bind(username)
			.to("username")
			.fetchAs(Stored.class)
			.mappedBy((types, row) -> new Stored(row.get("u").asString(), row.get("h").asString(), Role.valueOf(row.get("r").asString())))
			.one();
	}

	List<Account> list() {
		return List.copyOf(this.neo4j.query("MATCH (a:Account) RETURN a.username AS u, a.role AS r, a.createdAt AS c ORDER BY a.username")
			.fetchAs(Account.class)
			.mappedBy((types, row) -> new Account(row.get("u").asString(), row.get("r").asString().toLowerCase(java.util.Locale.ROOT),
					row.get("c").isNull() ? null : row.get("c").asZonedDateTime().toOffsetDateTime()))
			.all());
	}

}
