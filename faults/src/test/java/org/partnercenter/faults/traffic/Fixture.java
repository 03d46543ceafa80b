package org.partnercenter.faults.traffic;

import java.math.BigDecimal;
import java.util.List;
import org.partnercenter.rating.MeterRates;

/**
 * What the set-up made: the operator's token, the customers' Azure plan subscriptions, and the meters of the price
 * list the operator published for this case (id, unit, rates), which the independent rating uses.
 */
public record Fixture(String operatorToken, List<Subscription> subscriptions, List<Meter> meters) {

    public record Subscription(String customerId, String subscriptionId) {

        /** One resource per subscription: a line item per subscription, meter and day. */
        public String resourceUri() {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/rg-faults/providers/"
                    + "Microsoft.Compute/virtualMachines/vm-01";
        }
    }

    public record Meter(String id, String unit, MeterRates rates) {

        public BigDecimal firstPrice() {
            return rates.tiers().get(0).unitPrice();
        }
    }
}
