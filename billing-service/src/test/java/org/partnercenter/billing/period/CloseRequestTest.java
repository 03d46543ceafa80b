package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.support.Publish.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;

/** The close as a request: who may, which periods and partners, refused in the error shape before anything runs. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class CloseRequestTest {

    private static final BillingPeriod CURRENT = BillingPeriod.current(Clock.systemUTC());
    private static final String CLOSE = "/v1/billingperiods/{period}/close";

    @Test
    void shouldRefuseAPartnerBeforeReadingTheBodyWhenItIsNotTheOperator() {
        for (String role : new String[] {Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN}) {
            as(caller(UUID.randomUUID(), PartnerType.DIRECT, role)).contentType("application/json")
                    .body("{not json").post(CLOSE, CURRENT.previous().id()).then().statusCode(403)
                    .body("code", equalTo(900150));
        }
        as(caller(UUID.randomUUID(), PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT)).contentType("application/json")
                .post(CLOSE, CURRENT.previous().id()).then().statusCode(403);
        as(caller(UUID.randomUUID(), PartnerType.DIRECT, Roles.GLOBAL_ADMIN)).get("/v1/billingperiods").then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAPeriodThatIsNotAnEndedMonthWhenTheOperatorClosesIt() {
        for (String period : new String[] {"2026-13", "2026-1", "november", "2026-11-01", CURRENT.id(),
                CURRENT.month().plusMonths(5).toString(), "%00", "..%2F..%2Fetc"}) {
            as(Closes.OPERATOR).contentType("application/json").post(CLOSE, period).then().statusCode(400)
                    .body("code", equalTo(400)).body("description", org.hamcrest.Matchers.containsString("period"));
        }
    }

    @Test
    void shouldRefuseABadOrUnknownPartnerWhenTheBodyNamesOne() {
        String ended = CURRENT.previous().id();
        as(Closes.OPERATOR).contentType("application/json").body("{\"partnerTenantId\": \"not-a-guid\"}")
                .post(CLOSE, ended).then().statusCode(400).body("data", hasItem(org.hamcrest.Matchers
                        .containsString("partnerTenantId")));
        as(Closes.OPERATOR).contentType("application/json").body("{\"partnerTenantId\": [1]}")
                .post(CLOSE, ended).then().statusCode(400);
        as(Closes.OPERATOR).contentType("application/json").body("{\"partnerTenantId\": \"a\u0000b\"}")
                .post(CLOSE, ended).then().statusCode(400);
        as(Closes.OPERATOR).contentType("application/json").body("{\"partnerTenantId\": \"" + UUID.randomUUID()
                + "\"}").post(CLOSE, ended).then().statusCode(404);
        UUID provider = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        Publish.partners(partner(reseller, "indirect_reseller", provider, "2000002", "USD"));
        Closes.awaitPartner(reseller);
        as(Closes.OPERATOR).contentType("application/json").body("{\"partnerTenantId\": \"" + reseller + "\"}")
                .post(CLOSE, ended).then().statusCode(400)
                .body("description", org.hamcrest.Matchers.containsString(provider.toString()));
    }

    @Test
    void shouldNameEveryBadFilterInOne400WhenTheOperatorListsPeriods() {
        as(Closes.OPERATOR).get("/v1/billingperiods?billingPeriod=2026-13&partnerTenantId=not-a-guid").then()
                .statusCode(400).body("data", org.hamcrest.Matchers.containsInAnyOrder("billingPeriod",
                        "partnerTenantId"));
    }

    @Test
    void shouldAnswerTheSameOperationWhenTheSameRequestIsSentAgain() {
        UUID partner = UUID.randomUUID();
        Publish.partners(partner(partner, "direct", null, "1000003", "USD"));
        Closes.awaitPartner(partner);
        String requestId = UUID.randomUUID().toString();
        String body = "{\"partnerTenantId\": \"" + partner + "\"}";
        String first = as(Closes.OPERATOR).header("MS-RequestId", requestId).contentType("application/json")
                .body(body).post(CLOSE, "2001-01").then().statusCode(202).extract().header("Location");
        String again = as(Closes.OPERATOR).header("MS-RequestId", requestId).contentType("application/json")
                .body(body).post(CLOSE, "2001-01").then().statusCode(202).extract().header("Location");

        assertThat(again).isEqualTo(first).startsWith("/v1/operations/");
        assertThat(Closes.awaitEnd(first.substring(first.lastIndexOf('/') + 1))).containsEntry("status", "succeeded");
        as(Closes.OPERATOR).get("/v1/billingperiods?billingPeriod=2001-01&partnerTenantId=" + partner).then()
                .statusCode(200).body("totalCount", equalTo(1)).body("items[0].state", equalTo("closed"))
                .body("items[0].invoiceCount", equalTo(0)).body("items[0].billingPeriod", equalTo("2001-01"));
    }
}
