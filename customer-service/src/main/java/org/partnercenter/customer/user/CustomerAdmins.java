package org.partnercenter.customer.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Gives a new customer's tenant its admin user, as the real API does on customer creation. Runs inside the
 * creation's transaction and calls the directory last: if the directory is unreachable the creation fails
 * whole (503, nothing stored, nothing published) rather than answering a customer whose admin cannot sign in.
 */
@ApplicationScoped
public class CustomerAdmins {

    /** The real API's answer names the admin by its alias; it signs in as {@code admin@<domain>}. */
    static final String ADMIN_ALIAS = "admin";

    private final EntityManager em;
    private final CustomerDirectory directory;

    CustomerAdmins(EntityManager em, CustomerDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    /** The customer's tenant id is its id; the admin's name and usage location come from its billing contact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserCredentials createAdmin(NewCustomerAdmin customer, Instant now) {
        CustomerUser admin = new CustomerUser();
        admin.id = UUID.randomUUID();
        admin.customerId = customer.customerId();
        admin.userPrincipalName = ADMIN_ALIAS + "@" + customer.domain();
        admin.firstName = customer.firstName();
        admin.lastName = customer.lastName();
        admin.displayName = customer.firstName() + " " + customer.lastName();
        admin.usageLocation = customer.country();
        admin.createdAt = now;
        em.persist(admin);
        String password = AdminPasswords.next();
        directory.createUser(customer.customerId(), admin.id, admin.userPrincipalName, password);
        return new UserCredentials(ADMIN_ALIAS, password);
    }

    /** What the admin user is made from. */
    public record NewCustomerAdmin(UUID customerId, String domain, String firstName, String lastName,
            String country) {
    }
}
