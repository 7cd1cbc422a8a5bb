/**
 * Editing by editors: create, change and delete actors and links, each new or changed link with its
 * source; merging duplicate actors; reverting a change of the audit trail.
 */
package org.actoratlas.editing;
