package org.partnercenter.deploy.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.partnercenter.deploy.StackFailure;

/**
 * The web portal's app registration in the operator's tenant, as an operator registers it in Azure AD: a
 * multi-tenant single-page application whose one redirect URI is the gateway's {@code /signin-callback}. The
 * gateway is given its application id ({@code PC_PORTAL_CLIENT_ID}), which the portal reads to sign in with.
 *
 * @param clientId the application (client) id
 */
public record PortalApplication(String clientId, String redirectUri) {

    static final String DISPLAY_NAME = "Partner Center portal";
    static final String CALLBACK_PATH = "/signin-callback";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Registers it anew: the provider's directory is new on every start. */
    public static PortalApplication register(String authority, String operatorTenantId, String gatewayUrl)
            throws IOException, InterruptedException {
        String redirectUri = gatewayUrl + CALLBACK_PATH;
        String body = JSON.writeValueAsString(Map.of("displayName", DISPLAY_NAME,
                "redirectUris", List.of(redirectUri), "signInAudience", "AzureADMultipleOrgs"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(authority + "/" + operatorTenantId + "/applications"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        String appId = JSON.readTree(response.body()).path("appId").asText("");
        if (response.statusCode() != 201 || appId.isEmpty()) {
            throw new StackFailure("the identity provider refused the portal's app registration: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return new PortalApplication(appId, redirectUri);
    }
}
