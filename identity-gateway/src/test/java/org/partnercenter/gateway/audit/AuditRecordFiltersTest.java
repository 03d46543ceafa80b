package org.partnercenter.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.CustomerEvents;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;

/** {@code /v1/auditrecords?filter=}: the SDKs' search by customer id, resource type and company name. */
@QuarkusTest
@GatewayTest
class AuditRecordFiltersTest {

    @Test
    void shouldNarrowToTheCustomerWhenTheSdksFilterByCustomerId() {
        // given changes on two customers' orders, one of them naming its customer in capitals
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        UUID mine = UUID.randomUUID();
        order(token, mine.toString(), "corr-mine");
        order(token, UUID.randomUUID().toString(), "corr-other");
        order(token, mine.toString().toUpperCase(Locale.ROOT), "corr-mine-capitals");
        awaitRecords(token, 3);

        // when the .NET SDK and the Java SDK filter by the customer id
        List<String> dotNet = correlations(token, filter("CustomerId", mine.toString(), "equals"));
        List<String> java = correlations(token, "{\"operator\":\"Equals\",\"fieldType\":\"String\","
                + "\"field\":\"CustomerId\",\"value\":\"" + mine.toString().toUpperCase(Locale.ROOT) + "\"}");

        // then only that customer's changes are listed
        assertThat(dotNet).containsExactlyInAnyOrder("corr-mine", "corr-mine-capitals");
        assertThat(java).containsExactlyInAnyOrder("corr-mine", "corr-mine-capitals");
    }

    @Test
    void shouldNarrowToTheResourceTypeWhenTheSdksFilterByResourceType() {
        // given an order, a customer and a change the SDKs have no type for
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        order(token, UUID.randomUUID().toString(), "corr-order");
        write(token, "/v1/customers", "corr-customer");
        write(token, "/v1/servicerequests/en-US", "corr-undefined");
        awaitRecords(token, 3);

        // then each type, in the SDKs' spelling or ours, finds only its own
        assertThat(correlations(token, filter("ResourceType", "Order", "equals"))).containsExactly("corr-order");
        assertThat(correlations(token, filter("ResourceType", "order", "Equals"))).containsExactly("corr-order");
        assertThat(correlations(token, filter("ResourceType", "Customer", "equals"))).containsExactly("corr-customer");
        assertThat(correlations(token, filter("ResourceType", "Undefined", "equals")))
                .containsExactly("corr-undefined");
        assertThat(correlations(token, filter("ResourceType", "License", "equals"))).isEmpty();
    }

    @Test
    void shouldNarrowToCustomersWhoseNameHoldsTheValueWhenTheSdksFilterByCompanyName() {
        // given customers customer-service announced, and changes on each
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        UUID contoso = UUID.randomUUID();
        UUID fabrikam = UUID.randomUUID();
        CustomerEvents.created(contoso, partner.tenantId(), null, "Contoso 007");
        CustomerEvents.created(fabrikam, partner.tenantId(), null, "Fabrikam");
        order(token, contoso.toString(), "corr-contoso");
        order(token, fabrikam.toString(), "corr-fabrikam");
        order(token, UUID.randomUUID().toString(), "corr-unknown");
        awaitRecords(token, 3);

        // when the SDK's sample searches by "00", a name in another case, and a LIKE wildcard
        JsonPath zeros = records(token, filter("CompanyName", "00", "substring"));

        // then the names holding the value, and only them, are listed, each record naming its customer
        assertThat(zeros.getList("items.correlationId")).containsExactly("corr-contoso");
        assertThat(zeros.getList("items.customerName")).containsExactly("Contoso 007");
        assertThat(correlations(token, filter("CompanyName", "BRIKA", "Substring"))).containsExactly("corr-fabrikam");
        assertThat(correlations(token, filter("CompanyName", "_", "substring"))).isEmpty();
        assertThat(records(token, null).getString("items.find { it.correlationId == 'corr-fabrikam' }.customerName"))
                .isEqualTo("Fabrikam");
    }

    @Test
    void shouldPageThroughTheMatchingRecordsOnlyWhenAFilterIsSent() {
        // given five changes on one customer between five on another
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        String wanted = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            order(token, other, "corr-other-" + i);
            order(token, wanted, "corr-wanted-" + i);
        }
        awaitRecords(token, 10);

        // when the client reads them two at a time, following the next links
        List<String> read = new ArrayList<>();
        JsonPath page = given().auth().oauth2(token).queryParam("startDate", today()).queryParam("size", 2)
                .queryParam("filter", filter("CustomerId", wanted, "equals")).get("/v1/auditrecords")
                .then().statusCode(200).extract().jsonPath();
        read.addAll(page.getList("items.correlationId"));
        while (page.get("links.next") != null) {
            assertThat(page.getList("items")).hasSize(2);
            page = given().auth().oauth2(token).urlEncodingEnabled(false)
                    .header("MS-ContinuationToken", page.getString("links.next.headers[0].value"))
                    .get("/v1" + page.getString("links.next.uri")).then().statusCode(200).extract().jsonPath();
            read.addAll(page.getList("items.correlationId"));
        }

