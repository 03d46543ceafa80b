package org.partnercenter.customer.migration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** A migration job's progress and every bad row with its line and reason. */
public record MigrationJobView(UUID id, MigrationJob.Status status, String format, int totalRows, int processedRows,
        int importedRows, int skippedRows, int failedRows, List<RowError> errors, Instant createdAt,
        Instant finishedAt, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "CustomerMigrationJob";

    public record RowError(int line, String reason) {
    }

    static MigrationJobView of(MigrationJob job, List<RowError> errors) {
        return new MigrationJobView(job.id, job.status, job.format, job.totalRows, job.processedRows,
                job.importedRows, job.skippedRows, job.failedRows, errors, job.createdAt, job.finishedAt,
                Links.self("/migrations/customers/" + job.id), ResourceAttributes.of(OBJECT_TYPE));
    }
}
