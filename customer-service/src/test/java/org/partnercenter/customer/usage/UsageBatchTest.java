package org.partnercenter.customer.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.UsageBodies.batch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.customer.support.Rows;
import org.partnercenter.customer.support.Usage;
import org.partnercenter.customer.support.UsageBodies;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicReader;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class UsageBatchTest {

    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    Caller partner;
    String customer;
    String subscription;

    @BeforeEach
    void aCustomerWithAnAzureSubscription() {
        partner = Callers.direct();
        customer = Customers.createId(partner);
        subscription = Orders.azureSubscription(partner, customer);
    }

    @Test
    void shouldStoreEveryRecordWhenTheBatchIsValid() {
        UsageBodies usage = records(3);

        var result = Usage.post(usage);

        assertThat(result.getInt("accepted")).isEqualTo(3);
        assertThat(result.getList("duplicates")).isEmpty();
        assertThat(result.getList("rejected")).isEmpty();
        assertThat(storedRecords()).isEqualTo(3);
    }

    @Test
    void shouldCountARecordOnceWhenItsIdWasSeenBeforeOrRepeats() {
        UsageBodies usage = records(2);
        Usage.post(usage);

        var again = Usage.post(usage);
        var repeated = Usage.post(batch(customer, subscription).record("m1", "1", HOUR).repeatLast());

        assertThat(again.getInt("accepted")).isZero();
        assertThat(again.getList("duplicates", String.class)).containsExactlyInAnyOrderElementsOf(usage.ids());
        assertThat(repeated.getInt("accepted")).isEqualTo(1);
        assertThat(repeated.getList("duplicates")).hasSize(1);
        assertThat(storedRecords()).isEqualTo(3);
    }

    @Test
    void shouldStoreNothingAndNameEachBadRecordWhenTheBatchIsNotPartial() {
        UsageBodies usage = batch(customer, subscription).record("m1", "1", HOUR)
                .record("m1", "-1", HOUR)
                .record("m1", "1", HOUR).with("subscriptionId", UUID.randomUUID().toString())
                .record("m1", "1", HOUR).with("usageEndTime", HOUR.minusSeconds(60).toString());

        as(Callers.operator()).body(usage.build()).post("/v1/usagerecords/batches")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("description", containsString("partial=true"))
                .body("data.size()", equalTo(3))
                .body("data", hasItem(containsString("records[1]")))
                .body("data", hasItem(containsString("records[2]")))
                .body("data", hasItem(containsString("records[3]")));

        assertThat(storedRecords()).isZero();
    }

    @Test
    void shouldStoreTheValidRecordsAndListTheRestWhenPartialIsAsked() {
        UsageBodies usage = batch(customer, subscription).record("m1", "1", HOUR)
                .record("m1", "1", HOUR).with("customerId", "not-a-guid");

        var result = as(Callers.operator()).body(usage.build()).post("/v1/usagerecords/batches?partial=true")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("accepted")).isEqualTo(1);
        assertThat(result.getInt("rejected[0].index")).isEqualTo(1);
        assertThat(result.getString("rejected[0].reason")).contains("GUID");
        assertThat(storedRecords()).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheBatchWhenItIsEmptyOrTooLargeOrMalformed() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            tooMany.add(Map.of("id", "x" + i));
        }

        as(Callers.operator()).body(Map.of("records", List.of())).post("/v1/usagerecords/batches")
                .then().statusCode(400).body("data[0]", equalTo("records"));
        as(Callers.operator()).body(Map.of("records", tooMany)).post("/v1/usagerecords/batches")
                .then().statusCode(400).body("data[0]", equalTo("records"));
        as(Callers.operator()).body(records(1).with("quantity", "lots").build()).post("/v1/usagerecords/batches")
                .then().statusCode(400).body("data[0]", containsString("quantity"));

        assertThat(storedRecords()).isZero();
    }

    @Test
    void shouldRefuseTheRoleWhenAPartnerFeedsUsage() {
        as(partner).body(records(1).build()).post("/v1/usagerecords/batches")
                .then().statusCode(403).body("code", equalTo(900150));

        assertThat(storedRecords()).isZero();
    }

    @Test
    void shouldPublishUsageRecordedKeyedByCustomerWhenRecordsAreStored() {
        UsageBodies usage = records(2);
        Usage.post(usage);

        var records = TopicReader.readUntil(bootstrapServers, CustomerServiceEvents.USAGE.name(),
                read -> read.stream().anyMatch(r -> r.key().equals(customer)), Duration.ofSeconds(30));

        var event = EventJson.read(records.stream().filter(r -> r.key().equals(customer)).findFirst().orElseThrow()
                .value());
        assertThat(event.type()).isEqualTo("usage.recorded");
        assertThat(event.data().path("partnerTenantId").asText()).isEqualTo(partner.partnerTenantId().toString());
        assertThat(event.data().path("records")).hasSize(2);
        assertThat(event.data().path("records").get(0).path("subscriptionId").asText()).isEqualTo(subscription);
    }

    private UsageBodies records(int count) {
        UsageBodies usage = batch(customer, subscription);
        for (int i = 0; i < count; i++) {
            usage.record("meter-" + i, "1.5", HOUR);
        }
        return usage;
    }

    private long storedRecords() {
        return StoredRows.count("select count(*) from usage_record where subscription_id = ?1", UUID.fromString(subscription));
    }
}
