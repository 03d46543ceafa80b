package org.partnercenter.billing.support;

import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.meter;
import static org.partnercenter.billing.support.Publish.partner;
import static org.partnercenter.billing.support.Publish.priceChunk;
import static org.partnercenter.billing.support.Publish.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One partner's world for a rating test: its customer and subscription, and one meter of its own (so that price
 * versions of one test never price another's usage), published on the topics as their producers would.
 */
public final class RatingWorld {

    public final UUID partner = UUID.randomUUID();
    public final UUID customer = UUID.randomUUID();
    public final UUID subscription = UUID.randomUUID();
    public final String meterId = UUID.randomUUID().toString();

    /** Publishes the partner (invoiced in {@code currency}), its customer and the subscription. */
    public RatingWorld known(String currency) {
        Publish.partners(partner(partner, "direct", null, "1234567", currency));
        Publish.customers(customer(customer, partner, null));
        Publish.subscriptions(customer, subscription(subscription, customer, partner, null));
        return this;
    }

    /** Publishes a one-chunk version pricing this world's meter at one flat USD price, nothing included. */
    public UUID flatPrice(Instant effective, String unitPrice) {
        UUID version = UUID.randomUUID();
        Publish.prices(priceChunk(version, effective, 0, 1, List.of(
                meter(meterId, "Compute Hours", "0", new String[] {"0"}, new String[] {unitPrice}))));
        return version;
    }
}
