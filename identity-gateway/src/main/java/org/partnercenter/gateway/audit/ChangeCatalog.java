package org.partnercenter.gateway.audit;

import static org.partnercenter.gateway.audit.AuditOperationType.*;
import static org.partnercenter.gateway.audit.AuditResourceType.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names every write of the API in the real audit vocabulary. A write no rule names (a route added later) is still
 * audited, as {@code undefined} named by its method and path, so that no client ever reads a value it cannot parse.
 * Specific paths come before the general ones they share a shape with ({@code /unbilled/exports} before
 * {@code /*}{@code /exports}).
 */
final class ChangeCatalog {

    private static final AuditResourceType NO_RESOURCE = AuditResourceType.UNDEFINED;
    private static final AuditOperationType NO_OPERATION = AuditOperationType.UNDEFINED;

    /** Subject of {@link #resourceTypeCondition}: the method, a space, the path as {@link #segments} reads it. */
    private static final String SQL_SUBJECT = "concat(e.method, ' ', translate(case when e.path like '%/' "
            + "then substring(e.path, 1, length(e.path) - 1) else e.path end, "
            + "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))";

    record Rule(String method, String[] segments, AuditedChange change) {

        boolean matches(String requestMethod, String[] path) {
            if (!method.equals(requestMethod) || path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!segments[i].equals("*") && !segments[i].equals(asciiLowerCase(path[i]))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether one write could match both rules: the same method and, segment by segment, a wildcard or equal. */
        boolean overlaps(Rule other) {
            if (!method.equals(other.method) || segments.length != other.segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                boolean either = segments[i].equals("*") || other.segments[i].equals("*");
                if (!either && !segments[i].equals(other.segments[i])) {
                    return false;
                }
            }
            return true;
        }

        /** A PostgreSQL regular expression matching what {@link #matches} matches, on {@link #SQL_SUBJECT}. */
        String regex() {
            return method + " " + Arrays.stream(segments)
                    .map(segment -> segment.equals("*") ? "[^/]*" : segment.replaceAll("[^a-z0-9]", "\\\\$0"))
                    .collect(Collectors.joining("/"));
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("POST", "/v1/customers", CUSTOMER, ADD_CUSTOMER, "add_customer"),
            rule("DELETE", "/v1/customers/*", CUSTOMER, DELETE_CUSTOMER, "delete_customer"),
            rule("PUT", "/v1/customers/*/profiles/billing", CUSTOMER, UPDATE_CUSTOMER_BILLING_PROFILE,
                    "update_customer_billing_profile"),
            rule("PATCH", "/v1/customers/*/profiles/billing", CUSTOMER, UPDATE_CUSTOMER_BILLING_PROFILE,
                    "update_customer_billing_profile"),
            rule("POST", "/v1/customers/*/orders", ORDER, CREATE_ORDER, "create_order"),
            rule("PATCH", "/v1/customers/*/orders/*", ORDER, UPDATE_ORDER, "update_order"),
            rule("PATCH", "/v1/customers/*/subscriptions/*", SUBSCRIPTION, UPDATE_SUBSCRIPTION, "update_subscription"),
            rule("POST", "/v1/customers/*/subscriptions/*/upgrades", SUBSCRIPTION, UPGRADE_SUBSCRIPTION,
                    "upgrade_subscription"),
            rule("POST", "/v1/customers/*/agreements", AGREEMENT, CREATE_AGREEMENT, "create_agreement"),
            rule("POST", "/v1/customers/*/users", CUSTOMER_USER, CREATE_CUSTOMER_USER, "create_customer_user"),
            rule("PATCH", "/v1/customers/*/users/*", CUSTOMER_USER, UPDATE_CUSTOMER_USER, "update_customer_user"),
            rule("DELETE", "/v1/customers/*/users/*", CUSTOMER_USER, DELETE_CUSTOMER_USER, "delete_customer_user"),
            rule("PATCH", "/v1/customers/*/servicerequests/*", NO_RESOURCE, NO_OPERATION, "update_service_request"),
            rule("POST", "/v1/migrations/customers", CUSTOMER, NO_OPERATION, "migrate_customers"),
            rule("POST", "/v1/users", PARTNER_USER, CREATE_PARTNER_USER, "create_partner_user"),
            rule("DELETE", "/v1/users/*", PARTNER_USER, REMOVE_PARTNER_USER, "remove_partner_user"),
            rule("POST", "/v1/users/*/roles", PARTNER_USER, UPDATE_PARTNER_USER, "grant_partner_user_role"),
            rule("DELETE", "/v1/users/*/roles/*", PARTNER_USER, UPDATE_PARTNER_USER, "revoke_partner_user_role"),
            rule("POST", "/v1/applications", APPLICATION, REGISTER_APPLICATION, "register_application"),
            rule("DELETE", "/v1/applications/*", APPLICATION, UNREGISTER_APPLICATION, "unregister_application"),
            rule("POST", "/v1/applications/*/roles", APPLICATION, NO_OPERATION, "grant_application_role"),
            rule("DELETE", "/v1/applications/*/roles/*", APPLICATION, NO_OPERATION, "revoke_application_role"),
            rule("PUT", "/v1/profiles/*", NO_RESOURCE, NO_OPERATION, "update_partner_profile"),
            rule("PATCH", "/v1/profiles/*", NO_RESOURCE, NO_OPERATION, "update_partner_profile"),
            rule("POST", "/v1/invoices/unbilled/exports", INVOICE, NO_OPERATION, "export_unbilled_reconciliation"),
            rule("POST", "/v1/invoices/*/exports", INVOICE, NO_OPERATION, "export_invoice_reconciliation"),
            rule("POST", "/v1/servicerequests/supporttopics", NO_RESOURCE, NO_OPERATION, "create_support_topic"),
            rule("POST", "/v1/servicerequests/*/escalate", NO_RESOURCE, NO_OPERATION, "escalate_service_request"),
            rule("POST", "/v1/servicerequests/*", NO_RESOURCE, NO_OPERATION, "create_service_request"),
            rule("PATCH", "/v1/servicerequests/*", NO_RESOURCE, NO_OPERATION, "update_service_request"),
            rule("POST", "/v1/partners", NO_RESOURCE, NO_OPERATION, "register_partner"),
            rule("PATCH", "/v1/partners/*", NO_RESOURCE, NO_OPERATION, "update_partner"),
            rule("POST", "/v1/partners/*/suspend", NO_RESOURCE, NO_OPERATION, "suspend_partner"),
            rule("POST", "/v1/partners/*/reactivate", NO_RESOURCE, NO_OPERATION, "reactivate_partner"),
            rule("POST", "/v1/billingperiods/*/close", NO_RESOURCE, NO_OPERATION, "close_billing_period"),
            rule("POST", "/v1/payments", NO_RESOURCE, NO_OPERATION, "record_payment"),
            rule("POST", "/v1/usagerecords/batches", NO_RESOURCE, NO_OPERATION, "upload_usage_batch"),
            rule("POST", "/v1/exchangerates", NO_RESOURCE, NO_OPERATION, "publish_exchange_rates"),
            rule("POST", "/v1/pricelists", NO_RESOURCE, NO_OPERATION, "publish_price_list"),
            rule("POST", "/v1/serviceincidents", NO_RESOURCE, NO_OPERATION, "declare_service_incident"),
            rule("PATCH", "/v1/serviceincidents/*", NO_RESOURCE, NO_OPERATION, "update_service_incident"));

    private ChangeCatalog() {
    }

    static AuditedChange of(String method, String path) {
        String[] segments = segments(path);
        return RULES.stream().filter(rule -> rule.matches(method, segments)).map(Rule::change).findFirst()
                .orElseGet(() -> new AuditedChange(NO_RESOURCE, NO_OPERATION, method + " " + path));
    }

    /**
     * The records whose write this catalogue names {@code type}, as a JPQL condition on alias {@code e} whose pattern
     * it puts in {@code parameters} under {@code parameter}: the rules of the type as one regular expression over the
     * method and the path read as {@link #of} reads it (one trailing slash dropped, ASCII letters in any case). Exact,
     * and no copy of the catalogue: no two rules of different types match one write (ChangeCatalogTest proves it), so
     * any matching rule names the type the first one names; {@code undefined} is a write no rule of another type
     * matches.
     */
    static String resourceTypeCondition(AuditResourceType type, String parameter, Map<String, Object> parameters) {
        boolean undefined = type == NO_RESOURCE;
        parameters.put(parameter, RULES.stream()
                .filter(rule -> undefined ? rule.change().resourceType() != NO_RESOURCE
                        : rule.change().resourceType() == type)
                .map(Rule::regex).collect(Collectors.joining("|", "^(", ")$")));
        return (undefined ? "not " : "") + "regexp_like(" + SQL_SUBJECT + ", :" + parameter + ")";
    }

    static List<Rule> rules() {
        return RULES;
    }

    /** Only ASCII letters: what SQL_SUBJECT's translate does, so that both read a path alike. */
    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    private static Rule rule(String method, String pattern, AuditResourceType resource, AuditOperationType operation,
            String name) {
        return new Rule(method, segments(pattern), new AuditedChange(resource, operation, name));
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.split("/", -1);
    }
}
