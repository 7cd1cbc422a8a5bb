package org.actoratlas.exporting;

import java.util.List;

/**
 * What to export when the selection is too long for a URL: the explorer sends the ids it shows.
 *
 * @param relationships relationship types to include; empty for all
 */
public record ExportRequest(String title, List<String> ids, List<String> relationships) {
}
