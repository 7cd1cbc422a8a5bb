/**
 * Cross-cutting set-up: the embedded Neo4j (or the connection to an external one), start-up failure
 * messages, and the HTTP error format.
 */
package org.actoratlas.system;
