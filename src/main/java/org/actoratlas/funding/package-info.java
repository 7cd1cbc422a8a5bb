/**
 * Who funds whom: funding chains up and down from a node, paths between two nodes, the aggregated
 * flow network for a Sankey diagram and the share of a country's traced funding that reaches local
 * organisations, with amounts counted once, per currency, and breaks in a chain shown.
 */
package org.actoratlas.funding;
