package org.partnercenter.customer.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.ResellerDirectory;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IfMatch;
import org.partnercenter.customer.address.AddressRules;
import org.partnercenter.customer.user.CustomerAdmins;
import org.partnercenter.customer.user.CustomerAdmins.NewCustomerAdmin;
import org.partnercenter.customer.user.UserCredentials;
import org.partnercenter.events.EventType;
import org.partnercenter.events.customer.CustomerChanged;
import org.partnercenter.events.customer.CustomerServiceEvents;

/** Creates, changes and deletes customers; every change and its event commit together. */
@ApplicationScoped
public class CustomerService {

    private final EntityManager em;
    private final CustomerQueries customers;
    private final ResellerDirectory resellers;
    private final Outbox outbox;
    private final CustomerAdmins admins;
    private final AddressRules addresses;
    private final Clock clock;

    CustomerService(EntityManager em, CustomerQueries customers, ResellerDirectory resellers, Outbox outbox,
            CustomerAdmins admins, AddressRules addresses, Clock clock) {
        this.em = em;
        this.customers = customers;
        this.resellers = resellers;
        this.outbox = outbox;
        this.admins = admins;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A customer just created and its admin user's credentials, answered once. */
    public record NewCustomer(Customer customer, UserCredentials credentials) {
    }

    /** A new customer, and its tenant's admin user in the directory, as the real API's creation does. */
    @Transactional
    public NewCustomer create(Caller caller, Body<CustomerRequest> body) {
        Customer c = insert(caller, body);
        // Last: the directory is the one step outside this transaction, and a refusal rolls all of it back.
        UserCredentials credentials = admins.createAdmin(
                new NewCustomerAdmin(c.id, c.domain, c.firstName, c.lastName, c.country), c.createdAt);
        return new NewCustomer(c, credentials);
    }

    /**
     * A customer migrated from elsewhere: its tenant and users already exist in their directory, so no admin
     * user is made (and a 50,000-row migration file does not wait on the directory per row).
     */
    @Transactional
    public Customer importExisting(Caller caller, Body<CustomerRequest> body) {
        return insert(caller, body);
    }

    @Transactional
    public Customer updateBillingProfile(Caller caller, CallerScope scope, UUID id, String ifMatch,
            Body<BillingProfileRequest> body) {
        caller.require(Access.CUSTOMER_DETAILS_WRITE);
        BillingProfileRequest profile = body.valid().withRuledAddress(addresses, "");
        Customer c = customers.get(scope, id);
        IfMatch.check(ifMatch, profile.etag(), c.version);
        CustomerMapper.applyBillingProfile(c, profile);
        c.updatedAt = clock.instant();
        em.flush(); // see IfMatch: a racing update with the same etag fails here; the answer gets the new etag
        publish(CustomerServiceEvents.CUSTOMER_UPDATED, c);
        return c;
    }

    @Transactional
    public void delete(Caller caller, CallerScope scope, UUID id) {
        caller.require(Access.CUSTOMER_WRITE);
        Customer c = customers.get(scope, id);
        if (customers.hasOrders(c.id)) {
            throw ApiException.conflict("Customer " + id + " has orders and subscriptions: a customer with "
                    + "commerce history cannot be deleted.");
        }
        c.updatedAt = clock.instant();
        publish(CustomerServiceEvents.CUSTOMER_DELETED, c);
        em.remove(c);
    }

    private Customer insert(Caller caller, Body<CustomerRequest> body) {
        caller.require(Access.CUSTOMER_WRITE);
        CustomerRequest request = body.valid();
        BillingProfileRequest profile = request.billingProfile().withRuledAddress(addresses, "billingProfile.");
        UUID reseller = associatedReseller(caller, request.associatedPartnerId());
        String domain = Domains.normalize(request.companyProfile().domain());
        if (customers.domainTaken(domain)) {
            throw domainNotAvailable(domain);
        }
        Customer c = new Customer();
        c.id = UUID.randomUUID();
        c.commerceId = UUID.randomUUID();
        c.partnerTenantId = caller.partnerTenantId();
        c.resellerTenantId = reseller;
        c.domain = domain;
        c.companyName = profile.companyName().trim();
        c.billingProfileId = UUID.randomUUID();
        CustomerMapper.applyBillingProfile(c, profile);
        c.createdAt = clock.instant();
        c.updatedAt = c.createdAt;
        try {
            em.persist(c);
            em.flush();
        } catch (ConstraintViolationException e) {
            // Another request took the domain between our check and our insert.
            throw domainNotAvailable(domain);
        }
        publish(CustomerServiceEvents.CUSTOMER_CREATED, c);
        return c;
    }

    /** Only an indirect provider names a reseller, and only one of its own. */
    private UUID associatedReseller(Caller caller, UUID associatedPartnerId) {
        if (associatedPartnerId == null) {
            return null;
        }
        if (caller.partnerType() != PartnerType.INDIRECT_PROVIDER
                || !resellers.resellersOf(caller.partnerTenantId()).contains(associatedPartnerId)) {
            throw ApiException.badRequest("associatedPartnerId " + associatedPartnerId + " is not one of your "
                    + "indirect resellers: list them with GET /v1/relationships?relationship_type="
                    + "IsIndirectCloudSolutionProviderOf, or leave associatedPartnerId out.",
                    List.of("associatedPartnerId"));
        }
        return associatedPartnerId;
    }

    private void publish(EventType<CustomerChanged> type, Customer c) {
        outbox.publish(type, c.id.toString(), c.id.toString(), CustomerMapper.event(c));
    }

    private static ApiException domainNotAvailable(String domain) {
        return new ApiException(409, org.partnercenter.commons.error.ErrorCodes.CONFLICT, "The domain " + domain
                + " is not available: choose another domain for the customer.", List.of("companyProfile.domain"));
    }
}
