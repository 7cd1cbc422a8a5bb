package org.actoratlas.importing;

/**
 * Published when an uploaded file's import has finished, so that what is derived from the whole
 * graph can be rebuilt before someone asks for it.
 *
 * @param succeeded whether the import wrote its records
 */
public record ImportFinished(String fileName, boolean succeeded) {
}
