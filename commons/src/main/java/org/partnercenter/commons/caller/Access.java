package org.partnercenter.commons.caller;

import static org.partnercenter.commons.caller.Roles.ADMIN_AGENT;
import static org.partnercenter.commons.caller.Roles.BILLING_ADMIN;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.HELPDESK_AGENT;
import static org.partnercenter.commons.caller.Roles.OPERATOR_ADMIN;
import static org.partnercenter.commons.caller.Roles.OPERATOR_SUPPORT;
import static org.partnercenter.commons.caller.Roles.SALES_AGENT;
import static org.partnercenter.commons.caller.Roles.USER_ADMIN;

import java.util.Set;

/**
 * DESIGN.md's role matrix as named role sets: the gateway's route table, the services' own checks and
 * the authorization suites all read these, so the matrix is written down once. Operator roles appear
 * where DESIGN.md's operator table lets the operator in; partner and operator roles are disjoint.
 */
public final class Access {

    /** Every role a partner grants its own users and applications. */
    public static final Set<String> PARTNER_ROLES = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, USER_ADMIN);
    /** Every role the operator grants its own users and applications. */
    public static final Set<String> OPERATOR_ROLES = Set.of(OPERATOR_ADMIN, OPERATOR_SUPPORT);

    /** Reference data every signed-in user reads: country validation rules, address checks, service incidents. */
    public static final Set<String> SIGNED_IN = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, USER_ADMIN, OPERATOR_ADMIN, OPERATOR_SUPPORT);

    /** Partner registration, price lists, exchange rates, the metering feed, closes and payments. */
    public static final Set<String> OPERATOR_ONLY = Set.of(OPERATOR_ADMIN);

    public static final Set<String> CUSTOMER_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
            OPERATOR_ADMIN);
    /** Create customers, change orders and subscriptions, migrate customers in bulk. */
    public static final Set<String> CUSTOMER_WRITE = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT);
    /** Whether a domain is taken: asked before creating a customer, by those who create them and the operator. */
    public static final Set<String> DOMAIN_CHECK = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, OPERATOR_ADMIN);
    /** The invitation link a customer follows to take this partner as its reseller: the partner's admins. */
    public static final Set<String> RELATIONSHIP_REQUEST = Set.of(GLOBAL_ADMIN, ADMIN_AGENT);
    /** Helpdesk agents edit customer details (profiles), nothing else. */
    public static final Set<String> CUSTOMER_DETAILS_WRITE = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
            HELPDESK_AGENT);

    public static final Set<String> USAGE_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, OPERATOR_ADMIN);

    /** Invoices, reconciliation, statements and payment status. */
    public static final Set<String> INVOICE_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN, OPERATOR_ADMIN);

    /** The rate card, price lists and exchange rates. */
    public static final Set<String> PRICING_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, BILLING_ADMIN,
            OPERATOR_ADMIN);

    public static final Set<String> SERVICE_REQUEST_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
            HELPDESK_AGENT, BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT);
    /** Notes and status changes; the operator's support works the escalated queue. */
    public static final Set<String> SERVICE_REQUEST_WRITE = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT);
    /** Opening, escalating and changing the severity of a request are the partner's acts, never support's. */
    public static final Set<String> SERVICE_REQUEST_OPEN = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, USER_ADMIN);
    /** The support-topic catalogue is support's to extend. */
    public static final Set<String> SUPPORT_TOPIC_WRITE = Set.of(OPERATOR_SUPPORT);
    /** Service incidents (outages every partner reads) are declared and updated by the operator's support. */
    public static final Set<String> SERVICE_INCIDENT_WRITE = Set.of(OPERATOR_SUPPORT);

    /** Partner users, applications and their roles (the operator manages its own). */
    public static final Set<String> MEMBER_MANAGEMENT = Set.of(GLOBAL_ADMIN, USER_ADMIN, OPERATOR_ADMIN);

    public static final Set<String> PROFILE_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
            BILLING_ADMIN, USER_ADMIN, OPERATOR_ADMIN);
    public static final Set<String> PROFILE_WRITE = Set.of(GLOBAL_ADMIN, OPERATOR_ADMIN);

    public static final Set<String> AUDIT_READ = Set.of(GLOBAL_ADMIN, ADMIN_AGENT, OPERATOR_ADMIN);

    private Access() {
    }
}
