package org.partnercenter.billing.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reconciliation export: what it holds, who reads it, and whether its parts are all written. */
@Entity
@Table(name = "reconciliation_export")
public class ReconciliationExport extends PanacheEntityBase {

    static final String WRITING = "writing";
    static final String READY = "ready";
    static final String FAILED = "failed";

    @Id
    public UUID id;
    public UUID operationId;
    public UUID ownerTenantId;
    public boolean ownerIsOperator;
    public UUID partnerTenantId;
    /** Null for an export of unbilled lines. */
    public String invoiceId;
    /** {@code current} or {@code last} for unbilled lines; null for an invoice's. */
    public String billingPeriod;
    public String currencyCode;
    /** An {@link AttributeSet}'s wire name. */
    public String attributeSet;
    /** {@code jsonl} or {@code csv}, an {@link ExportFormat}'s wire name. */
    public String dataFormat;
    public String status;
    public Instant createdAt;
    public Instant expiresAt;
    public Long rowCount;
    public Instant purgedAt;
}
