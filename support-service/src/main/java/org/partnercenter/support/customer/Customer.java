package org.partnercenter.support.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerScope;

/** A customer as customer-service announced it: enough to tell whose customer it is. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID partnerTenantId;
    public UUID resellerTenantId;
    public String companyName;
    /** Deleted customers keep their service requests readable, but get no new ones. */
    public boolean deleted;
    public Instant updatedAt;

    /** Its owner and, for an indirect provider, the provider of its reseller. */
    public boolean visibleTo(CallerScope scope) {
        return scope.permits(partnerTenantId) || resellerTenantId != null && scope.permits(resellerTenantId);
    }
}
