package org.partnercenter.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.testing.TopicReader;

/** {@code /v1/auditrecords}: the partner's changes, in the real API's vocabulary. */
@QuarkusTest
@GatewayTest
class AuditRecordsTest {

    private static final String CUSTOMER = "/v1/customers/33333333-3333-3333-3333-333333333333";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRecordChangesInTheSdkVocabularyWhenThePartnerWrites() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-ordered").contentType("application/json")
                .body("{}").post(CUSTOMER + "/orders").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("Id", UUID.randomUUID().toString(),
                "UserPrincipalName", "colleague@audited.example"))
                .post("/v1/users").then().statusCode(201);

        JsonPath records = awaitRecords(token, 2);
        assertThat(records.getString("items.find { it.correlationId == 'corr-ordered' }.resourceType"))
                .isEqualTo("order");
        assertThat(records.getString("items.find { it.correlationId == 'corr-ordered' }.operationType"))
                .isEqualTo("create_order");
        assertThat(records.getString("items.find { it.correlationId == 'corr-ordered' }.customerId"))
                .isEqualTo("33333333-3333-3333-3333-333333333333");
        assertThat(records.getList("items.operationType")).contains("create_partner_user");
        assertThat(records.getList("items.partnerId")).containsOnly(partner.tenantId());
        assertThat(records.getList("items.userPrincipalName")).contains(partner.admin().userPrincipalName());
    }

    @Test
    void shouldAnswerUndefinedWithOurOperationNameWhenTheSdkVocabularyLacksIt() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/v1/servicerequests/en-US").then().statusCode(200);

        JsonPath records = awaitRecords(token, 1);
        assertThat(records.getString("items[0].resourceType")).isEqualTo("undefined");
        assertThat(records.getString("items[0].operationType")).isEqualTo("undefined");
        assertThat(records.getList("items[0].customizedData"))
                .containsExactly(Map.of("key", "OperationName", "value", "create_service_request"));
    }

    @Test
    void shouldLeaveReadsAndRefusedWritesOutWhenThePartnerReadsItsAuditRecords() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).get("/v1/customers").then().statusCode(200);
        given().auth().oauth2(token).post("/v1/partners").then().statusCode(403);
        given().auth().oauth2(token).header("X-Echo-Status", "400").contentType("application/json").body("{}")
                .post("/v1/customers").then().statusCode(400);
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/v1/customers")
                .then().statusCode(200);

        JsonPath records = awaitRecords(token, 1);
        assertThat(records.getList("items.operationType")).containsExactly("add_customer");
        assertThat(records.getList("items.operationStatus")).containsExactly("succeeded");
    }

    @Test
    void shouldShowAPartnerNoOtherPartnersChangesWhenItReadsTheAudit() {
        TestPartner mine = Partners.register("direct");
        TestPartner theirs = Partners.register("direct");
        given().auth().oauth2(theirs.admin().token()).header("MS-CorrelationId", "corr-theirs")
                .contentType("application/json").body("{}").post("/v1/customers").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Partners.operatorToken())
                .get("/v1/auditrecords?size=2000").then().statusCode(200)
                .body("items.correlationId", hasItem("corr-theirs")));
        given().auth().oauth2(mine.admin().token()).get("/v1/auditrecords?size=2000").then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(mine.tenantId())));
    }

    @Test
    void shouldPublishAuditRecordsWhenTheyAreStored() {
        TestPartner partner = Partners.register("direct");
        given().auth().oauth2(partner.admin().token()).get("/v1/customers").then().statusCode(200);

        var records = TopicReader.readUntil(bootstrapServers, IdentityGatewayEvents.AUDIT.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(partner.tenantId())), Duration.ofSeconds(30));
        assertThat(records).anyMatch(r -> r.key().equals(partner.tenantId()));
    }

    @Test
    void shouldRefuseADateThatIsNotADate() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/auditrecords?startDate=yesterday")
                .then().statusCode(400).body("data", equalTo(List.of("startDate")));
        given().auth().oauth2(partner.admin().token()).queryParam("endDate", "+999999999-12-31T23:59:59Z")
                .get("/v1/auditrecords").then().statusCode(400).body("data", equalTo(List.of("endDate")));
    }

    @Test
    void shouldListTheDaysChangesWhenTheSdksSendTheDayInTheirOwnForms() {
        // given a change today
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        given().auth().oauth2(token).header("MS-CorrelationId", "corr-dated").contentType("application/json")
                .body("{}").post("/v1/customers").then().statusCode(200);
        awaitRecords(token, 1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // when the .NET SDK asks from today's midnight to today's midnight (DateTime, invariant culture) as it
        // writes the URL, and the Java SDK from today to today (Joda's YYYY-MM-DD: the day of the year)
        String dotNet = String.format("%02d/%02d/%d%%2000:00:00", today.getMonthValue(), today.getDayOfMonth(),
                today.getYear());
        String java = String.format("%d-%02d-%02d", today.getYear(), today.getMonthValue(), today.getDayOfYear());

        // then both read the whole day, the end date included
        given().auth().oauth2(token).urlEncodingEnabled(false)
                .get("/v1/auditrecords?startDate=" + dotNet + "&endDate=" + dotNet).then().statusCode(200)
                .body("items.correlationId", equalTo(List.of("corr-dated")));
        given().auth().oauth2(token).queryParam("startDate", java).queryParam("endDate", java)
                .get("/v1/auditrecords").then().statusCode(200)
                .body("items.correlationId", equalTo(List.of("corr-dated")));
    }

    @Test
    void shouldRefuseNamingTheParameterWhenAnSdkFormNamesNoDay() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).queryParam("startDate", "13/01/2026 00:00:00")
                .get("/v1/auditrecords").then().statusCode(400).body("data", equalTo(List.of("startDate")));
        given().auth().oauth2(partner.admin().token()).queryParam("endDate", "2026-11-341")
                .get("/v1/auditrecords").then().statusCode(400).body("data", equalTo(List.of("endDate")));
    }

    /** The SDK's query: a start date, the page size it asks for. */
    private static JsonPath awaitRecords(String token, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(token)
                .queryParam("startDate", LocalDate.now(ZoneOffset.UTC).toString()).queryParam("size", 100)
                .get("/v1/auditrecords").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("items").size() >= count);
    }
}
