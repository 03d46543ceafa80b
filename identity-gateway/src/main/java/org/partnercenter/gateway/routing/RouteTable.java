package org.partnercenter.gateway.routing;

import static org.partnercenter.commons.caller.Access.AUDIT_READ;
import static org.partnercenter.commons.caller.Access.CUSTOMER_DETAILS_WRITE;
import static org.partnercenter.commons.caller.Access.CUSTOMER_READ;
import static org.partnercenter.commons.caller.Access.CUSTOMER_WRITE;
import static org.partnercenter.commons.caller.Access.DOMAIN_CHECK;
import static org.partnercenter.commons.caller.Access.INVOICE_READ;
import static org.partnercenter.commons.caller.Access.MEMBER_MANAGEMENT;
import static org.partnercenter.commons.caller.Access.OPERATOR_ONLY;
import static org.partnercenter.commons.caller.Access.PRICING_READ;
import static org.partnercenter.commons.caller.Access.PROFILE_READ;
import static org.partnercenter.commons.caller.Access.PROFILE_WRITE;
import static org.partnercenter.commons.caller.Access.RELATIONSHIP_REQUEST;
import static org.partnercenter.commons.caller.Access.SERVICE_INCIDENT_WRITE;
import static org.partnercenter.commons.caller.Access.SERVICE_REQUEST_OPEN;
import static org.partnercenter.commons.caller.Access.SERVICE_REQUEST_READ;
import static org.partnercenter.commons.caller.Access.SERVICE_REQUEST_WRITE;
import static org.partnercenter.commons.caller.Access.SIGNED_IN;
import static org.partnercenter.commons.caller.Access.SUPPORT_TOPIC_WRITE;
import static org.partnercenter.commons.caller.Access.USAGE_READ;
import static org.partnercenter.commons.caller.ProviderFeature.AZURE_USAGE;
import static org.partnercenter.commons.caller.ProviderFeature.CSP_PRICING;
import static org.partnercenter.commons.caller.ProviderFeature.INVOICES;
import static org.partnercenter.commons.caller.ProviderFeature.PAYMENT_STATUS;
import static org.partnercenter.commons.caller.ProviderFeature.RECONCILIATION_EXPORTS;
import static org.partnercenter.commons.caller.ProviderFeature.SERVICE_REQUESTS;
import static org.partnercenter.gateway.routing.RouteBuilder.route;

import java.util.List;
import java.util.Optional;

/**
 * Every public path of DESIGN.md, its owning service and the partner-type and role rule that guards it:
 * the one place the API's routes meet the role sets of {@code Access}. The first matching route wins, so specific paths come
 * before the general ones they refine.
 */
public final class RouteTable {

