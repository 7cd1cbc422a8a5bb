/**
 * Exports of a piece of the graph (the explorer's view, a stakeholder map, a neighbourhood) as JSON,
 * CSV, GraphML, GEXF and a Cypher script, each listing the sources behind its links.
 */
package org.actoratlas.exporting;
