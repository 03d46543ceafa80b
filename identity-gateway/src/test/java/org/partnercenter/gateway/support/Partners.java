package org.partnercenter.gateway.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.testing.TopicReader;

/** Registers partner organisations through the API, as the operator does. */
public final class Partners {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Partners() {
    }

    public record TestPartner(String tenantId, TestUser admin) {
    }

    public static TestPartner register(String partnerType) {
        return register(partnerType, null, true);
    }

    public static TestPartner register(String partnerType, String providerTenantId, boolean requireMfa) {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = TestUser.create(tenantId, "global-admin");
        given().auth().oauth2(operatorToken()).contentType("application/json")
                .body(registration(tenantId, partnerType, admin, providerTenantId, requireMfa))
                .post("/v1/partners")
                .then().statusCode(201);
        return new TestPartner(tenantId, admin);
    }

    public static Map<String, Object> registration(String tenantId, String partnerType, TestUser admin,
            String providerTenantId, boolean requireMfa) {
        Map<String, Object> body = new HashMap<>();
        body.put("TenantId", tenantId);
        body.put("Name", "Partner " + tenantId.substring(0, 8));
        body.put("PartnerType", partnerType);
        body.put("GlobalAdmin", Map.of("ObjectId", admin.objectId(), "UserPrincipalName", admin.userPrincipalName()));
        body.put("RequireMfa", requireMfa);
        if (providerTenantId != null) {
            body.put("ProviderTenantId", providerTenantId);
        }
        return body;
    }

    public static String operatorToken() {
        return GatewayTestResource.Operator.admin().token();
    }

    /** The first event of {@code type} about the partner on the partners topic, as consumers read it. */
    public static EventEnvelope published(String tenantId, String type) {
        String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        var records = TopicReader.readUntil(bootstrapServers, IdentityGatewayEvents.PARTNERS.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(tenantId) && r.value().contains(type)),
                Duration.ofSeconds(30));
        return records.stream().filter(r -> r.key().equals(tenantId)).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event for " + tenantId));
    }
}
