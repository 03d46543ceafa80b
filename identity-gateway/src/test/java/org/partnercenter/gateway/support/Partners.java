package org.partnercenter.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
}
