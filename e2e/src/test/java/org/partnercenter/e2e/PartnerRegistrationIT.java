package org.partnercenter.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.Partners;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

@EndToEnd
class PartnerRegistrationIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    PartnerRegistrationIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldRegisterAPartnerWhenTheOperatorPostsIt() {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = stack.identityProvider().createUser(tenantId, "global-admin");
        Map<String, Object> registration = Partners.registration(tenantId, "direct", admin, null, true);
        registration.put("country", "nl");
        registration.put("currency", "eur");
        registration.put("mpnId", "4815162");

        gateway.as(stack.operator()).body(registration).post("/v1/partners")
                .then().statusCode(201)
                .header("Location", endsWith("/v1/partners/" + tenantId))
                .body("tenantId", equalTo(tenantId))
                .body("name", equalTo(registration.get("name")))
                .body("partnerType", equalTo("direct"))
                .body("state", equalTo("active"))
                .body("country", equalTo("NL"))
                .body("currency", equalTo("EUR"))
                .body("mpnId", equalTo("4815162"))
                .body("requireMfa", equalTo(true))
                .body("attributes.objectType", equalTo("Partner"));

        gateway.as(stack.operator()).get("/v1/partners/" + tenantId)
                .then().statusCode(200).body("tenantId", equalTo(tenantId)).body("partnerType", equalTo("direct"));
    }

    @Test
    void shouldSignInAsItsOnlyGlobalAdminWhenThePartnerIsNew() {
        TestPartner partner = stack.partners().direct();

        gateway.as(partner.admin()).get("/v1/users")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items.id", contains(partner.admin().objectId()))
                .body("items[0].userPrincipalName", equalTo(partner.admin().userPrincipalName()))
                .body("items[0].roles.id", contains("global_admin"));
        gateway.as(partner.admin()).get("/v1/customers")
                .then().statusCode(200).body("totalCount", equalTo(0)).body("attributes.objectType", equalTo("Collection"));
    }

    @Test
    void shouldKnowTheResellerOnBothSidesWhenItIsRegisteredUnderAnIndirectProvider() {
        TestPartner provider = stack.partners().indirectProvider();
        TestPartner reseller = stack.partners().resellerOf(provider);

        gateway.as(stack.operator()).get("/v1/partners/" + reseller.tenantId())
                .then().statusCode(200)
                .body("partnerType", equalTo("indirect_reseller"))
                .body("providerTenantId", equalTo(provider.tenantId()));
        gateway.as(provider.admin()).get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(reseller.tenantId()))
                .body("items[0].name", equalTo(reseller.name()))
                .body("items[0].relationshipType", equalTo("is_indirect_cloud_solution_provider_of"));
        gateway.as(reseller.admin()).get("/v1/relationships?relationship_type=IsIndirectResellerOf")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(provider.tenantId()))
                .body("items[0].relationshipType", equalTo("is_indirect_reseller_of"));
    }

    @Test
    void shouldRefuseAResellerWhenItsProviderIsADirectPartner() {
        TestPartner direct = stack.partners().direct();
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = stack.identityProvider().createUser(tenantId, "global-admin");

        gateway.as(stack.operator())
                .body(Partners.registration(tenantId, "indirect_reseller", admin, direct.tenantId(), true))
                .post("/v1/partners")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", contains("providerTenantId"));
    }

    @Test
    void shouldAnswer409WhenTheTenantIsRegisteredTwice() {
        TestPartner partner = stack.partners().direct();

        gateway.as(stack.operator())
                .body(Partners.registration(partner.tenantId(), "direct", partner.admin(), null, true))
                .post("/v1/partners")
                .then().statusCode(409)
                .body("code", equalTo(409))
                .body("description", equalTo("Tenant " + partner.tenantId() + " is already registered as a partner."));
    }

    @Test
    void shouldRequireMfaWhenThePartnerAsksForIt() {
        TestPartner strict = stack.partners().register("direct", null, true);
        TestPartner lenient = stack.partners().register("direct", null, false);

        gateway.as(strict.admin().token(Map.of("mfa", "false"))).get("/v1/customers")
                .then().statusCode(401).body("code", equalTo(900421));
        gateway.as(lenient.admin().token(Map.of("mfa", "false"))).get("/v1/customers")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }
}
