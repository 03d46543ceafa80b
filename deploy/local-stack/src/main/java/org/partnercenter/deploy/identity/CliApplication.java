package org.partnercenter.deploy.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.deploy.report.Console;

/**
 * The partnercenter command line's app registration in the operator's tenant, as an operator registers one in
 * Azure AD: a public, multi-tenant client (device code sign-in, no secret), so that users of every partner tenant
 * sign in with it through {@code organizations}. stack.json names it ({@code cliClientId}), where the CLI finds it.
 * The gateway needs nothing of it (it checks the token's audience, not the client), so it is made once the stack is
 * up, and a failure leaves the stack running without it: {@code partnercenter login --client-id} still works.
 *
 * @param clientId the application (client) id
 */
public record CliApplication(String clientId) {

    static final String DISPLAY_NAME = "partnercenter CLI";

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<CliApplication> register(String authority, String operatorTenantId)
            throws InterruptedException {
        try {
            String body = JSON.writeValueAsString(Map.of("displayName", DISPLAY_NAME,
                    "signInAudience", "AzureADMultipleOrgs", "publicClient", true));
            HttpRequest request = HttpRequest.newBuilder(URI.create(authority + "/" + operatorTenantId + "/applications"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            String appId = JSON.readTree(response.body()).path("appId").asText("");
            if (response.statusCode() == 201 && !appId.isEmpty()) {
                return Optional.of(new CliApplication(appId));
            }
            Console.line("warning: the identity provider refused the CLI's app registration: HTTP "
                    + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            Console.line("warning: could not register the CLI's app in the identity provider: " + e);
        }
        return Optional.empty();
    }

    /** stack.json with {@code cliClientId} added, leaving what StackJson wrote as it is. */
    public String addedTo(String stackJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(stackJson);
            root.put("cliClientId", clientId);
            return root.toPrettyString() + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("stack.json as written is not JSON", e);
        }
    }
}
