package org.partnercenter.support.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;

/** A partner organisation as this service knows it from the gateway's events. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID tenantId;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerType partnerType;
    public UUID providerTenantId;
    public String country;
    public Instant updatedAt;
}
