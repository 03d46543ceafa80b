package org.partnercenter.customer.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.customer.config.CustomerServiceConfig;

/**
 * The directory that holds customers' tenants and their users (the identity provider's administration
 * endpoint {@code POST /{tenant}/users}, what Microsoft Graph is for a real tenant). The directory hashes
 * the password; it is never kept here.
 */
@ApplicationScoped
class CustomerDirectory {

    private static final Logger LOG = Logger.getLogger(CustomerDirectory.class);
    private static final int SERVICE_UNAVAILABLE = 503;

    private final CustomerServiceConfig.Directory config;
    private final ObjectMapper json;
    private final HttpClient http;

    CustomerDirectory(CustomerServiceConfig config, ObjectMapper json) {
        this.config = config.directory();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    /** Creates the user in the tenant, or fails with a 503 that says nothing was created. */
    void createUser(UUID tenantId, UUID objectId, String userPrincipalName, String password) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(config.url() + "/" + tenantId + "/users"))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(objectId, userPrincipalName, password)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("the directory at %s is not reachable: %s", config.url(), e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        if (response.statusCode() != 201) {
            // The directory's answer may name the user but never holds the password: safe to log.
            LOG.warnf("the directory refused user %s of tenant %s: HTTP %d %s", objectId, tenantId,
                    response.statusCode(), response.body());
            throw unavailable();
        }
    }

    private String body(UUID objectId, String userPrincipalName, String password) {
        try {
            return json.writeValueAsString(Map.of("id", objectId.toString(), "userPrincipalName", userPrincipalName,
                    "password", password));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static ApiException unavailable() {
        return new ApiException(SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE, "The directory that holds customers' "
                + "tenants did not accept the customer's admin user, so the customer was not created. Retry "
                + "later; the same MS-RequestId is safe to send again.");
    }
}