        // then every page held the customer's changes only, each once
        assertThat(read).containsExactly("corr-wanted-0", "corr-wanted-1", "corr-wanted-2", "corr-wanted-3",
                "corr-wanted-4");
    }

    @Test
    void shouldReadTheNextPageWhenTheTokenComesAsAQueryParameterAsTheJavaSdkSendsIt() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();
        String customer = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            order(token, customer, "corr-java-" + i);
        }
        awaitRecords(token, 3);
        JsonPath first = given().auth().oauth2(token).queryParam("startDate", today()).queryParam("size", 2)
                .get("/v1/auditrecords").then().statusCode(200).extract().jsonPath();

        given().auth().oauth2(token).queryParam("startDate", today()).queryParam("size", 2)
                .queryParam("MS-ContinuationToken", first.getString("links.next.headers[0].value"))
                .get("/v1/auditrecords").then().statusCode(200)
                .body("items.correlationId", equalTo(List.of("corr-java-2")));
    }

    @Test
    void shouldRefuseInTheErrorShapeWhenTheFilterIsNoneTheAuditLogReads() {
        TestPartner partner = Partners.register("direct");
        String token = partner.admin().token();

        refused(token, filter("Domain", "contoso", "equals")).body("data[0]", startsWith("filter.Field"));
        refused(token, filter("CompanyName", "contoso", "starts_with")).body("data[0]", startsWith("filter.Operator"));
        refused(token, filter("CustomerId", UUID.randomUUID().toString(), "substring"))
                .body("data[0]", startsWith("filter.Operator"));
        refused(token, "CustomerId eq 'x'").body("data", equalTo(List.of("filter")));
    }

    @Test
    void shouldShowNoOtherPartnersRecordsNorNamesWhenAPartnerFilters() {
        // given their customer, changed by them and (refused by no origin here) by me, and a customer I resell
        TestPartner mine = Partners.register("direct");
        TestPartner theirs = Partners.register("direct");
        UUID theirCustomer = UUID.randomUUID();
        UUID resold = UUID.randomUUID();
        CustomerEvents.created(theirCustomer, theirs.tenantId(), null, "Theirs Corp");
        CustomerEvents.created(resold, UUID.randomUUID().toString(), mine.tenantId(), "Resold Corp");
        order(theirs.admin().token(), theirCustomer.toString(), "corr-theirs");
        order(mine.admin().token(), theirCustomer.toString(), "corr-mine");
        order(mine.admin().token(), resold.toString(), "corr-resold");
        awaitRecords(mine.admin().token(), 2);
        awaitRecords(theirs.admin().token(), 1);

        // then each partner finds its own changes only, and names only its own customers
        String me = mine.admin().token();
        JsonPath byId = records(me, filter("CustomerId", theirCustomer.toString(), "equals"));
        assertThat(byId.getList("items.correlationId")).containsExactly("corr-mine");
        assertThat(byId.getString("items[0].customerName")).isNull();
        assertThat(correlations(me, filter("CompanyName", "Theirs", "substring"))).isEmpty();
        assertThat(records(me, filter("CompanyName", "resold", "substring")).getList("items.customerName"))
                .containsExactly("Resold Corp");
        assertThat(correlations(theirs.admin().token(), filter("CompanyName", "Theirs", "substring")))
                .containsExactly("corr-theirs");
    }

    /** The SDKs' SimpleFieldFilter as the .NET SDK serialises it. */
    private static String filter(String field, String value, String operator) {
        return "{\"Field\":\"" + field + "\",\"Value\":\"" + value + "\",\"Operator\":\"" + operator + "\"}";
    }

    private static void order(String token, String customer, String correlation) {
        write(token, "/v1/customers/" + customer + "/orders", correlation);
    }

    private static void write(String token, String path, String correlation) {
        given().auth().oauth2(token).header("MS-CorrelationId", correlation).contentType("application/json")
                .body("{}").post(path).then().statusCode(200);
    }

    private static void awaitRecords(String token, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> records(token, null).getList("items").size() >= count);
    }

    private static List<String> correlations(String token, String filter) {
        return records(token, filter).getList("items.correlationId");
    }

    private static JsonPath records(String token, String filter) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("startDate", today())
                .queryParam("size", 100);
        if (filter != null) {
            request = request.queryParam("filter", filter);
        }
        return request.get("/v1/auditrecords").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse refused(String token, String filter) {
        return given().auth().oauth2(token).queryParam("filter", filter).get("/v1/auditrecords").then()
                .statusCode(400);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
