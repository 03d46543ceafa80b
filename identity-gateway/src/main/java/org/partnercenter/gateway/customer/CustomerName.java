package org.partnercenter.gateway.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's company name as customer-service last announced it, and whose customer it is: what the audit log
 * names a customer by. A deleted customer keeps its row, since its past changes still name it.
 */
@Entity
@Table(name = "customer_name")
public class CustomerName extends PanacheEntityBase {

    @Id
    public UUID customerId;
    public UUID partnerTenantId;
    /** The indirect reseller it belongs to, if any, who acts on it as its partner does. */
    public UUID associatedPartnerId;
    public String companyName;
    /** customer-service's time of the change this row holds. */
    public Instant changedAt;

    /** Whether a partner may read the name: the customer's own partner or its reseller. */
    public boolean visibleTo(UUID partner) {
        return partner != null && (partner.equals(partnerTenantId) || partner.equals(associatedPartnerId));
    }
}
