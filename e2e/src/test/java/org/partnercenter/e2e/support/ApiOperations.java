package org.partnercenter.e2e.support;

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

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation of the public API with the role set of {@code Access} that may call it and whether
 * indirect resellers are sent to their provider instead: DESIGN.md's matrix written per operation, which
 * the authorization suite checks the gateway against and the fuzz suite uses to pick a caller with the right.
 * Written here, not read from the gateway's route table, so that a route rule that drifts from it fails.
 */
public final class ApiOperations {

    public static final boolean NOT_FOR_RESELLERS = true;
    public static final boolean RESELLERS_TOO = false;

    /** One operation: {@code template} names its ids as DESIGN.md does ({@code {customerId}}). */
    public record ApiOperation(String method, String template, Set<String> roles, boolean notForResellers) {

        /** Deletes, suspends or reactivates what its path names: never pointed at a fixture the suite still needs. */
        public boolean destructive() {
            return ApiOperations.destructive(method, template);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public static final List<ApiOperation> ALL = List.of(
            op("GET", "/v1/partners", OPERATOR_ONLY, RESELLERS_TOO),
            op("POST", "/v1/partners", OPERATOR_ONLY, RESELLERS_TOO),
            op("GET", "/v1/partners/{tenantId}", OPERATOR_ONLY, RESELLERS_TOO),
            op("PATCH", "/v1/partners/{tenantId}", OPERATOR_ONLY, RESELLERS_TOO),
            op("POST", "/v1/partners/{tenantId}/suspend", OPERATOR_ONLY, RESELLERS_TOO),
            op("POST", "/v1/partners/{tenantId}/reactivate", OPERATOR_ONLY, RESELLERS_TOO),
            op("GET", "/v1/users", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("POST", "/v1/users", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/users/{userId}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("DELETE", "/v1/users/{userId}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/users/{userId}/roles", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("POST", "/v1/users/{userId}/roles", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("DELETE", "/v1/users/{userId}/roles/{role}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/applications", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("POST", "/v1/applications", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/applications/{applicationId}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("DELETE", "/v1/applications/{applicationId}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/applications/{applicationId}/roles", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("POST", "/v1/applications/{applicationId}/roles", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("DELETE", "/v1/applications/{applicationId}/roles/{role}", MEMBER_MANAGEMENT, RESELLERS_TOO),
            op("GET", "/v1/me", SIGNED_IN, RESELLERS_TOO),
            op("GET", "/v1/profiles/organization", PROFILE_READ, RESELLERS_TOO),
            op("GET", "/v1/profiles/mpn", PROFILE_READ, RESELLERS_TOO),
            op("GET", "/v1/profiles/legalbusiness", PROFILE_READ, RESELLERS_TOO),
            op("PUT", "/v1/profiles/legalbusiness", PROFILE_WRITE, RESELLERS_TOO),
            op("GET", "/v1/profiles/billing", PROFILE_READ, RESELLERS_TOO),
            op("PUT", "/v1/profiles/billing", PROFILE_WRITE, RESELLERS_TOO),
            op("GET", "/v1/profiles/support", PROFILE_READ, RESELLERS_TOO),
            op("PUT", "/v1/profiles/support", PROFILE_WRITE, RESELLERS_TOO),
            // The docs' path for the support profile; the SDKs call /support.
            op("GET", "/v1/profiles/supportprofile", PROFILE_READ, RESELLERS_TOO),
            op("PUT", "/v1/profiles/supportprofile", PROFILE_WRITE, RESELLERS_TOO),
            op("GET", "/v1/auditrecords", AUDIT_READ, RESELLERS_TOO),
            op("GET", "/v1/accesslog", OPERATOR_ONLY, RESELLERS_TOO),

            op("POST", "/v1/usagerecords/batches", OPERATOR_ONLY, RESELLERS_TOO),
            op("GET", "/v1/usagerecords/unrated", OPERATOR_ONLY, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/utilizations/azure", USAGE_READ,
                    NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/usagesummary", USAGE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}/usagesummary", USAGE_READ,
                    NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/subscriptions/usagerecords", USAGE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/usagerecords", USAGE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/usagesummary", USAGE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/servicerequests", SERVICE_REQUEST_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/servicerequests/{serviceRequestId}", SERVICE_REQUEST_READ,
                    NOT_FOR_RESELLERS),
            op("PATCH", "/v1/customers/{customerId}/servicerequests/{serviceRequestId}", SERVICE_REQUEST_WRITE,
                    NOT_FOR_RESELLERS),
            op("GET", "/v1/customers/{customerId}/orders", CUSTOMER_READ, RESELLERS_TOO),
            op("POST", "/v1/customers/{customerId}/orders", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/orders/{orderId}", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/subscriptions", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/subscriptions/{subscriptionId}", CUSTOMER_READ, RESELLERS_TOO),
            op("PATCH", "/v1/customers/{customerId}/subscriptions/{subscriptionId}", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/profiles/company", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/profiles/billing", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/users", CUSTOMER_READ, RESELLERS_TOO),
            op("PUT", "/v1/customers/{customerId}/profiles/billing", CUSTOMER_DETAILS_WRITE, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/relationships", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers/relationshiprequests", RELATIONSHIP_REQUEST, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}/agreements", CUSTOMER_READ, RESELLERS_TOO),
            op("POST", "/v1/customers/{customerId}/agreements", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/agreements", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/customers", CUSTOMER_READ, RESELLERS_TOO),
            op("POST", "/v1/customers", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/customers/{customerId}", CUSTOMER_READ, RESELLERS_TOO),
            op("DELETE", "/v1/customers/{customerId}", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/relationships", CUSTOMER_READ, RESELLERS_TOO),
            op("POST", "/v1/migrations/customers", CUSTOMER_WRITE, RESELLERS_TOO),
            op("GET", "/v1/migrations/customers/{jobId}", CUSTOMER_READ, RESELLERS_TOO),
            // A HEAD answer has no body: its refusal is a bare 403 (MatrixAnswers).
            op("HEAD", "/v1/domains/{domain}", DOMAIN_CHECK, RESELLERS_TOO),
            op("GET", "/v1/countryvalidationrules/{country}", SIGNED_IN, RESELLERS_TOO),
            op("POST", "/v1/validations/address", SIGNED_IN, RESELLERS_TOO),

            // The catalogue: what partners order for customers, so resellers read it too.
            op("GET", "/v1/offers", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/offers/categories", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/offers/{offerId}", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/offercategories", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products/{productId}", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products/{productId}/skus", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products/{productId}/skus/{skuId}", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products/{productId}/skus/{skuId}/availabilities", CUSTOMER_READ, RESELLERS_TOO),
            op("GET", "/v1/products/{productId}/skus/{skuId}/availabilities/{availabilityId}", CUSTOMER_READ,
                    RESELLERS_TOO),

            op("GET", "/v1/invoices", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/unbilled/lineitems", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/{invoiceId}", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/{invoiceId}/lineitems", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/{invoiceId}/lineitems/{provider}/{invoiceLineItemType}", INVOICE_READ,
                    NOT_FOR_RESELLERS),
            // Billing periods are the operator's work for every partner: a reseller is refused for its role.
            op("GET", "/v1/billingperiods", OPERATOR_ONLY, RESELLERS_TOO),
            op("POST", "/v1/billingperiods/{period}/close", OPERATOR_ONLY, RESELLERS_TOO),
            op("POST", "/v1/invoices/{invoiceId}/exports", INVOICE_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/invoices/unbilled/exports", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/exports/{exportId}", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/exports/{exportId}/parts/{partName}", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/{invoiceId}/documents/statement", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/summary", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/invoices/summaries", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/payments", INVOICE_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/payments", OPERATOR_ONLY, NOT_FOR_RESELLERS),
            op("GET", "/v1/payments/{paymentId}", INVOICE_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/operations/{operationId}", INVOICE_READ, RESELLERS_TOO),

            op("GET", "/v1/ratecards/azure", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/ratecards/azure/meters", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/ratecards/azure/meters/{meterId}", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/ratecards/azure-shared", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/pricelists", PRICING_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/pricelists", OPERATOR_ONLY, NOT_FOR_RESELLERS),
            op("GET", "/v1/pricelists/charges", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/pricelists/{versionId}", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/pricelists/{versionId}/meters", PRICING_READ, NOT_FOR_RESELLERS),
            op("GET", "/v1/exchangerates", PRICING_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/exchangerates", OPERATOR_ONLY, NOT_FOR_RESELLERS),
            op("GET", "/v1/exchangerates/{exchangeRateId}", PRICING_READ, NOT_FOR_RESELLERS),

            op("GET", "/v1/servicerequests", SERVICE_REQUEST_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/servicerequests/{agentLocale}", SERVICE_REQUEST_OPEN, NOT_FOR_RESELLERS),
            op("GET", "/v1/servicerequests/supporttopics", SERVICE_REQUEST_READ, NOT_FOR_RESELLERS),
            op("POST", "/v1/servicerequests/supporttopics", SUPPORT_TOPIC_WRITE, NOT_FOR_RESELLERS),
            op("GET", "/v1/servicerequests/{serviceRequestId}", SERVICE_REQUEST_READ, NOT_FOR_RESELLERS),
            op("PATCH", "/v1/servicerequests/{serviceRequestId}", SERVICE_REQUEST_WRITE, NOT_FOR_RESELLERS),
            op("POST", "/v1/servicerequests/{serviceRequestId}/escalate", SERVICE_REQUEST_OPEN, NOT_FOR_RESELLERS),
            op("GET", "/v1/servicerequests/{serviceRequestId}/timeline", SERVICE_REQUEST_READ, NOT_FOR_RESELLERS),

            op("GET", "/v1/serviceincidents", SIGNED_IN, RESELLERS_TOO),
            op("POST", "/v1/serviceincidents", SERVICE_INCIDENT_WRITE, RESELLERS_TOO),
            op("GET", "/v1/serviceincidents/office", SIGNED_IN, RESELLERS_TOO),
            op("GET", "/v1/serviceincidents/{serviceIncidentId}", SIGNED_IN, RESELLERS_TOO),
            op("PATCH", "/v1/serviceincidents/{serviceIncidentId}", SERVICE_INCIDENT_WRITE, RESELLERS_TOO));

    private ApiOperations() {
    }

    /** The operation a documented method and path template (ids named in any way) stand for. */
    public static Optional<ApiOperation> find(String method, String template) {
        String shape = shape(template);
        return ALL.stream().filter(op -> op.method().equalsIgnoreCase(method) && shape(op.template()).equals(shape))
                .findFirst();
    }

    /** Deletes, suspends or reactivates what its path names: suites point it at nothing they still need. */
    public static boolean destructive(String method, String template) {
        return method.equalsIgnoreCase("DELETE") || template.endsWith("/suspend") || template.endsWith("/reactivate");
    }

    private static String shape(String template) {
        return template.replaceAll("\\{[^}]*}", "{}").toLowerCase();
    }

    private static ApiOperation op(String method, String template, Set<String> roles, boolean notForResellers) {
        return new ApiOperation(method, template, roles, notForResellers);
    }
}
