package org.actoratlas.benchmark.baseline;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A relationship of the baseline model with the few properties IATI gives it. */
@RelationshipProperties
public class BaselineLink {

	@RelationshipId
	String id;

	String role;

	Double percentage;

	Double amount;

	String currency;

	@TargetNode
	BaselineThing target;

	BaselineLink(String role, Double percentage, Double amount, String currency, BaselineThing target) {
		this.role = role;
		this.percentage = percentage;
		this.amount = amount;
		this.currency = currency;
		this.target = target;
	}

}
