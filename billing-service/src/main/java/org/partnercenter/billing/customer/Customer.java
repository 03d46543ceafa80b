package org.partnercenter.billing.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer as customer-service last announced it: what its line items and invoices name. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID partnerTenantId;
    /** The indirect reseller it belongs to, if any ({@code associatedPartnerId} on the wire). */
    public UUID resellerTenantId;
    public String companyName;
    public String domain;
    public String country;
    /** A deleted customer's usage already recorded is still billed: the row stays. */
    public boolean deleted;
    /** customer-service's time of the change this row holds. */
    public Instant changedAt;
    public Instant updatedAt;
}
