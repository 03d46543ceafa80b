package org.partnercenter.gateway.routing;

import static org.partnercenter.commons.caller.Roles.ADMIN_AGENT;
import static org.partnercenter.commons.caller.Roles.BILLING_ADMIN;
import static org.partnercenter.commons.caller.Roles.GLOBAL_ADMIN;
import static org.partnercenter.commons.caller.Roles.HELPDESK_AGENT;
import static org.partnercenter.commons.caller.Roles.OPERATOR_ADMIN;
import static org.partnercenter.commons.caller.Roles.OPERATOR_SUPPORT;
import static org.partnercenter.commons.caller.Roles.SALES_AGENT;
import static org.partnercenter.commons.caller.Roles.USER_ADMIN;
import static org.partnercenter.gateway.routing.RouteBuilder.route;

import java.util.List;
import java.util.Optional;

/**
 * Every public path of DESIGN.md, its owning service and the partner-type and role rule that guards it:
 * the one place the API's access rules live. The first matching route wins, so specific paths come
 * before the general ones they refine.
 */
public final class RouteTable {

    private static final String[] CUSTOMER_READERS = {GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT};
    private static final String[] CUSTOMER_WRITERS = {GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT};

    public static final List<Route> ROUTES = List.of(
            route("/v1/partners/**", Owner.GATEWAY).read(OPERATOR_ADMIN).write(OPERATOR_ADMIN).build(),
            route("/v1/users/**", Owner.GATEWAY).read(GLOBAL_ADMIN, USER_ADMIN, OPERATOR_ADMIN)
                    .write(GLOBAL_ADMIN, USER_ADMIN, OPERATOR_ADMIN).build(),
            route("/v1/applications/**", Owner.GATEWAY).read(GLOBAL_ADMIN, USER_ADMIN, OPERATOR_ADMIN)
                    .write(GLOBAL_ADMIN, USER_ADMIN, OPERATOR_ADMIN).build(),
            route("/v1/profiles/**", Owner.GATEWAY).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT,
                    BILLING_ADMIN, USER_ADMIN, OPERATOR_ADMIN).write(GLOBAL_ADMIN, OPERATOR_ADMIN).build(),
            route("/v1/auditrecords/**", Owner.GATEWAY).read(GLOBAL_ADMIN, ADMIN_AGENT, OPERATOR_ADMIN).build(),

            route("/v1/usagerecords/**", Owner.CUSTOMER).read(OPERATOR_ADMIN).write(OPERATOR_ADMIN).build(),
            route("/v1/customers/*/subscriptions/*/utilizations/**", Owner.CUSTOMER).read(GLOBAL_ADMIN,
                    ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN, OPERATOR_ADMIN)
                    .notForResellers("Azure usage").build(),
            route("/v1/customers/*/usagesummary/**", Owner.CUSTOMER).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
                    HELPDESK_AGENT, BILLING_ADMIN, OPERATOR_ADMIN).notForResellers("Azure usage").build(),
            route("/v1/customers/*/servicerequests/**", Owner.SUPPORT).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
                    HELPDESK_AGENT, BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT)
                    .write(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT)
                    .notForResellers("service requests").build(),
            route("/v1/customers/*/orders/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS))
                    .write(CUSTOMER_WRITERS).build(),
            route("/v1/customers/*/subscriptions/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS))
                    .write(CUSTOMER_WRITERS).build(),
            // Helpdesk agents edit customer details, nothing else.
            route("/v1/customers/*/profiles/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS))
                    .write(CUSTOMER_READERS).build(),
            route("/v1/customers/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS))
                    .write(CUSTOMER_WRITERS).build(),
            route("/v1/relationships/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS)).build(),
            // Bulk migration of existing customers is customer creation in bulk.
            route("/v1/migrations/**", Owner.CUSTOMER).read(withOperator(CUSTOMER_READERS))
                    .write(CUSTOMER_WRITERS).build(),

            route("/v1/invoices/**", Owner.BILLING).read(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN, OPERATOR_ADMIN)
                    .write(OPERATOR_ADMIN).notForResellers("invoices and reconciliation").build(),
            route("/v1/billingperiods/**", Owner.BILLING).read(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN,
                    OPERATOR_ADMIN).write(OPERATOR_ADMIN).notForResellers("billing periods").build(),
            route("/v1/payments/**", Owner.BILLING).read(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN, OPERATOR_ADMIN)
                    .write(OPERATOR_ADMIN).notForResellers("payment status").build(),
            route("/v1/exports/**", Owner.BILLING).read(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN, OPERATOR_ADMIN)
                    .write(GLOBAL_ADMIN, ADMIN_AGENT, BILLING_ADMIN, OPERATOR_ADMIN)
                    .notForResellers("reconciliation exports").build(),

            route("/v1/ratecards/**", Owner.PRICING).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, BILLING_ADMIN,
                    OPERATOR_ADMIN).notForResellers("CSP pricing").build(),
            route("/v1/pricelists/**", Owner.PRICING).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, BILLING_ADMIN,
                    OPERATOR_ADMIN).write(OPERATOR_ADMIN).notForResellers("CSP pricing").build(),
            route("/v1/exchangerates/**", Owner.PRICING).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
                    BILLING_ADMIN, OPERATOR_ADMIN).write(OPERATOR_ADMIN).notForResellers("CSP pricing").build(),

            route("/v1/servicerequests/**", Owner.SUPPORT).read(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT,
                    HELPDESK_AGENT, BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT)
                    .write(GLOBAL_ADMIN, ADMIN_AGENT, HELPDESK_AGENT, BILLING_ADMIN, USER_ADMIN, OPERATOR_SUPPORT)
                    .notForResellers("service requests").build());

    private RouteTable() {
    }

    public static Optional<Route> match(String path) {
        return ROUTES.stream().filter(route -> route.matches(path)).findFirst();
    }

    private static String[] withOperator(String[] roles) {
        String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = OPERATOR_ADMIN;
        return all;
    }
}
