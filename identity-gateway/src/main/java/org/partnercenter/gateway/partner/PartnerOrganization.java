package org.partnercenter.gateway.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.partner.PostalAddress;

@Entity
public class PartnerOrganization extends PanacheEntityBase {

    public enum State {
        ACTIVE,
        SUSPENDED
    }

    @Id
    public UUID tenantId;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerType partnerType;
    public UUID providerTenantId;
    public String mpnId;
    public boolean requireMfa;
    public String country;
    public String currency;
    @Enumerated(EnumType.STRING)
    public State state;
    /** Optional: null when it was registered without one. */
    @Embedded
    public PostalAddress address;
    @Version
    public int version;
    public Instant createdAt;
    public Instant updatedAt;

    public boolean isActive() {
        return state == State.ACTIVE;
    }
}
