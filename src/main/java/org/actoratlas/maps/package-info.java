/**
 * Stakeholder maps for a meeting: the actors relevant to a focus grouped by role, positions on an
 * influence/interest grid, notes, saved in Neo4j and compared with the graph as it is now.
 */
package org.actoratlas.maps;
