package org.partnercenter.commons.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;

/**
 * A partner organisation as a service knows it from the gateway's partners topic. A service that consumes the
 * topic ({@code partner-center.partners.enabled=true}) creates the {@code partner} table in its own migrations, with
 * the {@code address_*} columns of {@link PostalAddress}.
 */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID tenantId;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerType partnerType;
    public UUID providerTenantId;
    public String mpnId;
    public String country;
    public String currency;
    @Enumerated(EnumType.STRING)
    public PartnerState state;
    /** Its postal address as registered; null when it was registered without one. */
    @Embedded
    public PostalAddress address;
    public Instant updatedAt;
}
