package org.partnercenter.customer.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.caller.CallerScope;

/** A customer tenant as stored: its company profile, its billing profile and the partners that manage it. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID commerceId;
    public UUID partnerTenantId;
    public UUID resellerTenantId;
    public String domain;
    public String companyName;

    public UUID billingProfileId;
    public String email;
    public String culture;
    public String language;
    public String billingCompanyName;
    /** The billing profile's own contact; {@link #firstName} and {@link #lastName} are its default address's. */
    public String profileFirstName;
    public String profileLastName;
    public String firstName;
    public String lastName;
    public String addressLine1;
    public String addressLine2;
    public String city;
    public String state;
    public String postalCode;
    public String country;
    public String phoneNumber;
    /**
     * The billing profile's etag ({@code Etag.of(version)}): the billing profile is the only part of a customer
     * that changes (the company profile is read-only), so the row's version is the billing profile's. A change to
     * another part would make a billing profile's etag stale too: a 2055 to re-read, never a lost update.
     */
    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    /** The partner tenants through which a caller may see this customer: its owner and its reseller. */
    public boolean visibleTo(CallerScope scope) {
        return scope.permits(partnerTenantId) || resellerTenantId != null && scope.permits(resellerTenantId);
    }
}
