package org.partnercenter.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

/** {@code GET /v1/me}: the caller, its organisation and roles, and the features they allow. */
@QuarkusTest
@GatewayTest
class MeTest {

    @Test
    void shouldListEveryFeatureOfAGlobalAdminWhenADirectPartnerAsks() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/me").then().statusCode(200)
                .body("user.id", equalTo(partner.admin().objectId()))
                .body("user.userPrincipalName", equalTo(partner.admin().userPrincipalName()))
                .body("user.application", equalTo(false))
                .body("partner.tenantId", equalTo(partner.tenantId()))
                .body("partner.name", equalTo("Partner " + partner.tenantId().substring(0, 8)))
                .body("partner.partnerType", equalTo("direct"))
                .body("roles", equalTo(List.of("global_admin")))
                .body("features", hasItems("customers.read", "customers.write", "invoices.read", "usage.read",
                        "pricing.read", "users.manage", "profile.write", "audit.read", "service_requests.open"))
                .body("features", not(hasItem("operator.admin")))
                .body("attributes.objectType", equalTo("Me"));
    }

    @Test
    void shouldLeaveOutWhatTheProviderGivesWhenAResellersAdminAsks() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);

        given().auth().oauth2(reseller.admin().token()).get("/v1/me").then().statusCode(200)
                .body("partner.partnerType", equalTo("indirect_reseller"))
                .body("partner.providerTenantId", equalTo(provider.tenantId()))
                .body("features", hasItems("customers.read", "customers.write", "users.manage"))
                .body("features", not(hasItem("invoices.read")))
                .body("features", not(hasItem("usage.read")))
                .body("features", not(hasItem("pricing.read")))
                .body("features", not(hasItem("service_requests.read")));
    }

    @Test
    void shouldFollowTheRoleWhenASalesAgentAsks() {
        TestPartner partner = Partners.register("direct");
        TestUser agent = TestUser.create(partner.tenantId(), "sales-agent");
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", agent.objectId(), "userPrincipalName", agent.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", "sales_agent")).post("/v1/users/" + agent.objectId() + "/roles")
                .then().statusCode(201);

        given().auth().oauth2(agent.token()).get("/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("sales_agent")))
                .body("features", hasItems("customers.read", "customers.write", "pricing.read", "usage.read"))
                .body("features", not(hasItem("invoices.read")))
                .body("features", not(hasItem("users.manage")))
                .body("features", not(hasItem("profile.write")));
    }

    @Test
    void shouldListTheOperatorsOwnWorkWhenTheOperatorAsks() {
        given().auth().oauth2(Partners.operatorToken()).get("/v1/me").then().statusCode(200)
                .body("partner.partnerType", equalTo("operator"))
                .body("features", hasItems("operator.admin", "customers.read", "invoices.read"))
                .body("features", not(hasItem("customers.write")));
    }

    @Test
    void shouldAnswer401WhenNobodyIsSignedIn() {
        given().get("/v1/me").then().statusCode(401);
    }
}
