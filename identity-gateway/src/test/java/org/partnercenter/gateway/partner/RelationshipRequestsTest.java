package org.partnercenter.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

/** {@code GET /v1/customers/relationshiprequests}: the invitation link a customer follows to take a reseller. */
@QuarkusTest
@GatewayTest
class RelationshipRequestsTest {

    private static final String PATH = "/v1/customers/relationshiprequests";
    private static final String INVITE = "http://127.0.0.1:8080/partner/invite?";

    @Test
    void shouldAnswerTheResellerInvitationWhenADirectPartnerAsks() {
        TestPartner partner = Partners.register("direct");

        as(partner.admin()).get(PATH).then().statusCode(200)
                .body("url", equalTo(INVITE + "invType=ResellerRelationship&partnerId=" + partner.tenantId()))
                .body("attributes.objectType", equalTo("RelationshipRequest"));
    }

    @Test
    void shouldNameTheProviderWhenAResellerAsksOrItsProviderAsksForIt() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);
        String link = INVITE + "invType=IndirectResellerRelationship&partnerId=" + reseller.tenantId()
                + "&indirectCSPId=" + provider.tenantId();

        as(reseller.admin()).get(PATH).then().statusCode(200).body("url", equalTo(link));
        as(provider.admin()).queryParam("indirectResellerId", reseller.tenantId()).get(PATH)
                .then().statusCode(200).body("url", equalTo(link));
        as(provider.admin()).get(PATH).then().statusCode(200)
                .body("url", startsWith(INVITE + "invType=ResellerRelationship&partnerId=" + provider.tenantId()));
    }

    @Test
    void shouldAnswer404WhenAProviderNamesAResellerNotItsOwn() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner otherProvider = Partners.register("indirect_provider");
        TestPartner theirs = Partners.register("indirect_reseller", otherProvider.tenantId(), true);

        as(provider.admin()).queryParam("indirectResellerId", theirs.tenantId()).get(PATH).then().statusCode(404);
        as(provider.admin()).queryParam("indirectResellerId", Partners.register("direct").tenantId()).get(PATH)
                .then().statusCode(404);
    }

    @Test
    void shouldAnswer400NamingTheParameterWhenItIsNoTenantIdOrNotTheCallersToSend() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner direct = Partners.register("direct");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);

        as(provider.admin()).queryParam("indirectResellerId", "not-a-guid").get(PATH).then().statusCode(400)
                .body("data", hasItem("indirectResellerId"));
        as(direct.admin()).queryParam("indirectResellerId", reseller.tenantId()).get(PATH).then().statusCode(400)
                .body("data", hasItem("indirectResellerId"));
    }

    @Test
    void shouldRefuseTheLinkWhenTheCallerIsNoAdmin() {
        TestPartner partner = Partners.register("direct");
        TestUser agent = TestUser.create(partner.tenantId(), "sales-agent");
        as(partner.admin()).body(Map.of("id", agent.objectId(), "userPrincipalName", agent.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        as(partner.admin()).body(Map.of("id", "sales_agent")).post("/v1/users/" + agent.objectId() + "/roles")
                .then().statusCode(201);

        as(agent).get(PATH).then().statusCode(403).body("code", equalTo(900150));
        given().auth().oauth2(Partners.operatorToken()).get(PATH).then().statusCode(403);
    }

    private static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(user.token()).contentType("application/json");
    }
}
