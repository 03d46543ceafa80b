package org.partnercenter.e2e.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partner organisations made as the platform does it: a new Azure AD tenant with its global admin in the
 * identity provider, registered by the operator; then users the partner's global admin adds and grants.
 */
public final class Partners {

    private final Gateway gateway;
    private final IdentityProvider identityProvider;
    private final TestUser operator;
    private final boolean mfa;

    Partners(Gateway gateway, IdentityProvider identityProvider, TestUser operator, boolean mfa) {
        this.gateway = gateway;
        this.identityProvider = identityProvider;
        this.operator = operator;
        this.mfa = mfa;
    }

    public TestPartner direct() {
        return register("direct", null, true);
    }

    public TestPartner indirectProvider() {
        return register("indirect_provider", null, true);
    }

    /** A reseller of the provider, once customer-service has learned the relationship from the partners topic. */
    public TestPartner resellerOf(TestPartner provider) {
        TestPartner reseller = register("indirect_reseller", provider.tenantId(), true);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> gateway
                .as(provider.admin())
                .get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf")
                .then().statusCode(200).extract().<List<String>>path("items.id").contains(reseller.tenantId()));
        return reseller;
    }

    public TestPartner register(String partnerType, String providerTenantId, boolean requireMfa) {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = newUser(tenantId, "global-admin");
        Map<String, Object> registration = registration(tenantId, partnerType, admin, providerTenantId, requireMfa);
        gateway.as(operator).body(registration).post("/v1/partners").then().statusCode(201);
        return new TestPartner(tenantId, (String) registration.get("name"), partnerType, admin);
    }

    /** The body of POST /v1/partners, as the operator sends it. */
    public static Map<String, Object> registration(String tenantId, String partnerType, TestUser admin,
            String providerTenantId, boolean requireMfa) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", tenantId);
        body.put("name", "E2E " + partnerType + " " + tenantId.substring(0, 8));
        body.put("partnerType", partnerType);
        body.put("globalAdmin", Map.of("objectId", admin.objectId(), "userPrincipalName", admin.userPrincipalName()));
        body.put("requireMfa", requireMfa);
        if (providerTenantId != null) {
            body.put("providerTenantId", providerTenantId);
        }
        return body;
    }

    /** A new user of the partner's tenant, added to the partner by its global admin with these roles. */
    public TestUser addUser(TestPartner partner, String name, String... roles) {
        TestUser user = newUser(partner.tenantId(), name);
        gateway.as(partner.admin())
                .body(Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()))
                .post("/v1/users")
                .then().statusCode(201);
        for (String role : roles) {
            grant(partner, user, role);
        }
        return user;
    }

    private TestUser newUser(String tenantId, String name) {
        return mfa ? identityProvider.createUserWithMfa(tenantId, name) : identityProvider.createUser(tenantId, name);
    }

    public void grant(TestPartner partner, TestUser user, String role) {
        gateway.as(partner.admin()).body(Map.of("id", role)).post("/v1/users/" + user.objectId() + "/roles")
                .then().statusCode(201);
    }
}
