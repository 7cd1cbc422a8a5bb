/**
 * Getting data in: the schema migrations and the Sahel seed dataset at start-up, and the importers
 * for IATI, 3W/HXL and FTS files.
 */
package org.actoratlas.importing;
