package org.partnercenter.customer.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer's acceptance of an agreement as its partner attested it; never changed once stored. */
@Entity
@Table(name = "customer_agreement")
public class CustomerAgreement extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID customerId;
    /** The partner that attested: the customer's own partner, or its reseller. */
    public UUID partnerTenantId;
    public String templateId;
    @Enumerated(EnumType.STRING)
    public AgreementType agreementType;
    /** The template's link when the customer agreed. */
    public String agreementLink;
    public String userId;
    public String firstName;
    public String lastName;
    public String email;
    public String phoneNumber;
    public Instant dateAgreed;
    public Instant createdAt;
}
