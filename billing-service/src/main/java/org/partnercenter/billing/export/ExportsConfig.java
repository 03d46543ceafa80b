package org.partnercenter.billing.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reconciliation exports ({@code partner-center.billing.exports.*}). */
@ConfigMapping(prefix = "partner-center.billing.exports")
public interface ExportsConfig {

    /** The most line items one part holds: a part is a file a spreadsheet or a script still opens. */
    @WithDefault("200000")
    int rowsPerPart();

    /** How long an export's manifest and parts can be read; then they answer 404 saying so, and the bytes go. */
    @WithDefault("7d")
    Duration expireAfter();

    /** Line items read from the database cursor at a time. */
    @WithDefault("1000")
    int fetchSize();

    /** The bytes of a part stored (and downloaded) per row of the chunk table: what is held in memory at once. */
    @WithDefault("1048576")
    int chunkBytes();

    /** The longest an export may read its snapshot (its read-only transaction's timeout). */
    @WithDefault("1h")
    Duration readTimeout();

    /** Exports written at the same time; more wait their turn. */
    @WithDefault("2")
    int workers();

    /** How often expired exports' bytes are deleted ({@link ExportSweeper}'s schedule reads the property). */
    @WithDefault("1h")
    Duration sweepEvery();
}
