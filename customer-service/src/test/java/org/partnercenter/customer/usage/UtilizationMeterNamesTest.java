package org.partnercenter.customer.usage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.UsageBodies.batch;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICES;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.customer.support.Orders;
import org.partnercenter.customer.support.Usage;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.PriceListSamples;
import org.partnercenter.testing.StoredRows;
import org.partnercenter.testing.TopicWriter;

/** Utilization records name their meter as the base-currency price list in force on their day does. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class UtilizationMeterNamesTest {

    private static final Instant DAY_ONE = LocalDate.now(ZoneOffset.UTC).minusDays(3).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant DAY_TWO = DAY_ONE.plus(Duration.ofDays(1));

    Caller partner;
    String customer;
    String subscription;
    String meter = UUID.randomUUID().toString();

    @BeforeEach
    void aSubscription() {
        partner = Callers.direct();
        customer = Customers.createId(partner);
        subscription = Orders.azureSubscription(partner, customer);
    }

    @Test
    void shouldNameTheMeterFromTheVersionInForceOnEachDayWhenItWasRenamed() {
        UUID older = UUID.randomUUID();
        UUID renamed = UUID.randomUUID();
        // The euro list goes first on the one partition: once the last version is stored, it was read too.
        publish(version(older, DAY_ONE.minus(Duration.ofDays(30)), null, "USD", "D2 v3", "Virtual Machines"),
                version(UUID.randomUUID(), DAY_TWO, null, "EUR", "a euro list's name", "Compute"),
                version(renamed, DAY_TWO, null, "USD", "D2 v3 renamed", "Compute"));
        // Usage names its meter in whatever case the metering feed writes it.
        Usage.post(batch(customer, subscription).record(meter.toUpperCase(Locale.ROOT), "1", DAY_ONE.plusSeconds(60))
                .record(meter, "2", DAY_TWO.plusSeconds(60)));
        awaitVersions(older, renamed);

        as(partner).get(utilization()).then().statusCode(200)
                .body("items.resource.name", contains("D2 v3", "D2 v3 renamed"))
                .body("items.resource.category", contains("Virtual Machines", "Compute"))
                .body("items.resource.subcategory", contains("Dv3 Series", "Dv3 Series"))
                .body("items[0].resource.id", equalTo(meter.toUpperCase(Locale.ROOT)))
                .body("items[0].resource.region", equalTo("westeurope"));
    }

    @Test
    void shouldNameTheMeterFromTheCorrectionWhenAVersionWasSuperseded() {
        UUID first = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        publish(version(first, DAY_ONE, null, "USD", "typo", "Compute"),
                version(correction, DAY_ONE, first, "USD", "D2 v3", "Compute"));
        Usage.post(batch(customer, subscription).record(meter, "1", DAY_ONE.plusSeconds(60)));
        awaitVersions(first, correction);

        as(partner).get(utilization()).then().statusCode(200).body("items.resource.name", contains("D2 v3"));
    }

    @Test
    void shouldNameTheMeterFromTheFirstLaterListWhenNoneWasInForceYet() {
        UUID later = UUID.randomUUID();
        publish(version(later, DAY_TWO, null, "USD", "D2 v3", "Compute"));
        Usage.post(batch(customer, subscription).record(meter, "1", DAY_ONE.plusSeconds(60))
                .record("no-price-list-names-this", "1", DAY_ONE.plusSeconds(60)));
        awaitVersions(later);

        as(partner).get(utilization()).then().statusCode(200)
                .body("items.resource.id", contains(meter, "no-price-list-names-this"))
                .body("items.resource.name", equalTo(Arrays.asList("D2 v3", null)));
    }

    private EventEnvelope version(UUID id, Instant effective, UUID supersedes, String currency, String name,
            String category) {
        return PriceListSamples.chunk(id, effective, currency, supersedes, 0, 1,
                List.of(PriceListSamples.named(meter, name, category, "Dv3 Series")));
    }

    private static void publish(EventEnvelope... chunks) {
        TopicWriter.send(PRICES.name(), "USD", chunks);
    }

    private static void awaitVersions(UUID... versions) {
        for (UUID version : versions) {
            StoredRows.awaitStored("select count(*) from meter_catalogue_entry where version_id = ?1", version);
        }
    }

    private String utilization() {
        return "/v1/customers/" + customer + "/subscriptions/" + subscription + "/utilizations/azure?start_time="
                + DAY_ONE + "&end_time=" + DAY_TWO.plus(Duration.ofDays(1));
    }
}
