package org.partnercenter.support.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.support.support.Callers.as;
import static org.partnercenter.support.support.ServiceRequests.request;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.support.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class SupportTopicTest {

    @Test
    void shouldListTheDefaultTopicsWhenAPartnerAsks() {
        var topics = as(Callers.direct()).get("/v1/servicerequests/supporttopics").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].id", equalTo(32444601))
                .body("items[0].name", equalTo("Billing"))
                .body("items[0].attributes.objectType", equalTo("SupportTopic"))
                .extract().jsonPath();

        assertThat(topics.getList("items.name")).startsWith("Billing", "Pricing", "Customer management",
                "Subscriptions", "Usage", "Sign-in and roles", "Other");
        assertThat(topics.getList("items.description", String.class)).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void shouldOfferANewTopicWhenSupportAddsIt() {
        String name = "Marketplace " + UUID.randomUUID().toString().substring(0, 8);

        int id = as(Callers.support()).body(Map.of("Name", name, "Description", "Marketplace offers."))
                .post("/v1/servicerequests/supporttopics").then().statusCode(201)
                .body("name", equalTo(name))
                .extract().path("id");

        assertThat(id).isGreaterThan(32450000);
        request().with("SupportTopicId", id).openAs(Callers.direct());
        as(Callers.direct()).body(request().with("SupportTopicId", id).build()).post("/v1/servicerequests/en-GB")
                .then().statusCode(201).body("supportTopicName", equalTo(name));
        as(Callers.support()).body(Map.of("name", name.toUpperCase(), "description", "Again."))
                .post("/v1/servicerequests/supporttopics").then().statusCode(409)
                .body("description", containsString("already exists"));
    }

    @Test
    void shouldRefuseWhenAPartnerOrAnIncompleteBodyAddsATopic() {
        as(Callers.direct()).body(Map.of("name", "Mine", "description", "Mine."))
                .post("/v1/servicerequests/supporttopics").then().statusCode(403).body("code", equalTo(900150));
        as(Callers.support()).body(Map.of("description", "No name."))
                .post("/v1/servicerequests/supporttopics").then().statusCode(400)
                .body("data[0]", containsString("name"));
    }
}
