package org.partnercenter.customer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.OrderBodies.order;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.OrderBodies;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class OrderTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldProvisionActiveSubscriptionsAtOnceWhenTheDocsOrderIsPlaced() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        var placed = as(partner).body(order(customer).lineItem("MS-AZR-0145P", "Legacy Azure")
                        .lineItem("dzh318z0bczc", "Plan").build())
                .post("/v1/customers/" + customer + "/orders")
                .then().statusCode(201)
                .header("Location", containsString("/orders/"))
                .body("referenceCustomerId", equalTo(customer))
                .body("billingCycle", equalTo("monthly"))
                .body("status", equalTo("completed"))
                .body("lineItems[1].offerId", equalTo("DZH318Z0BCZC"))
                .body("attributes.objectType", equalTo("Order"))
                .extract().jsonPath();
        String orderId = placed.getString("id");
        String subscriptionId = placed.getString("lineItems[0].subscriptionId");

        as(partner).get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("active")))
                .body("items.id", hasItem(subscriptionId));
        as(partner).get("/v1/customers/" + customer + "/subscriptions/" + subscriptionId).then().statusCode(200)
                .body("offerId", equalTo("MS-AZR-0145P"))
                .body("offerName", equalTo("Microsoft Azure"))
                .body("friendlyName", equalTo("Legacy Azure"))
                .body("orderId", equalTo(orderId))
                .body("unitType", equalTo("Usage-based"))
                .body("attributes.objectType", equalTo("Subscription"));
        as(partner).get("/v1/customers/" + customer + "/orders/" + orderId).then().statusCode(200)
                .body("lineItems.size()", equalTo(2));
        as(partner).get("/v1/customers/" + customer + "/orders").then().statusCode(200).body("totalCount", equalTo(1));
    }

    @Test
    void shouldNameTheUnknownOfferAndStoreNothingWhenAnOfferIsNotSold() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(order(customer).lineItem("DZH318Z0BCZC", "ok").lineItem("CFQ7TTC0LH18", "Office").build())
                .post("/v1/customers/" + customer + "/orders")
                .then().statusCode(400)
                .body("description", containsString("CFQ7TTC0LH18"))
                .body("data[0]", containsString("lineItems[1].offerId"));

        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void shouldRefuseWhenLineItemsAreMissingOrTheReferenceCustomerDiffers() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(partner).body(order(customer).build()).post("/v1/customers/" + customer + "/orders")
                .then().statusCode(400).body("data[0]", containsString("lineItems"));
        as(partner).body(OrderBodies.azurePlan(customer).set("ReferenceCustomerId", UUID.randomUUID()).build())
                .post("/v1/customers/" + customer + "/orders")
                .then().statusCode(400).body("data[0]", containsString("referenceCustomerId"));
        as(partner).body(OrderBodies.azurePlan(customer).set("BillingCycle", "fortnightly").build())
                .post("/v1/customers/" + customer + "/orders")
                .then().statusCode(400).body("data[0]", containsString("billingCycle"));

        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void shouldAnswerNotFoundAndStoreNothingWhenTheCustomerIsAnotherPartners() {
        String customer = Customers.createId(Callers.direct());

        as(Callers.direct()).body(OrderBodies.azurePlan(customer).build()).post("/v1/customers/" + customer + "/orders")
                .then().statusCode(404);

        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void shouldRefuseTheRoleWhenAHelpdeskAgentOrders() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        as(Callers.withRoles(partner, Roles.HELPDESK_AGENT)).body(OrderBodies.azurePlan(customer).build())
                .post("/v1/customers/" + customer + "/orders").then().statusCode(403).body("code", equalTo(900150));

        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void shouldPlaceOnceWhenTheRequestIdRepeats() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        String requestId = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            as(partner).header("MS-RequestId", requestId).body(OrderBodies.azurePlan(customer).build())
                    .post("/v1/customers/" + customer + "/orders").then().statusCode(201);
        }

        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(StoredRows.count("select count(*) from subscription where customer_id = ?1", UUID.fromString(customer)))
                .isEqualTo(1);
    }

    @Test
    void shouldPublishSubscriptionCreatedKeyedByCustomerWhenAnOrderIsPlaced() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        String subscription = org.partnercenter.customer.support.Orders.azureSubscription(partner, customer);

        var records = TopicReader.readUntil(bootstrapServers, CustomerServiceEvents.SUBSCRIPTIONS.name(),
                read -> read.stream().anyMatch(r -> r.value().contains(subscription)), Duration.ofSeconds(30));

        var record = records.stream().filter(r -> r.value().contains(subscription)).findFirst().orElseThrow();
        var event = EventJson.read(record.value());
        assertThat(record.key()).isEqualTo(customer);
        assertThat(event.type()).isEqualTo("subscription.created");
        assertThat(event.data().path("partnerTenantId").asText()).isEqualTo(partner.partnerTenantId().toString());
        assertThat(event.data().path("status").asText()).isEqualTo("active");
    }

    private static long ordersOf(String customer) {
        return StoredRows.count("select count(*) from customer_order where customer_id = ?1", UUID.fromString(customer));
    }
}
