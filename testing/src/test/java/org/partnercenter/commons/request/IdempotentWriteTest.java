package org.partnercenter.commons.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;
import static org.partnercenter.commons.sample.SampleCallers.widget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.sample.Widget;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.Race;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class IdempotentWriteTest {

    @Test
    void shouldAnswerTheFirstResultAndChangeNothingWhenTheRequestIdRepeats() {
        Caller partner = newPartner();
        String requestId = UUID.randomUUID().toString();

        Response first = create(partner, requestId, "gear");
        Response retry = create(partner, requestId, "gear");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("MS-Idempotent-Replay", "true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(widgetsOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldCreateOnceWhenRetriesRace() {
        Caller partner = newPartner();
        String requestId = UUID.randomUUID().toString();

        List<Response> answers = Race.atOnce(8, () -> create(partner, requestId, "raced"));

        var ids = new HashSet<String>();
        for (Response response : answers) {
            response.then().statusCode(201);
            ids.add(response.jsonPath().getString("id"));
        }
        assertThat(ids).hasSize(1);
        assertThat(widgetsOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldKeepPartnersApartWhenTheyHappenToSendTheSameRequestId() {
        Caller one = newPartner();
        Caller other = newPartner();
        String requestId = UUID.randomUUID().toString();

        create(one, requestId, "gear").then().statusCode(201);
        create(other, requestId, "gear").then().statusCode(201).header("MS-Idempotent-Replay", (String) null);

        assertThat(widgetsOf(one)).isEqualTo(1);
        assertThat(widgetsOf(other)).isEqualTo(1);
    }

    @Test
    void shouldRunAgainWhenTheFirstAttemptFailed() {
        Caller partner = newPartner();
        String requestId = UUID.randomUUID().toString();

        as(partner).header("MS-RequestId", requestId).body(Map.of("name", "gear")).post("/v1/widgets")
                .then().statusCode(400);
        create(partner, requestId, "gear").then().statusCode(201).header("MS-Idempotent-Replay", (String) null);

        assertThat(widgetsOf(partner)).isEqualTo(1);
    }

    @Test
    void shouldCreateAgainWhenNoRequestIdIsSent() {
        Caller partner = newPartner();

        as(partner).body(widget("gear")).post("/v1/widgets").then().statusCode(201);
        as(partner).body(widget("gear")).post("/v1/widgets").then().statusCode(201);

        assertThat(widgetsOf(partner)).isEqualTo(2);
    }

    @Test
    void shouldRefuseWhenTheRequestIdWasUsedForAnotherOperation() {
        Caller partner = newPartner();
        String requestId = UUID.randomUUID().toString();
        String id = create(partner, requestId, "gear").then().statusCode(201).extract().path("id");

        as(partner).header("MS-RequestId", requestId).delete("/v1/widgets/" + id)
                .then().statusCode(409)
                .body("description", containsString("already used for POST /v1/widgets"));

        assertThat(widgetsOf(partner)).isEqualTo(1);
    }

    private static Response create(Caller partner, String requestId, String name) {
        return as(partner).header("MS-RequestId", requestId).body(widget(name)).post("/v1/widgets");
    }

    private static long widgetsOf(Caller partner) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Widget.count("partnerTenantId", partner.partnerTenantId()));
    }
}
