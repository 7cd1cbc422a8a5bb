/**
 * Subgraphs for the network view: the neighbourhood of a node under filters, as the
 * {@code {nodes, links}} payload D3 draws.
 */
package org.actoratlas.graph;
