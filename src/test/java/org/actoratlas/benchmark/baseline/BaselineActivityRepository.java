package org.actoratlas.benchmark.baseline;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface BaselineActivityRepository extends Neo4jRepository<BaselineActivity, String> {

}
