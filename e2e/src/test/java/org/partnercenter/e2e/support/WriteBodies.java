package org.partnercenter.e2e.support;

import java.util.Map;
import java.util.Optional;

/**
 * Valid bodies for the writes that name an existing resource in their path, so that a request gets past
 * body validation to the resource itself: the authorization suite's requests with another partner's ids
 * must meet the 404, and the fuzz spoils these bodies one field at a time.
 */
public final class WriteBodies {

    private WriteBodies() {
    }

    public static Optional<Object> validFor(String method, String template, ResourceIds ids) {
        return Optional.ofNullable(switch (method + " " + template.replaceAll("\\{[^}]*}", "{}")) {
            case "POST /v1/users/{}/roles", "POST /v1/applications/{}/roles" -> Map.of("id", "helpdesk_agent");
            case "POST /v1/customers/{}/orders" -> Customers.azurePlanOrder(ids.byKind().get("customer"));
            case "POST /v1/customers/{}/agreements" -> AgreementBody.mca();
            case "PATCH /v1/customers/{}/subscriptions/{}" -> Map.of("friendlyName", "Renamed plan", "quantity", 1);
            case "PUT /v1/customers/{}/profiles/billing" -> CustomerBody.customer("Renamed Company").billingProfile();
            case "PATCH /v1/servicerequests/{}", "PATCH /v1/customers/{}/servicerequests/{}" ->
                    Map.of("NewNote", Map.of("Text", "A note"));
            case "POST /v1/servicerequests/{}/escalate" -> Map.of("reason", "Escalated for a reason");
            case "PATCH /v1/serviceincidents/{}" -> Map.of("message", "An update");
            case "PATCH /v1/partners/{}" -> Map.of("name", "Renamed Partner", "country", "US", "requireMfa", true);
            default -> null;
        });
    }
}
