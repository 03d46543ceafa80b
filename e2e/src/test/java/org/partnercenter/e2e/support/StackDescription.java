package org.partnercenter.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code stack.json} tells scripts about a running stack: where to call, where each part answers its
 * health checks and metrics (its management URL, by part name), how to sign in, and the ports the stack
 * listens on (those it started), which must be free again once it has stopped.
 */
public record StackDescription(String gatewayUrl, String portalUrl, Map<String, String> managementUrls,
        String authority, String audience, String operatorTenantId, String operatorUserPrincipalName,
        String operatorPassword, String operatorTotpSecret, long launcherPid, List<Integer> ports) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static StackDescription read(Path stackJson) throws IOException {
        JsonNode json = JSON.readTree(stackJson.toFile());
        if (!json.hasNonNull("gatewayUrl")) {
            throw new IllegalStateException(stackJson + " describes a stack started with --infra-only, which has no "
                    + "services: stop it (Ctrl-C) and run the suite again");
        }
        List<Integer> ports = new ArrayList<>();
        json.path("services").forEach(url -> ports.add(URI.create(url.asText()).getPort()));
        Map<String, String> managementUrls = new LinkedHashMap<>();
        json.path("managementUrls").fields().forEachRemaining(part -> {
            managementUrls.put(part.getKey(), part.getValue().asText());
            ports.add(URI.create(part.getValue().asText()).getPort());
        });
        ports.add(URI.create(json.path("authority").asText()).getPort());
        // A broker or server given to the launcher (the same settings reach this JVM) is not the stack's to free.
        if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null) {
            ports.add(portOf(json.path("kafkaBootstrap").asText()));
        }
        if (System.getenv("PC_POSTGRES_URL") == null) {
            ports.add(portOf(json.path("postgres").path("address").asText()));
        }
        // The gateway serves the portal at /; a stack.json older than the portal names no portalUrl.
        return new StackDescription(json.path("gatewayUrl").asText(),
                json.path("portalUrl").asText(json.path("gatewayUrl").asText()), Map.copyOf(managementUrls),
                json.path("authority").asText(),
                json.path("audience").asText(), json.path("operatorTenantId").asText(),
                json.path("operatorAdmin").path("userPrincipalName").asText(),
                json.path("operatorAdmin").path("password").asText(),
                // The launcher makes its operator admin with MFA; the portal's sign-in asks that user for a code.
                json.path("operatorAdmin").path("totpSecret").textValue(), json.path("launcherPid").asLong(),
                List.copyOf(ports));
    }

    /** Where the gateway answers /q/health; empty in a stack.json of a launcher older than management ports. */
    public String gatewayManagementUrl() {
        return managementUrls.getOrDefault("identity-gateway", "");
    }

    /** {@code host:port}, as the Kafka bootstrap and PostgreSQL's address are written. */
    private static int portOf(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
