package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.support.EchoOrigin;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

/**
 * The domain check (HEAD, a read, for those who create customers), the country rules and the address check (every
 * signed-in caller): customer-service's, ahead of nothing more general.
 */
@QuarkusTest
@GatewayTest
class CustomerReferenceRoutesTest {

    @Test
    void shouldForwardAHeadAndItsBodilessAnswerWhenTheCallerMayCheckDomains() {
        TestPartner partner = Partners.register("direct");
        for (int status : new int[] {200, 404}) {
            long before = EchoOrigin.requestsReceived();

            given().auth().oauth2(partner.admin().token()).header("X-Echo-Status", status)
                    .head("/v1/domains/contoso.onmicrosoft.com")
                    .then().statusCode(status).body(emptyString());

            assertThat(EchoOrigin.requestsReceived()).isEqualTo(before + 1);
        }
    }

    @Test
    void shouldAnswerTheHeadPromptlyWhenTheOriginNamesALengthItSendsNoBodyFor() {
        TestPartner partner = Partners.register("direct");
        // As a service answers a HEAD: the length its GET's body would have, and no body. A proxy that waited for
        // that body would never answer; the socket timeout turns such a wait into a failure.
        given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 10_000)))
                .auth().oauth2(partner.admin().token()).head("/v1/domains/contoso.onmicrosoft.com")
                .then().statusCode(200).body(emptyString());
    }

    @Test
    void shouldRefuseTheHeadWithoutForwardingItWhenTheCallerMayNotCreateCustomers() {
        TestPartner partner = Partners.register("direct");
        TestUser helpdesk = TestUser.create(partner.tenantId(), "helpdesk");
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", helpdesk.objectId(), "userPrincipalName", helpdesk.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", Roles.HELPDESK_AGENT)).post("/v1/users/" + helpdesk.objectId() + "/roles")
                .then().statusCode(201);
        long before = EchoOrigin.requestsReceived();

        given().auth().oauth2(helpdesk.token()).head("/v1/domains/contoso.onmicrosoft.com").then().statusCode(403);

        assertThat(EchoOrigin.requestsReceived()).isEqualTo(before);
    }

    @Test
    void shouldSendEachToCustomerServiceWhenTheirPathsMatch() {
        assertThat(RouteTable.match("/v1/domains/contoso.com").map(Route::owner)).contains(Owner.CUSTOMER);
        assertThat(RouteTable.match("/v1/CountryValidationRules/US").map(Route::owner)).contains(Owner.CUSTOMER);
        assertThat(RouteTable.match("/v1/validations/address").map(Route::owner)).contains(Owner.CUSTOMER);
        assertThat(RouteTable.match("/v1/validations/other")).isEmpty();
    }

    @Test
    void shouldLetEverySignedInRoleReadTheRulesAndCheckAnAddressWhenItHasAnyRole() {
        for (String role : Set.of(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT,
                Roles.BILLING_ADMIN, Roles.USER_ADMIN)) {
            Caller partner = caller(PartnerType.INDIRECT_RESELLER, role);
            assertAllowed(partner, "GET", "/v1/countryvalidationrules/US");
            assertAllowed(partner, "POST", "/v1/validations/address");
        }
        for (String role : Set.of(Roles.OPERATOR_ADMIN, Roles.OPERATOR_SUPPORT)) {
            assertAllowed(caller(PartnerType.OPERATOR, role), "GET", "/v1/countryvalidationrules/US");
            assertAllowed(caller(PartnerType.OPERATOR, role), "POST", "/v1/validations/address");
        }
        assertRefused(caller(PartnerType.DIRECT), "GET", "/v1/countryvalidationrules/US");
        assertRefused(caller(PartnerType.DIRECT), "POST", "/v1/validations/address");
    }

    @Test
    void shouldLetExactlyCustomerCreatorsAndTheOperatorsAdminCheckADomainWhenTheyAskWithHead() {
        for (String role : Set.of(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT)) {
            assertAllowed(caller(PartnerType.INDIRECT_RESELLER, role), "HEAD", "/v1/domains/contoso.com");
        }
        assertAllowed(caller(PartnerType.OPERATOR, Roles.OPERATOR_ADMIN), "HEAD", "/v1/domains/contoso.com");
        for (String role : Set.of(Roles.HELPDESK_AGENT, Roles.BILLING_ADMIN, Roles.USER_ADMIN)) {
            assertRefused(caller(PartnerType.DIRECT, role), "HEAD", "/v1/domains/contoso.com");
        }
        assertRefused(caller(PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT), "HEAD", "/v1/domains/contoso.com");
        assertRefused(caller(PartnerType.DIRECT, Roles.GLOBAL_ADMIN), "DELETE", "/v1/domains/contoso.com");
    }

    private static void assertRefused(Caller caller, String method, String path) {
        assertThatThrownBy(() -> RouteTable.match(path).orElseThrow().authorize(caller, method))
                .as(method + " " + path + " as " + caller.roles()).isInstanceOf(ApiException.class);
    }

    private static void assertAllowed(Caller caller, String method, String path) {
        assertThatCode(() -> RouteTable.match(path).orElseThrow().authorize(caller, method))
                .as(method + " " + path + " as " + caller.roles()).doesNotThrowAnyException();
    }

    private static Caller caller(PartnerType type, String... roles) {
        return new Caller(UUID.randomUUID(), type, UUID.randomUUID().toString(), "someone", Set.of(roles), false);
    }
}
