package org.partnercenter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.TestTokens;

/** Creates the customers and Azure subscriptions the usage is for, through the API as a partner would. */
final class Setup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;

    Setup(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    List<BenchData.Subscription> subscriptions(Caller partner, int count) throws Exception {
        List<BenchData.Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> address = Map.of("FirstName", "B", "LastName", "Ench", "AddressLine1", "1 Way",
                    "City", "Redmond", "State", "WA", "PostalCode", "98052", "Country", "US");
            String domain = "bench" + UUID.randomUUID().toString().substring(0, 8) + ".onmicrosoft.com";
            JsonNode customer = post(partner, "/v1/customers", Map.of("CompanyProfile", Map.of("Domain", domain),
                    "BillingProfile", Map.of("CompanyName", "Bench " + i, "Email", "b@bench.test", "Culture", "en-US",
                            "Language", "en", "DefaultAddress", address)));
            String customerId = customer.path("id").asText();
            JsonNode order = post(partner, "/v1/customers/" + customerId + "/orders", Map.of("ReferenceCustomerId",
                    customerId, "BillingCycle", "monthly", "LineItems", List.of(Map.of("LineItemNumber", 0,
                            "OfferId", "DZH318Z0BCZC", "FriendlyName", "Azure plan", "Quantity", 1))));
            subscriptions.add(new BenchData.Subscription(UUID.fromString(customerId),
                    UUID.fromString(order.path("lineItems").get(0).path("subscriptionId").asText()),
                    partner.partnerTenantId()));
        }
        return subscriptions;
    }

    private JsonNode post(Caller caller, String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + TestTokens.sign(caller))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
