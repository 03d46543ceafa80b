package org.partnercenter.billing.lineitem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.period.BillingPeriodClose;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.partner.PartnerState;

/** billing's copies of partners, customers and subscriptions, stored directly as their consumers would. */
public final class BillingRows {

    private BillingRows() {
    }

    public static UUID partner(PartnerType type, String name, String mpnId, UUID providerTenantId) {
        Partner partner = new Partner();
        partner.tenantId = UUID.randomUUID();
        partner.name = name;
        partner.partnerType = type;
        partner.providerTenantId = providerTenantId;
        partner.mpnId = mpnId;
        partner.country = "NL";
        partner.currency = "EUR";
        partner.state = PartnerState.ACTIVE;
        partner.updatedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(partner::persist);
        return partner.tenantId;
    }

    public static UUID customer(UUID partnerTenantId, UUID resellerTenantId, String name, String domain,
            String country) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.partnerTenantId = partnerTenantId;
        customer.resellerTenantId = resellerTenantId;
        customer.companyName = name;
        customer.domain = domain;
        customer.country = country;
        customer.updatedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(customer::persist);
        return customer.id;
    }

    public static UUID subscription(UUID customerId, UUID partnerTenantId, UUID resellerTenantId, String offerId,
            String description) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.customerId = customerId;
        subscription.partnerTenantId = partnerTenantId;
        subscription.resellerTenantId = resellerTenantId;
        subscription.offerId = offerId;
        subscription.offerName = "DZH318Z0BCZC".equals(offerId) ? "Azure plan" : "Microsoft Azure";
        subscription.entitlementId = entitlementOf(subscription.id);
        subscription.description = description;
        subscription.quantity = 1;
        subscription.status = "active";
        subscription.updatedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(subscription::persist);
        return subscription.id;
    }

    /** The partner's billing period closed, as the close records it (without issuing anything). */
    public static void closed(UUID partnerTenantId, String period) {
        BillingPeriodClose close = new BillingPeriodClose();
        close.key = new BillingPeriodClose.Key(partnerTenantId, period);
        close.closedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(close::persist);
    }

    /** The entitlement customer-service would have announced for the subscription (a fixed function of it). */
    public static UUID entitlementOf(UUID subscriptionId) {
        return UUID.nameUUIDFromBytes(("entitlement of " + subscriptionId).getBytes(StandardCharsets.UTF_8));
    }
}
