package org.partnercenter.commons.request;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class RequestIdsTest {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Caller partner = newPartner();

    @Test
    void shouldGenerateBothIdsWhenTheClientSendsNone() {
        as(partner).get("/v1/widgets")
                .then().statusCode(200)
                .header("MS-RequestId", matchesPattern(GUID))
                .header("MS-CorrelationId", matchesPattern(GUID));
    }

    @Test
    void shouldEchoTheClientsIdsWhenItSendsThem() {
        as(partner).header("MS-RequestId", "6a1f0f8e-0000-4000-8000-000000000001")
                .header("MS-CorrelationId", "6a1f0f8e-0000-4000-8000-000000000002")
                .get("/v1/widgets")
                .then().statusCode(200)
                .header("MS-RequestId", equalTo("6a1f0f8e-0000-4000-8000-000000000001"))
                .header("MS-CorrelationId", equalTo("6a1f0f8e-0000-4000-8000-000000000002"));
    }

    @Test
    void shouldEchoTheIdsOnErrorsToo() {
        as(partner).header("MS-CorrelationId", "corr-on-404").get("/v1/no-such-route")
                .then().statusCode(404)
                .header("MS-CorrelationId", equalTo("corr-on-404"))
                .header("MS-RequestId", matchesPattern(GUID));
    }

    @Test
    void shouldRefuseAnIdThatCouldForgeLogLinesWhenItIsNotAGuid() {
        as(partner).header("MS-CorrelationId", "abc\tdef").get("/v1/widgets")
                .then().statusCode(400)
                .body("data[0]", equalTo("MS-CorrelationId"));
    }
}
