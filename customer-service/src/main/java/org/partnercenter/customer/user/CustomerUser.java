package org.partnercenter.customer.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user of a customer's tenant, as Partner Center knows it. Its id is the directory's object id; its
 * password lives only in the directory, as a hash.
 */
@Entity
@Table(name = "customer_user")
public class CustomerUser extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID customerId;
    public String userPrincipalName;
    public String displayName;
    public String firstName;
    public String lastName;
    public String usageLocation;
    public Instant createdAt;
}
