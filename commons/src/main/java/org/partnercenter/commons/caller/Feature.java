package org.partnercenter.commons.caller;

import static org.partnercenter.commons.caller.ProviderFeature.AZURE_USAGE;
import static org.partnercenter.commons.caller.ProviderFeature.CSP_PRICING;
import static org.partnercenter.commons.caller.ProviderFeature.INVOICES;
import static org.partnercenter.commons.caller.ProviderFeature.SERVICE_REQUESTS;

import java.util.Locale;
import java.util.Set;

/**
 * What a caller may do, named for clients: {@code GET /v1/me} lists the features of the caller's roles and partner
 * type, so that the portal and scripts show what is allowed without restating the role matrix. Each is one of
 * {@link Access}'s role sets, and the provider feature an indirect reseller gets from its provider instead, if any:
 * the same two checks every service makes.
 */
public enum Feature {
    CUSTOMERS_READ(Access.CUSTOMER_READ, null),
    CUSTOMERS_WRITE(Access.CUSTOMER_WRITE, null),
    CUSTOMER_DETAILS_WRITE(Access.CUSTOMER_DETAILS_WRITE, null),
    USAGE_READ(Access.USAGE_READ, AZURE_USAGE),
    INVOICES_READ(Access.INVOICE_READ, INVOICES),
    PRICING_READ(Access.PRICING_READ, CSP_PRICING),
    SERVICE_REQUESTS_READ(Access.SERVICE_REQUEST_READ, SERVICE_REQUESTS),
    SERVICE_REQUESTS_OPEN(Access.SERVICE_REQUEST_OPEN, SERVICE_REQUESTS),
    SERVICE_REQUESTS_WRITE(Access.SERVICE_REQUEST_WRITE, SERVICE_REQUESTS),
    USERS_MANAGE(Access.MEMBER_MANAGEMENT, null),
    PROFILE_READ(Access.PROFILE_READ, null),
    PROFILE_WRITE(Access.PROFILE_WRITE, null),
    AUDIT_READ(Access.AUDIT_READ, null),
    RELATIONSHIP_REQUESTS(Access.RELATIONSHIP_REQUEST, null),
    OPERATOR_ADMIN(Access.OPERATOR_ONLY, null),
    SUPPORT_TOPICS_WRITE(Access.SUPPORT_TOPIC_WRITE, null),
    SERVICE_INCIDENTS_WRITE(Access.SERVICE_INCIDENT_WRITE, null);

    private final Set<String> roles;
    private final ProviderFeature fromProvider;

    Feature(Set<String> roles, ProviderFeature fromProvider) {
        this.roles = roles;
        this.fromProvider = fromProvider;
    }

    /** Whether {@code caller} has it: a role of the set, and not a reseller for what its provider gives it. */
    public boolean allows(Caller caller) {
        return caller.holdsOneOf(roles)
                && !(fromProvider != null && caller.partnerType() == PartnerType.INDIRECT_RESELLER);
    }

    /** {@code customers.read}, {@code service_requests.open}: the thing, then what may be done with it. */
    public String wire() {
        String name = name().toLowerCase(Locale.ROOT);
        int last = name.lastIndexOf('_');
        return name.substring(0, last) + "." + name.substring(last + 1);
    }
}
