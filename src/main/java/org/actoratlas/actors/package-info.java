/**
 * The graph model (organisations, programmes, countries, regions, themes, events, people, sources):
 * search, node details with provenance, sources and counts.
 */
package org.actoratlas.actors;
