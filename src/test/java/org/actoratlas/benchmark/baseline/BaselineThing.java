package org.actoratlas.benchmark.baseline;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An organisation, country or sector of the baseline model, by its code or name. */
@Node("BaselineThing")
public class BaselineThing {

	@Id
	String id;

	String name;

	BaselineThing(String id, String name) {
		this.id = id;
		this.name = name;
	}

}
