package org.partnercenter.billing.usage;

/**
 * Why a usage record is not rated yet: what billing has not heard of. Each is an event still to come (or one that
 * never will), so the record waits, and is rated as soon as it arrives; it is never rated with a default instead.
 */
public enum HeldReason {
    PARTNER_UNKNOWN("The partner that owns the customer is not known to billing yet."),
    PARTNER_CURRENCY_UNKNOWN("The partner's billing currency is not known yet."),
    CUSTOMER_UNKNOWN("The customer is not known to billing yet."),
    SUBSCRIPTION_UNKNOWN("The subscription is not known to billing yet."),
    PRICE_UNKNOWN("No complete price-list version in force at the usage time prices this meter."),
    EXCHANGE_RATE_UNKNOWN("No exchange-rate set in force at the usage time converts USD to the partner's currency.");

    private final String description;

    HeldReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
