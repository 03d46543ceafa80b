package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.meter;
import static org.partnercenter.billing.support.Publish.partner;
import static org.partnercenter.billing.support.Publish.priceChunk;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.subscription;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatedLines.Line;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * Usage rated as it arrives, through the topics, in the order the producers publish. Each test prices its own
 * meter in a year of its own, so that the price-list versions of one test are never in force for another's usage.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class RatingTest {

    private final UUID partner = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID subscription = UUID.randomUUID();
    private final String meterId = UUID.randomUUID().toString();

    @Test
    void shouldChargeIncludedUnitsNothingAndEachTierItsPriceWhenUsageCrossesTierBoundaries() {
        // given a USD partner, its customer and subscription, and a meter: 10 units free, then 1.00 each up to 50
        // units in the period, 0.50 from there
        UUID version = UUID.randomUUID();
        known("USD");
        Publish.prices(priceChunk(version, Instant.parse("2031-11-01T00:00:00Z"), 0, 1, List.of(
                meter(meterId, "Compute Hours", "10", new String[] {"0", "50"}, new String[] {"1.00", "0.50"}))));

        // when usage arrives over three days and two resources
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "30", Instant.parse("2031-11-03T08:00:00Z"), "/vm/a"),
                record("r2", subscription, meterId, "40", Instant.parse("2031-11-04T08:00:00Z"), "/vm/a"),
                record("r3", subscription, meterId, "5", Instant.parse("2031-11-04T09:00:00Z"), "/vm/b"),
                record("r4", subscription, meterId, "20", Instant.parse("2031-11-05T08:00:00Z"), "/vm/a"))));

        // then each day of each resource is one line, charged over the period's cumulative quantity
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).containsExactly(
                // units 0-30: 10 free, 20 at 1.00
                line("2031-11-03", "/vm/a", "30", "1", "0.6666666667", "20.00", version),
                // units 30-70: 20 at 1.00, 20 at 0.50
                line("2031-11-04", "/vm/a", "40", "0.5", "0.75", "30.00", version),
                // units 70-75: 5 at 0.50
                line("2031-11-04", "/vm/b", "5", "0.5", "0.5", "2.50", version),
                // units 75-95: 20 at 0.50
                line("2031-11-05", "/vm/a", "20", "0.5", "0.5", "10.00", version)));
    }

    @Test
    void shouldHoldUsageUntilItsPartnerCustomerSubscriptionAndPriceArriveWhenItComesFirst() {
        // given usage that arrives before anything it is rated with
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "3", Instant.parse("2032-02-10T08:00:00Z"), "/vm/a"))));
        RatedLines.awaitHeld(customer, Map.of("r1", "PARTNER_UNKNOWN"));

        // when what it waits for arrives, one by one, then it waits for the next, and is never rated by default
        Publish.partners(partner(partner, "direct", null, "1234567", "USD"));
        RatedLines.awaitHeld(customer, Map.of("r1", "CUSTOMER_UNKNOWN"));
        Publish.customers(customer(customer, partner, null));
        RatedLines.awaitHeld(customer, Map.of("r1", "SUBSCRIPTION_UNKNOWN"));
        Publish.subscriptions(customer, subscription(subscription, customer, partner, null));
        RatedLines.awaitHeld(customer, Map.of("r1", "PRICE_UNKNOWN"));
        assertThat(RatedLines.of(subscription)).isEmpty();
        UUID version = UUID.randomUUID();
        Publish.prices(priceChunk(version, Instant.parse("2032-02-01T00:00:00Z"), 0, 1, List.of(
                meter(meterId, "Compute Hours", "0", new String[] {"0"}, new String[] {"2.00"}))));

        // then it is rated at once, and no longer held
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).containsExactly(
                line("2032-02-10", "/vm/a", "3", "2", "2", "6.00", version)));
        RatedLines.awaitHeld(customer, Map.of("r1", "null"));
    }

    @Test
    void shouldPriceWithAVersionOnlyOnceAllItsChunksAreInWhenTheyArriveOutOfOrder() {
        // given usage of a meter whose version comes in two chunks, the meter in the first, the second sent first
        known("USD");
        UUID version = UUID.randomUUID();
        Instant effective = Instant.parse("2036-01-01T00:00:00Z");
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "4", Instant.parse("2036-01-02T08:00:00Z"), "/vm/a"))));
        Publish.prices(priceChunk(version, effective, 1, 2, List.of(meter(UUID.randomUUID().toString(), "Other",
                "0", new String[] {"0"}, new String[] {"9.00"}))));

        // then the usage waits while the version is incomplete
        RatedLines.awaitHeld(customer, Map.of("r1", "PRICE_UNKNOWN"));

        // and is rated once the missing chunk arrives (a redelivered chunk changes nothing)
        var first = priceChunk(version, effective, 0, 2, List.of(meter(meterId, "Compute Hours", "0",
                new String[] {"0"}, new String[] {"0.25"})));
        Publish.prices(first, first);
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).containsExactly(
                line("2036-01-02", "/vm/a", "4", "0.25", "0.25", "1.00", version)));
    }

    private void known(String currency) {
        Publish.partners(partner(partner, "direct", null, "1234567", currency));
        Publish.customers(customer(customer, partner, null));
        Publish.subscriptions(customer, subscription(subscription, customer, partner, null));
    }

    private Line line(String day, String resource, String quantity, String unitPrice, String effectiveUnitPrice,
            String usd, UUID version) {
        return new Line(partner, null, customer, meterId, LocalDate.parse(day), resource,
                day.substring(0, 7), "Compute Hours", "1 GB", "westeurope", Map.of("env", "test"), quantity,
                unitPrice, effectiveUnitPrice, usd, "USD", usd, "USD", "1", null, version);
    }
}
