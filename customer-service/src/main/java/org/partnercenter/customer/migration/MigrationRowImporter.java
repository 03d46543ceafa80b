package org.partnercenter.customer.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.request.Body;
import org.partnercenter.customer.account.BillingProfileRequest;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.customer.account.CustomerRequest;
import org.partnercenter.customer.account.CustomerService;
import org.partnercenter.customer.order.BillingCycle;
import org.partnercenter.customer.order.OrderRequest;
import org.partnercenter.customer.order.OrderService;

/**
 * Imports one row in its own transaction through the same services the API uses, so an imported customer
 * is indistinguishable from one created through the API. A domain this partner already has is skipped: a
 * re-run imports only what is missing.
 */
@ApplicationScoped
class MigrationRowImporter {

    enum Outcome {
        IMPORTED,
        SKIPPED
    }

    private final EntityManager em;
    private final CustomerService customers;
    private final OrderService orders;
    private final Validator validator;

    MigrationRowImporter(EntityManager em, CustomerService customers, OrderService orders, Validator validator) {
        this.em = em;
        this.customers = customers;
        this.orders = orders;
        this.validator = validator;
    }

    /** @throws ApiException naming what is wrong with the row; nothing of the row is stored then */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome importRow(Caller caller, CallerScope scope, MigrationRow row) {
        CustomerRequest request = request(row);
        List<String> problems = new ArrayList<>();
        validator.validate(request).stream().map(MigrationRowImporter::describe).sorted().forEach(problems::add);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
        String domain = row.domain().trim().toLowerCase(java.util.Locale.ROOT);
        List<UUID> own = em.createQuery("select c.id from Customer c where lower(c.domain) = :domain "
                        + "and c.partnerTenantId = :partner", UUID.class)
                .setParameter("domain", domain).setParameter("partner", caller.partnerTenantId()).getResultList();
        if (!own.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Customer customer = customers.importExisting(caller, Body.built(request));
        if (!row.offerIds().isEmpty()) {
            List<OrderRequest.LineItemRequest> items = new ArrayList<>();
            for (int i = 0; i < row.offerIds().size(); i++) {
                items.add(new OrderRequest.LineItemRequest(i, row.offerIds().get(i), 1, null, null));
            }
            orders.place(caller, scope, customer.id,
                    Body.built(new OrderRequest(customer.id, BillingCycle.MONTHLY, items)));
        }
        return Outcome.IMPORTED;
    }

    private static CustomerRequest request(MigrationRow r) {
        var address = new BillingProfileRequest.AddressRequest(r.firstName(), r.lastName(), r.addressLine1(),
                r.addressLine2(), r.city(), r.state(), r.postalCode(), r.country(), r.phoneNumber());
        // The file has one name pair, the address's: it is the profile's contact too.
        var billing = new BillingProfileRequest(r.companyName(), null, null, r.email(), r.culture(), r.language(),
                address, null);
        return new CustomerRequest(new CustomerRequest.CompanyProfileRequest(r.domain()), billing,
                associated(r.associatedPartnerId()));
    }

    private static UUID associated(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("associatedPartnerId: must be the reseller's tenant id (a GUID)");
        }
    }

    /** Names the column, not the nested request field: the file has flat columns. */
    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + ": " + v.getMessage();
    }
}
