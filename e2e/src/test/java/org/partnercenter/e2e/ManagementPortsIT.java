package org.partnercenter.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;

/**
 * Health, metrics and the services' own OpenAPI documents answer on management ports only (stack.json's
 * {@code managementUrls}); the public gateway serves the API and the one merged document, and metrics name
 * routes, never the ids in a path.
 */
@EndToEnd
class ManagementPortsIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    ManagementPortsIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldAnswerManagementPathsOnlyOnManagementPortsWhenTheStackRuns() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
            gateway.anonymous().get(path).then().statusCode(404).body("code", equalTo(404));
        }
        assertThat(stack.description().managementUrls()).containsOnlyKeys("identity-gateway", "customer-service",
                "billing-service", "pricing-service", "support-service");
        stack.description().managementUrls().values().forEach(url ->
                given().get(url + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void shouldReportTheEventFlowAndEachConsumersLagWhenKafkaIsUp() {
        String billing = stack.description().managementUrls().get("billing-service");

        given().get(billing + "/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-flow' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event-flow' }.data.kafka", equalTo("up"))
                .body("checks.find { it.name == 'event-flow' }.data.'lag.usage'", notNullValue());
        assertThat(scrape("billing-service")).contains("kafka_consumer_fetch_manager_records_lag_max")
                .contains("client_id=\"kafka-consumer-usage\"");
    }

    @Test
    void shouldLabelMetricsWithRoutesNeverCustomerIdsWhenTwoCustomersAreReadThroughTheGateway() {
        TestPartner partner = stack.partners().direct();
        String first = stack.customers().create(partner.admin(), CustomerBody.customer("Metrics First"));
        String second = stack.customers().create(partner.admin(), CustomerBody.customer("Metrics Second"));

        gateway.as(partner.admin()).get("/v1/customers/" + first).then().statusCode(200);
        gateway.as(partner.admin()).get("/v1/customers/" + second).then().statusCode(200);

        String gatewayMetrics = scrape("identity-gateway");
        String customerMetrics = scrape("customer-service");
        assertThat(gatewayMetrics).contains("uri=\"/v1/customers/**\"").doesNotContain(first).doesNotContain(second);
        assertThat(customerMetrics).contains("uri=\"/v1/customers/{id}\"").doesNotContain(first)
                .doesNotContain(second);
    }

    @Test
    void shouldMergeTheServicesDocumentsFromTheirManagementPortsWhenTheOpenApiIsRead() {
        gateway.anonymous().get("/openapi").then().statusCode(200)
                .body("paths.'/v1/partners'", notNullValue())
                .body("paths.'/v1/customers/{id}'", notNullValue())
                .body("paths.'/v1/ratecards/azure'", notNullValue())
                .body("paths.'/v1/servicerequests/supporttopics'", notNullValue());
    }

    private String scrape(String part) {
        return given().get(stack.description().managementUrls().get(part) + "/q/metrics")
                .then().statusCode(200).extract().asString();
    }
}
