package org.partnercenter.customer.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.UsageBodies.batch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.customer.support.UsageBodies;
import org.partnercenter.testing.HostileText;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Usage records under the commons input policy: a huge value is refused by name, nothing of the batch stored. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class UsageInputLimitsTest {

    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minusSeconds(3 * 3600);

    String subscription;
    String customer;

    @BeforeEach
    void aCustomerWithAnAzureSubscription() {
        Caller partner = Callers.direct();
        customer = Customers.createId(partner);
        subscription = Orders.azureSubscription(partner, customer);
    }

    @Test
    void shouldNameTheFieldAndStoreNothingWhenAFieldIsAMegabyte() {
        for (String field : new String[] {"id", "meterId", "unit", "region", "resourceUri", "quantity"}) {
            UsageBodies usage = aValidRecord().record("m1", "1", HOUR).with(field, HostileText.MEGABYTE);

            refused(usage).body("data", hasItem(startsWith("records[1]." + field + ":")));
        }
        assertThat(storedRecords()).isZero();
    }

    @Test
    void shouldNameTheTagsAndStoreNothingWhenATagIsAMegabyte() {
        refused(aValidRecord().with("tags", Map.of("env", HostileText.MEGABYTE)))
                .body("data", hasItem(startsWith("records[0].tags")));
        refused(aValidRecord().with("tags", Map.of(HostileText.MEGABYTE, "test")))
                .body("data", hasItem(startsWith("records[0].tags")));

        assertThat(storedRecords()).isZero();
    }

    @Test
    void shouldNameEveryFieldLongerThanItsKindWhenARecordIsRefused() {
        UsageBodies usage = aValidRecord().record("m1", "1", HOUR)
                .with("meterId", HostileText.longerThan(128)).with("unit", HostileText.longerThan(256))
                .with("region", HostileText.longerThan(256)).with("resourceUri", HostileText.longerThan(2048))
                .with("tags", Map.of("env", HostileText.longerThan(256)));

        var result = as(Callers.operator()).body(usage.build()).post("/v1/usagerecords/batches?partial=true")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("accepted")).isEqualTo(1);
        assertThat(result.getString("rejected[0].reason")).contains("meterId: must be at most 128",
                "unit: must be at most 256", "region: must be at most 256", "resourceUri: must be at most 2048",
                "tags[env]: must be at most 256");
        assertThat(storedRecords()).isEqualTo(1);
    }

    @Test
    void shouldNotRepeatTheIdWhenARecordIdIsTooLong() {
        UsageBodies usage = aValidRecord().with("id", HostileText.longerThan(5000));

        var result = as(Callers.operator()).body(usage.build()).post("/v1/usagerecords/batches?partial=true")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getString("rejected[0].id")).hasSizeLessThan(100);
        assertThat(storedRecords()).isZero();
    }

    private UsageBodies aValidRecord() {
        return batch(customer, subscription).record("m0", "1", HOUR);
    }

    private static io.restassured.response.ValidatableResponse refused(UsageBodies usage) {
        return as(Callers.operator()).body(usage.build()).post("/v1/usagerecords/batches?partial=true")
                .then().statusCode(400).body("code", equalTo(400));
    }

    private long storedRecords() {
        return StoredRows.count("select count(*) from usage_record where subscription_id = ?1",
                UUID.fromString(subscription));
    }
}
