package org.actoratlas.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import settings.
 *
 * @param maxFileSize files larger than this are refused before they are read
 * @param batchSize rows (nodes plus relationships) written per transaction
 */
@ConfigurationProperties("atlas.import")
record ImportProperties(@DefaultValue("200MB") DataSize maxFileSize, @DefaultValue("5000") int batchSize) {
}
