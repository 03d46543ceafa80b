package org.partnercenter.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;

/** {@code /v1/accesslog}: every request, reads and refusals included, for the operator only. */
@QuarkusTest
@GatewayTest
class AccessLogTest {

    @Test
    void shouldLogEveryRequestOfAPartnerWhenTheOperatorReadsTheAccessLog() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-read")
                .get("/v1/customers/33333333-3333-3333-3333-333333333333/orders").then().statusCode(200);
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-refused").post("/v1/partners")
                .then().statusCode(403);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Partners.operatorToken())
                .queryParam("partnerTenantId", partner.tenantId()).queryParam("size", 2000)
                .get("/v1/accesslog").then().statusCode(200)
                .body("items.correlationId", hasItem("corr-read"))
                .body("items.find { it.correlationId == 'corr-read' }.method", equalTo("GET"))
                .body("items.find { it.correlationId == 'corr-read' }.customerId",
                        equalTo("33333333-3333-3333-3333-333333333333"))
                .body("items.find { it.correlationId == 'corr-refused' }.httpStatus", equalTo(403))
                .body("items.partnerTenantId", everyItem(equalTo(partner.tenantId())))
                .body("items.userPrincipalName", hasItem(partner.admin().userPrincipalName())));
    }

    @Test
    void shouldKeepAnAddressCheckOutOfTheAuditRecordsWhenItIsInTheAccessLog() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-check").contentType("application/json")
                .body("{}").post("/v1/validations/address").then().statusCode(200);
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-change").contentType("application/json")
                .body("{}").post("/v1/customers/33333333-3333-3333-3333-333333333333/orders").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Partners.operatorToken())
                .queryParam("partnerTenantId", partner.tenantId()).get("/v1/accesslog").then().statusCode(200)
                .body("items.correlationId", hasItem("corr-check"))
                .body("items.correlationId", hasItem("corr-change")));
        given().auth().oauth2(token).get("/v1/auditrecords").then().statusCode(200)
                .body("items.correlationId", equalTo(List.of("corr-change")));
    }

    @Test
    void shouldRefuseAPartnerWhenItAsksForTheAccessLog() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/accesslog").then().statusCode(403)
                .body("code", equalTo(900150));
    }

    @Test
    void shouldNameTheParameterWhenThePartnerIsNoGuid() {
        given().auth().oauth2(Partners.operatorToken()).queryParam("partnerTenantId", "contoso")
                .get("/v1/accesslog").then().statusCode(400).body("data", equalTo(List.of("partnerTenantId")));
        given().auth().oauth2(Partners.operatorToken()).queryParam("startDate", "yesterday")
                .get("/v1/accesslog").then().statusCode(400).body("data", equalTo(List.of("startDate")));
    }

    @Test
    void shouldPageWithAContinuationTokenWhenThereIsMoreThanAPage() {
        TestPartner partner = Partners.register("direct");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(partner.admin().token()).get("/v1/customers").then().statusCode(200);
        }
        String operator = Partners.operatorToken();
        await().atMost(Duration.ofSeconds(10)).until(() -> page(operator, partner, null).size() >= 3);

        var first = given().auth().oauth2(operator).queryParam("partnerTenantId", partner.tenantId())
                .queryParam("size", 2).get("/v1/accesslog").then().statusCode(200).extract();
        String token = first.path("links.next.headers.find { it.key == 'MS-ContinuationToken' }.value");
        List<String> rest = page(operator, partner, token);

        assertThat(first.<List<String>>path("items.id")).hasSize(2).doesNotContainAnyElementsOf(rest);
        assertThat(rest).isNotEmpty();
    }

    @Test
    void shouldHonourTheTimeAndReadNoZoneAsUtcWhenTheWindowIsGivenAsDateTimes() {
        TestPartner partner = Partners.register("direct");
        given().auth().oauth2(partner.admin().token()).header("MS-CorrelationId", "corr-timed").get("/v1/customers")
                .then().statusCode(200);
        String operator = Partners.operatorToken();
        String recorded = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(operator)
                .queryParam("partnerTenantId", partner.tenantId()).get("/v1/accesslog").then().statusCode(200)
                .extract().<String>path("items.find { it.correlationId == 'corr-timed' }.occurredAt"),
                Objects::nonNull);
        Instant at = Instant.parse(recorded);
        String before = LocalDateTime.ofInstant(at.minusSeconds(1), ZoneOffset.UTC).toString();
        String after = LocalDateTime.ofInstant(at.plusSeconds(1), ZoneOffset.UTC).toString();
        String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();

        assertThat(correlations(partner, "startDate", before, "endDate", after)).contains("corr-timed");
        assertThat(correlations(partner, "startDate", after, "endDate", day)).doesNotContain("corr-timed");
        assertThat(correlations(partner, "startDate", day, "endDate", before)).doesNotContain("corr-timed");
        assertThat(correlations(partner, "startDate", day, "endDate", day)).contains("corr-timed");
        assertThat(correlations(partner, "startDate", at.minusSeconds(1).atOffset(ZoneOffset.ofHours(2)).toString(),
                "endDate", at.plusSeconds(1).atOffset(ZoneOffset.ofHours(-7)).toString())).contains("corr-timed");
    }

    private static List<String> page(String operator, TestPartner partner, String continuation) {
        var request = given().auth().oauth2(operator).queryParam("partnerTenantId", partner.tenantId());
        if (continuation != null) {
            request = request.header("MS-ContinuationToken", continuation);
        }
        return request.get("/v1/accesslog").then().statusCode(200).extract().path("items.id");
    }

    private static List<String> correlations(TestPartner partner, String... parameters) {
        var request = given().auth().oauth2(Partners.operatorToken()).queryParam("partnerTenantId", partner.tenantId());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/v1/accesslog").then().statusCode(200).extract().path("items.correlationId");
    }
}
