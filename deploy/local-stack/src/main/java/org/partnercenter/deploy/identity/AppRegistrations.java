package org.partnercenter.deploy.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.partnercenter.deploy.StackFailure;

/** Registers an application in the operator's tenant of the identity provider, as an operator does in Azure AD. */
final class AppRegistrations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AppRegistrations() {
    }

    /** @return the new application (client) id; the provider's directory is new on every start */
    static String register(String authority, String operatorTenantId, Map<String, Object> application)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(authority + "/" + operatorTenantId + "/applications"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(application)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        String appId = JSON.readTree(response.body()).path("appId").asText("");
        if (response.statusCode() != 201 || appId.isEmpty()) {
            throw new StackFailure("the identity provider refused the registration of " + application.get("displayName")
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return appId;
    }
}
