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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@GatewayTest
class AuditRecordsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRecordEveryRequestOfThePartnerWhenItCallsTheApi() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-audited")
                .get("/v1/customers/33333333-3333-3333-3333-333333333333/orders").then().statusCode(200);
        given().auth().oauth2(token).get("/v1/invoices").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/v1/auditrecords?startDate=" + LocalDate.now(ZoneOffset.UTC))
                .then().statusCode(200)
                .body("items.correlationId", hasItem("corr-audited"))
                .body("items.customerId", hasItem("33333333-3333-3333-3333-333333333333"))
                .body("items.resourceType", hasItem("orders"))
                .body("items.partnerId", everyItem(equalTo(partner.tenantId())))
                .body("items.userPrincipalName", hasItem(partner.admin().userPrincipalName())));
    }

    @Test
    void shouldRecordRefusalsTooWhenARoleMayNot() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).post("/v1/partners").then().statusCode(403);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/v1/auditrecords").then().statusCode(200)
                .body("items.find { it.httpStatus == 403 }.operationStatus", equalTo("failed")));
    }

    @Test
    void shouldShowAPartnerNoOtherPartnersRecordsWhenItReadsTheAudit() {
        TestPartner mine = Partners.register("direct");
        TestPartner theirs = Partners.register("direct");
        given().auth().oauth2(theirs.admin().token()).header("MS-CorrelationId", "corr-theirs")
                .get("/v1/customers").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Partners.operatorToken())
                .get("/v1/auditrecords?size=2000").then().statusCode(200)
                .body("items.correlationId", hasItem("corr-theirs")));
        List<String> visible = given().auth().oauth2(mine.admin().token()).get("/v1/auditrecords?size=2000")
                .then().statusCode(200).extract().path("items.correlationId");
        org.assertj.core.api.Assertions.assertThat(visible).doesNotContain("corr-theirs");
    }

    @Test
    void shouldPublishAuditRecordsWhenTheyAreStored() {
        TestPartner partner = Partners.register("direct");
        given().auth().oauth2(partner.admin().token()).get("/v1/customers").then().statusCode(200);

        var records = TopicReader.readUntil(bootstrapServers, IdentityGatewayEvents.AUDIT.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(partner.tenantId())), Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThat(records).anyMatch(r -> r.key().equals(partner.tenantId()));
    }

    @Test
    void shouldHonourTheTimeAndReadNoZoneAsUtcWhenTheWindowIsGivenAsDateTimes() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-timed").get("/v1/customers")
                .then().statusCode(200);
        String recorded = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(token)
                .get("/v1/auditrecords").then().statusCode(200).extract()
                .<String>path("items.find { it.correlationId == 'corr-timed' }.operationDate"), Objects::nonNull);
        Instant at = Instant.parse(recorded);
        String before = LocalDateTime.ofInstant(at.minusSeconds(1), ZoneOffset.UTC).toString();
        String after = LocalDateTime.ofInstant(at.plusSeconds(1), ZoneOffset.UTC).toString();
        String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();

        assertThat(correlations(token, "startDate", before, "endDate", after)).contains("corr-timed");
        assertThat(correlations(token, "startDate", after, "endDate", day)).doesNotContain("corr-timed");
        assertThat(correlations(token, "startDate", day, "endDate", before)).doesNotContain("corr-timed");
        assertThat(correlations(token, "startDate", day, "endDate", day)).contains("corr-timed");
        assertThat(correlations(token, "startDate", at.minusSeconds(1).atOffset(ZoneOffset.ofHours(2)).toString(),
                "endDate", at.plusSeconds(1).atOffset(ZoneOffset.ofHours(-7)).toString())).contains("corr-timed");
    }

    @Test
    void shouldRefuseADateThatIsNotADate() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/auditrecords?startDate=yesterday")
                .then().statusCode(400).body("data", equalTo(List.of("startDate")));
        given().auth().oauth2(partner.admin().token()).queryParam("endDate", "+999999999-12-31T23:59:59Z")
                .get("/v1/auditrecords").then().statusCode(400).body("data", equalTo(List.of("endDate")));
    }

    private static List<String> correlations(String token, String... parameters) {
        var request = given().auth().oauth2(token).queryParam("size", 2000);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/v1/auditrecords").then().statusCode(200).extract().path("items.correlationId");
    }

}