    public static final List<Route> ROUTES = List.of(
            route("/v1/partners/**", Owner.GATEWAY).read(OPERATOR_ONLY).write(OPERATOR_ONLY).build(),
            route("/v1/users/**", Owner.GATEWAY).read(MEMBER_MANAGEMENT).write(MEMBER_MANAGEMENT).build(),
            route("/v1/applications/**", Owner.GATEWAY).read(MEMBER_MANAGEMENT).write(MEMBER_MANAGEMENT).build(),
            route("/v1/me", Owner.GATEWAY).read(SIGNED_IN).build(),
            route("/v1/profiles/**", Owner.GATEWAY).read(PROFILE_READ).write(PROFILE_WRITE).build(),
            route("/v1/auditrecords/**", Owner.GATEWAY).read(AUDIT_READ).build(),
            route("/v1/accesslog/**", Owner.GATEWAY).read(OPERATOR_ONLY).build(),

            // The usage records billing holds unrated: billing's, before customer-service's usagerecords family.
            route("/v1/usagerecords/unrated", Owner.BILLING).read(OPERATOR_ONLY).build(),
            // Bulk uploads, sized after what the owning service accepts: a 10,000-record usage batch is ~3.5 MB.
            route("/v1/usagerecords/**", Owner.CUSTOMER).read(OPERATOR_ONLY).write(OPERATOR_ONLY).maxBodyMiB(32)
                    .build(),
            route("/v1/customers/*/subscriptions/*/utilizations/**", Owner.CUSTOMER).read(USAGE_READ)
                    .notForResellers(AZURE_USAGE).build(),
            // Usage summaries carry rated cost: billing's, before customer-service's customers family.
            route("/v1/customers/*/usagesummary/**", Owner.BILLING).read(USAGE_READ)
                    .notForResellers(AZURE_USAGE).build(),
            route("/v1/customers/*/subscriptions/*/usagesummary/**", Owner.BILLING).read(USAGE_READ)
                    .notForResellers(AZURE_USAGE).build(),
            route("/v1/customers/*/subscriptions/usagerecords/**", Owner.BILLING).read(USAGE_READ)
                    .notForResellers(AZURE_USAGE).build(),
            route("/v1/customers/usagerecords/**", Owner.BILLING).read(USAGE_READ)
                    .notForResellers(AZURE_USAGE).build(),
            route("/v1/usagesummary/**", Owner.BILLING).read(USAGE_READ).notForResellers(AZURE_USAGE).build(),
            route("/v1/customers/*/servicerequests/**", Owner.SUPPORT).read(SERVICE_REQUEST_READ)
                    .write(SERVICE_REQUEST_WRITE).notForResellers(SERVICE_REQUESTS).build(),
            route("/v1/customers/*/orders/**", Owner.CUSTOMER).read(CUSTOMER_READ).write(CUSTOMER_WRITE).build(),
            route("/v1/customers/*/subscriptions/**", Owner.CUSTOMER).read(CUSTOMER_READ).write(CUSTOMER_WRITE)
                    .build(),
            route("/v1/customers/*/profiles/**", Owner.CUSTOMER).read(CUSTOMER_READ).write(CUSTOMER_DETAILS_WRITE)
                    .build(),
            // The invitation link a customer follows to take the caller as reseller: the gateway knows the partners
            // and their resellers; before customer-service's customers family, which would take it for a customer id.
            route("/v1/customers/relationshiprequests", Owner.GATEWAY).read(RELATIONSHIP_REQUEST).build(),
            route("/v1/customers/**", Owner.CUSTOMER).read(CUSTOMER_READ).write(CUSTOMER_WRITE).build(),
            route("/v1/relationships/**", Owner.CUSTOMER).read(CUSTOMER_READ).build(),
            // Agreement templates (reference data); a customer's attested agreements are under /v1/customers/**.
            route("/v1/agreements/**", Owner.CUSTOMER).read(CUSTOMER_READ).build(),
            // HEAD only (a read): whether a domain is taken, asked by those who create customers before they do.
            route("/v1/domains/*", Owner.CUSTOMER).read(DOMAIN_CHECK).build(),
            // Reference data and a check against it (a POST that changes nothing): every signed-in caller.
            route("/v1/countryvalidationrules/*", Owner.CUSTOMER).read(SIGNED_IN).build(),
            route("/v1/validations/address", Owner.CUSTOMER).write(SIGNED_IN).build(),
            // Bulk migration of existing customers is customer creation in bulk, ~15 MB for 50,000 customers.
            route("/v1/migrations/**", Owner.CUSTOMER).read(CUSTOMER_READ).write(CUSTOMER_WRITE).maxBodyMiB(32)
                    .build(),

            // Reconciliation exports are started by the partner's invoice readers (a POST that changes no invoice:
            // it asks for a file of one, or of the unbilled period), and read back by them.
            route("/v1/invoices/*/exports", Owner.BILLING).read(INVOICE_READ).write(INVOICE_READ)
                    .notForResellers(RECONCILIATION_EXPORTS).build(),
            route("/v1/invoices/exports/**", Owner.BILLING).read(INVOICE_READ)
                    .notForResellers(RECONCILIATION_EXPORTS).build(),
            route("/v1/invoices/**", Owner.BILLING).read(INVOICE_READ).write(OPERATOR_ONLY)
                    .notForResellers(INVOICES).build(),
            // Closing periods and reading their states is the operator's work, for every partner at once; no partner
            // has it, so a reseller is refused for its role like any partner, not sent to its provider.
            route("/v1/billingperiods/**", Owner.BILLING).read(OPERATOR_ONLY).write(OPERATOR_ONLY).build(),
            route("/v1/payments/**", Owner.BILLING).read(INVOICE_READ).write(OPERATOR_ONLY)
                    .notForResellers(PAYMENT_STATUS).build(),
            // Long-running operations (a close, an export): billing answers 404 to all but their starter,
            // resellers included, so the gateway lets resellers through rather than naming a feature they lack.
            route("/v1/operations/**", Owner.BILLING).read(INVOICE_READ).build(),

            // The catalogue lists what partners order for customers: every customer reader reads it, resellers too.
            route("/v1/offers/**", Owner.PRICING).read(CUSTOMER_READ).build(),
            route("/v1/offercategories/**", Owner.PRICING).read(CUSTOMER_READ).build(),
            route("/v1/products/**", Owner.PRICING).read(CUSTOMER_READ).build(),
            route("/v1/ratecards/**", Owner.PRICING).read(PRICING_READ).notForResellers(CSP_PRICING).build(),
            // A 50,000-meter price list is ~20 MB as JSON.
            route("/v1/pricelists/**", Owner.PRICING).read(PRICING_READ).write(OPERATOR_ONLY).maxBodyMiB(64)
                    .notForResellers(CSP_PRICING).build(),
            route("/v1/exchangerates/**", Owner.PRICING).read(PRICING_READ).write(OPERATOR_ONLY)
                    .notForResellers(CSP_PRICING).build(),

            route("/v1/servicerequests/supporttopics/**", Owner.SUPPORT).read(SERVICE_REQUEST_READ)
                    .write(SUPPORT_TOPIC_WRITE).notForResellers(SERVICE_REQUESTS).build(),
            route("/v1/servicerequests/*/escalate", Owner.SUPPORT).read(SERVICE_REQUEST_READ)
                    .write(SERVICE_REQUEST_OPEN).notForResellers(SERVICE_REQUESTS).build(),
            // POST /v1/servicerequests/{agentLocale} opens a request; PATCH on the same shape updates one.
            route("/v1/servicerequests/**", Owner.SUPPORT).read(SERVICE_REQUEST_READ).create(SERVICE_REQUEST_OPEN)
                    .write(SERVICE_REQUEST_WRITE).notForResellers(SERVICE_REQUESTS).build(),
            // Outages concern every partner, resellers too: all read them, the operator's support declares them.
            route("/v1/serviceincidents/**", Owner.SUPPORT).read(SIGNED_IN).write(SERVICE_INCIDENT_WRITE).build());

    private RouteTable() {
    }

    public static Optional<Route> match(String path) {
        return ROUTES.stream().filter(route -> route.matches(path)).findFirst();
    }
}
