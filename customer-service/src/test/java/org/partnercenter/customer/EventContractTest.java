package org.partnercenter.customer;

import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_DELETED;
import static org.partnercenter.events.customer.CustomerServiceEvents.CUSTOMER_UPDATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTION_CREATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.SUBSCRIPTION_UPDATED;
import static org.partnercenter.events.customer.CustomerServiceEvents.USAGE_RECORDED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.CustomerBodies;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.customer.support.PartnerEvents;
import org.partnercenter.customer.support.Usage;
import org.partnercenter.customer.support.UsageBodies;
import org.partnercenter.testing.EventContract;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * customer-service's side of its event contracts: each event its real code path stores in the outbox has the shape
 * of the committed sample that consumers' tests publish. The customer belongs to an indirect provider's reseller,
 * so that every optional field is present. {@code -Dpartner-center.contracts.write=true} rewrites the samples.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class EventContractTest {

    Caller provider;
    String customer;

    @BeforeEach
    void aResellersCustomer() {
        provider = Callers.provider();
        UUID reseller = UUID.randomUUID();
        PartnerEvents.providerWithReseller(provider, reseller);
        customer = Customers.create(provider, CustomerBodies.customer().associatedPartnerId(reseller)).getString("id");
    }

    @Test
    void shouldPublishCustomerEventsShapedAsTheirSamplesWhenACustomerIsCreatedChangedAndDeleted() {
        EventContract.assertPublishedAsSample(CUSTOMER_CREATED, customer);

        String path = "/v1/customers/" + customer + "/profiles/billing";
        String etag = as(provider).get(path).then().statusCode(200).extract().path("attributes.etag");
        as(provider).header("If-Match", etag).body(CustomerBodies.customer().companyName("Renamed").billingProfile())
                .put(path).then().statusCode(200);
        EventContract.assertPublishedAsSample(CUSTOMER_UPDATED, customer);

        as(provider).delete("/v1/customers/" + customer).then().statusCode(204);
        EventContract.assertPublishedAsSample(CUSTOMER_DELETED, customer);
    }

    @Test
    void shouldPublishSubscriptionEventsShapedAsTheirSamplesWhenOneIsOrderedAndChanged() {
        String path = "/v1/customers/" + customer + "/subscriptions/" + Orders.azureSubscription(provider, customer);
        EventContract.assertPublishedAsSample(SUBSCRIPTION_CREATED, customer);

        String etag = as(provider).get(path).then().statusCode(200).extract().path("attributes.etag");
        as(provider).header("If-Match", "\"" + etag + "\"").body(Map.of("friendlyName", "Renamed")).patch(path)
                .then().statusCode(200);
        EventContract.assertPublishedAsSample(SUBSCRIPTION_UPDATED, customer);
    }

    @Test
    void shouldPublishUsageRecordedShapedAsItsSampleWhenRecordsAreStored() {
        String subscription = Orders.azureSubscription(provider, customer);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

        Usage.post(UsageBodies.batch(customer, subscription).record("meter-1", "1.5", hour)
                .record("meter-2", "2", hour));

        EventContract.assertPublishedAsSample(USAGE_RECORDED, customer);
    }
}
