package org.partnercenter.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID partnerTenantId;
    public String objectId;
    public String userPrincipalName;
    public String applicationId;
    public String method;
    public String route;
    public String path;
    public String customerId;
    public int status;
    public Instant occurredAt;
    public int durationMs;
    public String correlationId;
    public String requestId;
}
