package org.partnercenter.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.testing.TestIdentityProvider;
import org.partnercenter.testing.TestTokens;

/**
 * The packaged gateway, signing in against the development identity provider and forwarding to the
 * benchmark's customer-service. It signs internal tokens with the testing module's key, so that the
 * benchmark can call the service directly with the same kind of token the gateway forwards.
 */
final class GatewayUnderTest implements AutoCloseable {

    record Partner(String tenantId, String objectId, String userPrincipalName, String token) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Bench-Passw0rd!";

    private final ServiceProcess process;
    private final String operatorTenantId;
    private final String operatorAdmin;

    private GatewayUnderTest(ServiceProcess process, String operatorTenantId, String operatorAdmin) {
        this.process = process;
        this.operatorTenantId = operatorTenantId;
        this.operatorAdmin = operatorAdmin;
    }

    static GatewayUnderTest start(Path workDir, Map<String, String> config, String customerServiceUrl)
            throws Exception {
        String authority = TestIdentityProvider.authority();
        String operatorTenantId = UUID.randomUUID().toString();
        String operatorAdmin = "admin@operator.bench";
        String operatorObjectId = TestIdentityProvider.createUser(operatorTenantId, operatorAdmin, PASSWORD);
        Path key = workDir.resolve("internal-token-key.pem");
        try (InputStream in = GatewayUnderTest.class.getResourceAsStream(
                "/partner-center-testing/internal-token-key.pem")) {
            Files.write(key, in.readAllBytes());
        }
        config.put("gateway.sign-in.authority", authority);
        config.put("gateway.sign-in.v1-authority", authority + "/sts");
        config.put("gateway.operator.tenant-id", operatorTenantId);
        config.put("gateway.operator.admin-object-id", operatorObjectId);
        config.put("gateway.services.customer", customerServiceUrl);
        config.put("gateway.internal-token.private-key-location", key.toString());
        config.put("gateway.internal-token.key-id", "partner-center-test-key");
        config.put("gateway.internal-token.issuer", TestTokens.ISSUER);
        // The production profile's own variables (PC_* are read through expressions; the other services answer
        // nowhere: the benchmark routes to customer-service only).
        config.put("PC_AAD_AUTHORITY", authority);
        config.put("PC_OPERATOR_TENANT_ID", operatorTenantId);
        config.put("PC_OPERATOR_ADMIN_OBJECT_ID", operatorObjectId);
        config.put("PC_PORTAL_CLIENT_ID", "bench-portal");
        config.put("PC_PORTAL_ORIGIN", "http://127.0.0.1:8080");
        config.put("gateway.sign-in.audiences",
                "https://api.partnercenter.microsoft.com,fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd");
        for (String owner : List.of("billing", "pricing", "support")) {
            config.put("gateway.services." + owner, "http://127.0.0.1:1");
        }
        for (String owner : List.of("customer", "billing", "pricing", "support")) {
            config.put("gateway.services.management." + owner, "http://127.0.0.1:1");
        }
        // The throttle still runs on every request; its limits must not be what the benchmark measures.
        config.put("gateway.throttling.reads-per-minute", "100000000");
        config.put("gateway.throttling.per-customer-per-minute", "100000000");
        ServiceProcess process = ServiceProcess.start("identity-gateway",
                Path.of(System.getProperty("bench.gatewayJar")), workDir, config);
        return new GatewayUnderTest(process, operatorTenantId, operatorAdmin);
    }

    String baseUrl() {
        return process.baseUrl;
    }

    /** A direct partner registered by the operator, and its global admin's Azure AD token. */
    Partner registerDirectPartner() throws Exception {
        String tenantId = UUID.randomUUID().toString();
        String admin = "admin@" + tenantId.substring(0, 8) + ".bench";
        String objectId = TestIdentityProvider.createUser(tenantId, admin, PASSWORD);
        Map<String, Object> registration = Map.of("tenantId", tenantId, "name", "Bench partner",
                "partnerType", "direct", "requireMfa", false,
                "globalAdmin", Map.of("objectId", objectId, "userPrincipalName", admin));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/v1/partners"))
                .header("Authorization", "Bearer " + token(operatorTenantId, operatorAdmin))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(registration))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("partner registration answered " + response.statusCode() + ": "
                    + response.body());
        }
        return new Partner(tenantId, objectId, admin, token(tenantId, admin));
    }

    private static String token(String tenantId, String userPrincipalName) {
        return TestIdentityProvider.accessToken(tenantId, false, "grant_type=password&client_id=bench&username="
                + userPrincipalName + "&password=" + PASSWORD + "&scope=https://api.partnercenter.microsoft.com/.default");
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
