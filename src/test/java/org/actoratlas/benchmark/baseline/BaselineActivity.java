package org.actoratlas.benchmark.baseline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * The import baseline's model: an IATI activity saved the way a Spring Data tutorial would, one
 * entity and its relationships per {@code repository.save}. Its own labels keep it out of the
 * actor graph.
 */
@Node("BaselineActivity")
public class BaselineActivity {

	@Id
	String id;

	String name;

	String currency;

	@Relationship(type = "PARTICIPATES", direction = Relationship.Direction.INCOMING)
	List<BaselineLink> participants = new ArrayList<>();

	@Relationship(type = "ACTIVE_IN")
	List<BaselineLink> countries = new ArrayList<>();

	@Relationship(type = "ADDRESSES")
	List<BaselineLink> sectors = new ArrayList<>();

	@Relationship(type = "FUNDS", direction = Relationship.Direction.INCOMING)
	List<BaselineLink> transactions = new ArrayList<>();

	int relationships() {
		return this.participants.size() + this.countries.size() + this.sectors.size() + this.transactions.size();
	}

}
