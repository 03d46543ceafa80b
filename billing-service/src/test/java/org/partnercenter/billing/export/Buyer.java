package org.partnercenter.billing.export;

import java.util.UUID;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.billing.lineitem.LineItemBuilder;
import org.partnercenter.commons.caller.PartnerType;

/** A direct partner with one customer on an Azure plan, as billing's copies know them: whose lines a test exports. */
record Buyer(UUID partner, UUID customer, UUID subscription) {

    static Buyer direct() {
        return direct("P", "C", "S");
    }

    static Buyer direct(String partnerName, String customerName, String subscriptionDescription) {
        UUID partner = BillingRows.partner(PartnerType.DIRECT, partnerName, "5357564", null);
        UUID customer = BillingRows.customer(partner, null, customerName, "c.onmicrosoft.com", "DE");
        return new Buyer(partner, customer, BillingRows.subscription(customer, partner, null, "DZH318Z0BCZC",
                subscriptionDescription));
    }

    /** A line of the subscription's usage. */
    LineItemBuilder line() {
        return LineItemBuilder.line(partner, customer, subscription);
    }
}
