package org.partnercenter.commons.events;

/** The topic names of DESIGN.md, in one place for producers and consumers. */
public final class Topics {

    public static final String CUSTOMERS = "partner-center.customers";
    public static final String SUBSCRIPTIONS = "partner-center.subscriptions";
    public static final String USAGE = "partner-center.usage";
    public static final String PRICES = "partner-center.prices";
    public static final String INVOICES = "partner-center.invoices";
    public static final String PAYMENTS = "partner-center.payments";
    public static final String TICKETS = "partner-center.tickets";
    public static final String PARTNERS = "partner-center.partners";
    public static final String AUDIT = "partner-center.audit";

    private Topics() {
    }
}
