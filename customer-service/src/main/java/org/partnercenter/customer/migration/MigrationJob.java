package org.partnercenter.customer.migration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bulk import of customers: its rows as submitted and its progress. */
@Entity
@Table(name = "migration_job")
public class MigrationJob extends PanacheEntityBase {

    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    public UUID id;
    public UUID partnerTenantId;
    public String format;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String rowsJson;
    public int totalRows;
    public int processedRows;
    public int importedRows;
    public int skippedRows;
    public int failedRows;
    public Instant createdAt;
    public Instant finishedAt;
}
