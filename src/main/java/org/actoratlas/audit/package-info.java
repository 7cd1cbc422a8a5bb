/**
 * The audit trail: every change to the graph as a {@code (:Change)} with who, when, what, and the state
 * before and after as JSON; history per node.
 */
package org.actoratlas.audit;
