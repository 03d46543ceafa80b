package org.partnercenter.pricing.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.pricing.support.Callers.as;
import static org.partnercenter.pricing.support.Callers.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class PricingAccessTest {

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldRefuseAResellerWithThePartnerTypeMessageWhenItReadsPrices() {
        var reseller = partner(PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN);

        for (String path : new String[] {"/v1/ratecards/azure", "/v1/pricelists", "/v1/exchangerates",
                "/v1/pricelists/charges?meterId=" + UUID.randomUUID()}) {
            as(reseller).get(path).then().statusCode(403).body("code", equalTo(403))
                    .body("description", containsString("indirect provider"));
        }
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentOrUserAdminReadsPrices() {
        as(partner(PartnerType.DIRECT, Roles.HELPDESK_AGENT)).get("/v1/ratecards/azure").then().statusCode(403)
                .body("code", equalTo(900150));
        as(partner(PartnerType.INDIRECT_PROVIDER, Roles.USER_ADMIN)).get("/v1/pricelists").then().statusCode(403)
                .body("code", equalTo(900150));
    }

    @Test
    void shouldLetEveryPricingRoleOfDirectPartnersAndProvidersRead() {
        for (String role : new String[] {Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT,
                Roles.BILLING_ADMIN}) {
            as(partner(PartnerType.DIRECT, role)).get("/v1/pricelists?size=1").then().statusCode(200);
            as(partner(PartnerType.INDIRECT_PROVIDER, role)).get("/v1/exchangerates?size=1").then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseTheRoleWhenAPartnerOrOperatorSupportPublishes() {
        var list = PriceListBodies.effective(year.at(1, 1)).meter(UUID.randomUUID(), "0=1").build();
        var rates = Map.of("effectiveDate", year.at(1, 1).toString(), "rates", Map.of("EUR", 1));

        as(partner(PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).body(list).post("/v1/pricelists").then()
                .statusCode(403).body("code", equalTo(900150));
        as(partner(PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT)).body(rates).post("/v1/exchangerates").then()
                .statusCode(403).body("code", equalTo(900150));
        as(partner(PartnerType.INDIRECT_RESELLER, Roles.GLOBAL_ADMIN)).contentType("text/csv").body("x")
                .post("/v1/pricelists?effectiveDate=2030-01-01").then().statusCode(403).body("code", equalTo(900150));
    }

    @Test
    void shouldAnswer401WhenTheTokenIsMissing() {
        io.restassured.RestAssured.given().get("/v1/ratecards/azure").then().statusCode(401)
                .body("code", equalTo(401));
    }
}
