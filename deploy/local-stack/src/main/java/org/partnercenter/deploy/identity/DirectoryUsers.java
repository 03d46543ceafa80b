package org.partnercenter.deploy.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.deploy.StackFailure;

/**
 * The users of the development identity provider's tenants, through its administration endpoints
 * ({@code /{tenant}/users}): what the Azure portal does for a real tenant.
 */
public final class DirectoryUsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public DirectoryUsers(String authority) {
        this.authority = authority;
    }

    /**
     * A user the provider created.
     *
     * @param totpSecret the base32 secret of its authenticator app (RFC 6238: SHA-1, 6 digits, 30 s)
     */
    public record CreatedUser(String objectId, Optional<String> totpSecret) {
    }

    /**
     * Creates the user with MFA, as partners require it by default (the gateway refuses a token without mfa in
     * amr): the portal's sign-in then asks for a code, while the password grant still answers at once. Empty if
     * the tenant already has a user of that name.
     */
    public Optional<CreatedUser> create(String tenantId, String userPrincipalName, String password)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("userPrincipalName", userPrincipalName, "password", password,
                "mfa", true));
        HttpResponse<String> response = send(HttpRequest.newBuilder(users(tenantId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return switch (response.statusCode()) {
            case 201 -> Optional.of(created(JSON.readTree(response.body())));
            case 409 -> Optional.empty();
            default -> throw refused("creating " + userPrincipalName, response);
        };
    }

    private static CreatedUser created(JsonNode user) {
        JsonNode secret = user.path("totpSecret");
        return new CreatedUser(user.path("id").asText(),
                secret.isTextual() ? Optional.of(secret.asText()) : Optional.empty());
    }

    /** The object id of the tenant's user with this name; user principal names compare without case, as in Azure AD. */
    public Optional<String> find(String tenantId, String userPrincipalName) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(users(tenantId)).GET());
        if (response.statusCode() != 200) {
            throw refused("listing the users of tenant " + tenantId, response);
        }
        for (JsonNode user : JSON.readTree(response.body()).path("value")) {
            if (user.path("userPrincipalName").asText().equalsIgnoreCase(userPrincipalName)) {
                return Optional.of(user.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private URI users(String tenantId) {
        return URI.create(authority + "/" + tenantId + "/users");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private StackFailure refused(String what, HttpResponse<String> response) {
        return new StackFailure("the identity provider refused " + what + ": HTTP " + response.statusCode() + " "
                + response.body());
    }
}
