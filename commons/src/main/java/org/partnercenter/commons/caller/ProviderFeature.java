package org.partnercenter.commons.caller;

/**
 * A feature an indirect reseller does not have here: its indirect provider's solution gives it (DESIGN.md's
 * partner-type table). The gateway's routes and the services refuse resellers with the same words.
 */
public enum ProviderFeature {
    AZURE_USAGE("Azure usage"),
    INVOICES("invoices and reconciliation"),
    BILLING_PERIODS("billing periods"),
    PAYMENT_STATUS("payment status"),
    RECONCILIATION_EXPORTS("reconciliation exports"),
    CSP_PRICING("CSP pricing"),
    SERVICE_REQUESTS("service requests");

    private final String words;

    ProviderFeature(String words) {
        this.words = words;
    }

    /** How the refusal names the feature: "Indirect resellers do not have {words} here: ...". */
    public String words() {
        return words;
    }
}
