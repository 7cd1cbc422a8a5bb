/**
 * Coordination gaps: actors whose work overlaps but who never worked together, isolated actors and
 * the brokers they depend on, who covers which country and theme, and the silos actors form.
 */
package org.actoratlas.gaps;
