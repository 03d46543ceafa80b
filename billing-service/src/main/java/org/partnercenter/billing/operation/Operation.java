package org.partnercenter.billing.operation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A long-running piece of work and its outcome, as its starter polls it. */
@Entity
@Table(name = "operation")
public class Operation extends PanacheEntityBase {

    @Id
    public UUID id;
    /** An {@link OperationKind}'s stored name. */
    public String kind;
    public UUID ownerTenantId;
    public boolean ownerIsOperator;
    /** An {@link OperationStatus}'s wire name. */
    public String status;
    public Instant createdAt;
    public Instant lastActionAt;
    public String resourceLocation;
    public String errorCode;
    public String errorMessage;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> request;

    public boolean isRunning() {
        return OperationStatus.RUNNING.wireName().equals(status);
    }
}
