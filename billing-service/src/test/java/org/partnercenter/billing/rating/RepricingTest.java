package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatedLines.Line;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.PostgresAndKafka;

/** Usage priced with the version and exchange rate in force at its time, and priced again when they change. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class RepricingTest {

    private final RatingWorld world = new RatingWorld();

    @Test
    void shouldRateEachDayWithTheVersionInForceAndRateAgainWhenABackDatedVersionArrives() {
        // given versions at 1.00 from the 1st and 2.00 from the 15th, and 10 units on the 10th and on the 20th
        world.known("USD");
        UUID first = world.flatPrice(Instant.parse("2034-03-01T00:00:00Z"), "1.00");
        UUID second = world.flatPrice(Instant.parse("2034-03-15T00:00:00Z"), "2.00");
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("a", world.subscription, world.meterId, "10", Instant.parse("2034-03-10T10:00:00Z"), "/vm"),
                record("b", world.subscription, world.meterId, "10", Instant.parse("2034-03-20T10:00:00Z"), "/vm"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                usd("2034-03-10", "1", "10.00", first), usd("2034-03-20", "2", "20.00", second)));

        // when a version at 3.00 from the 5th is published later
        UUID backDated = world.flatPrice(Instant.parse("2034-03-05T00:00:00Z"), "3.00");

        // then the 10th is rated again with it; the 20th keeps the version of the 15th, still the one in force
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                usd("2034-03-10", "3", "30.00", backDated), usd("2034-03-20", "2", "20.00", second)));
    }

    @Test
    void shouldTakeTheLineAwayAndHoldItsUsageWhenABackDatedVersionNoLongerPricesTheMeter() {
        // given a line rated with a version from the 1st
        world.known("USD");
        UUID first = world.flatPrice(Instant.parse("2040-06-01T00:00:00Z"), "1.00");
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("a", world.subscription, world.meterId, "10", Instant.parse("2040-06-10T10:00:00Z"), "/vm"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                usd("2040-06-10", "1", "10.00", first)));

        // when a version from the 5th that does not price the meter is published later
        Publish.prices(Publish.priceChunk(UUID.randomUUID(), Instant.parse("2040-06-05T00:00:00Z"), 0, 1, List.of(
                Publish.meter(UUID.randomUUID().toString(), "Other", "0", new String[] {"0"}, new String[] {"2.00"}))));

        // then the usage is held for want of a price, and its line is gone: never rated with a price not in force
        RatedLines.awaitHeld(world.customer, Map.of("a", "PRICE_UNKNOWN"));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).isEmpty());
    }

    @Test
    void shouldConvertWithTheRateInForceRoundingOnceAndConvertAgainWhenANewRateArrives() {
        // given a partner invoiced in euros, a price of 1.00 USD, and usage before any exchange rate is known
        world.known("EUR");
        UUID version = world.flatPrice(Instant.parse("2035-07-01T00:00:00Z"), "1.00");
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("a", world.subscription, world.meterId, "3.333", Instant.parse("2035-07-10T10:00:00Z"), "/vm"),
                record("b", world.subscription, world.meterId, "10", Instant.parse("2035-07-20T10:00:00Z"), "/vm"))));
        RatedLines.awaitHeld(world.customer, Map.of("a", "EXCHANGE_RATE_UNKNOWN", "b", "EXCHANGE_RATE_UNKNOWN"));

        // when rates of 0.9 from the 1st and 0.8 from the 15th arrive
        Instant july1 = Instant.parse("2035-07-01T00:00:00Z");
        Instant july15 = Instant.parse("2035-07-15T00:00:00Z");
        Publish.prices(Publish.exchangeRates(UUID.randomUUID(), july1, Map.of("EUR", new BigDecimal("0.9"))),
                Publish.exchangeRates(UUID.randomUUID(), july15, Map.of("EUR", new BigDecimal("0.8"))));

        // then each day converts at its own rate, the exact product rounded once, half-even, to cents:
        // 3.333 USD * 0.9 = 2.9997 EUR -> 3.00, while the USD total shows 3.33
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                eur("2035-07-10", "3.333", "3.33", "3.00", "0.9", july1, version),
                eur("2035-07-20", "10", "10.00", "8.00", "0.8", july15, version)));

        // and a rate of 0.5 from the 18th converts the 20th again
        Instant july18 = Instant.parse("2035-07-18T00:00:00Z");
        Publish.prices(Publish.exchangeRates(UUID.randomUUID(), july18, Map.of("EUR", new BigDecimal("0.5"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                eur("2035-07-10", "3.333", "3.33", "3.00", "0.9", july1, version),
                eur("2035-07-20", "10", "10.00", "5.00", "0.5", july18, version)));
    }

    private Line usd(String day, String price, String total, UUID version) {
        return line(day, "10", price, price, total, total, "USD", "1", null, version);
    }

    private Line eur(String day, String quantity, String usd, String eur, String rate, Instant rateDate,
            UUID version) {
        return line(day, quantity, "1", "1", usd, eur, "EUR", rate, rateDate, version);
    }

    private Line line(String day, String quantity, String unitPrice, String effective, String usd, String billed,
            String currency, String rate, Instant rateDate, UUID version) {
        return new Line(world.partner, null, world.customer, world.meterId, LocalDate.parse(day), "/vm",
                day.substring(0, 7), "Compute Hours", "1 GB", "westeurope", Map.of("env", "test"), quantity,
                unitPrice, effective, usd, "USD", billed, currency, rate, rateDate, version);
    }
}
