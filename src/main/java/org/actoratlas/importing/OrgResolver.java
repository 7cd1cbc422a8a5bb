package org.actoratlas.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Organisation identity across files: by IATI org ref when there is one ({@code org:<ref lower-cased>}),
 * otherwise by normalised name, which resolves to an organisation already known under that name or
 * alias (preferring one with a ref, in the graph or elsewhere in the same file) before a new
 * {@code org:name:<normalised-name>} is made.
 */
final class OrgResolver {

	private final Map<String, String> idsByName = new HashMap<>();

	private final Map<String, String> refIdsByName = new HashMap<>();

	/** Loads the names and aliases of every organisation in the graph. */
	static OrgResolver fromGraph(Driver driver) {
		OrgResolver resolver = new OrgResolver();
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run("""
					MATCH (o:Organisation)
					RETURN o.id AS id, o.iatiRef IS NOT NULL AS hasRef, coalesce(o.normalisedName, '') AS normalised,
					       [n IN [o.name] + coalesce(o.aliases, []) WHERE n IS NOT NULL] AS names""").list())
				.forEach(record -> {
					String id = record.get("id").asString();
					boolean hasRef = record.get("hasRef").asBoolean();
					resolver.know(record.get("normalised").asString(), id, hasRef);
					record.get("names").asList(value -> value.asString()).forEach(name -> resolver.know(Names.normalise(name), id, hasRef));
				});
		}
		return resolver;
	}

	void know(String normalisedName, String id, boolean hasRef) {
		if (normalisedName == null || normalisedName.isEmpty()) {
			return;
		}
		if (hasRef) {
			this.refIdsByName.putIfAbsent(normalisedName, id);
		}
		this.idsByName.putIfAbsent(normalisedName, id);
	}

	/** A name seen with a ref in the file being imported wins over the graph's name-only organisations. */
	void knowFromFile(String normalisedName, String ref) {
		this.refIdsByName.putIfAbsent(normalisedName, refId(ref));
	}

	static String refId(String ref) {
		return "org:" + ref.strip().toLowerCase(Locale.ROOT);
	}

	/** The id of the organisation with this name, or a new name-based id. */
	String byName(String name) {
		String normalised = Names.normalise(name);
		String id = this.refIdsByName.getOrDefault(normalised, this.idsByName.get(normalised));
		return id != null ? id : "org:name:" + normalised.replace(' ', '-');
	}

	/** Like {@link #byName} but {@code null} when no organisation is known by the name. */
	String known(String name) {
		String normalised = Names.normalise(name);
		return this.refIdsByName.getOrDefault(normalised, this.idsByName.get(normalised));
	}

	/** Makes later rows in the same import find an organisation just created under a name. */
	void remember(String name, String id) {
		this.idsByName.putIfAbsent(Names.normalise(name), id);
	}

}
