package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.meter;
import static org.partnercenter.billing.support.Publish.partner;
import static org.partnercenter.billing.support.Publish.priceChunk;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.subscription;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.customer.CustomerDirectory;
import org.partnercenter.billing.price.PriceCopies;
import org.partnercenter.billing.support.Events;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/**
 * Usage stored while what it waits for is being applied is rated once that commits: the change's transaction is held
 * open after it queued (seeing no usage yet) while the usage is stored and a pass looks at it. Without
 * {@link RatingInputsLock} the pass holds the usage for good, as the end-to-end fuzz's hour once was.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class RatingInputsRaceTest {

    private final RatingWorld world = new RatingWorld();

    @Inject
    PriceCopies prices;

    @Inject
    CustomerDirectory customers;

    @Test
    void shouldRateUsageWhenItsPriceListCompletesWhileTheUsageIsStored() throws Exception {
        // given a known partner, customer and subscription
        world.known("USD");
        awaitKnown(true);
        Instant effective = Instant.parse("2041-03-01T00:00:00Z");
        EventEnvelope chunk = priceChunk(UUID.randomUUID(), effective, 0, 1, List.of(
                meter(world.meterId, "Compute Hours", "0", new String[] {"0"}, new String[] {"2.00"})));

        // when the usage is stored and looked at while the version pricing it completes, uncommitted
        whileUncommitted(() -> prices.apply(chunk), effective.plusSeconds(3600));

        // then the usage is rated with it
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).singleElement()
                .satisfies(line -> assertThat(line.pricingPreTaxTotal()).isEqualTo("2.00")));
    }

    @Test
    void shouldRateUsageWhenItsCustomerArrivesWhileTheUsageIsStored() throws Exception {
        // given a priced meter, a known partner and subscription, and a customer billing does not know yet
        Instant effective = Instant.parse("2041-05-01T00:00:00Z");
        UUID version = world.flatPrice(effective, "3.00");
        Publish.partners(partner(world.partner, "direct", null, "1234567", "USD"));
        Publish.subscriptions(world.customer, subscription(world.subscription, world.customer, world.partner, null));
        awaitKnown(false);
        StoredRows.awaitStored("select count(*) from price_version where version_id = ?1 and complete", version);

        // when the usage is stored and looked at while the customer arrives, uncommitted
        whileUncommitted(() -> customers.apply(customer(world.customer, world.partner, null)),
                effective.plusSeconds(3600));

        // then the usage is rated
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).singleElement()
                .satisfies(line -> assertThat(line.pricingPreTaxTotal()).isEqualTo("3.00")));
    }

    private void awaitKnown(boolean customerToo) {
        Events.awaitPartner(world.partner);
        Events.awaitRow("subscription", world.subscription);
        if (customerToo) {
            Events.awaitRow("customer", world.customer);
        }
    }

    /**
     * Applies {@code change} in a transaction left open until the usage published meanwhile is stored and a pass has
     * either held it (the race lost) or waits on the change (the lock), then commits it.
     */
    private void whileUncommitted(Runnable change, Instant usageStart) throws Exception {
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> changing = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    change.run();
                    applied.countDown();
                    try {
                        commit.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(applied.await(30, TimeUnit.SECONDS)).as("the change applied").isTrue();
        Publish.usage(world.customer, usage(world.customer, world.partner, null,
                List.of(record("r1", world.subscription, world.meterId, "1", usageStart, "/vm/a"))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> StoredRows.count(
                "select count(*) from usage_record where customer_id = ?1", world.customer) == 1
                && (StoredRows.count("select count(*) from usage_record where customer_id = ?1 "
                        + "and held_reason is not null", world.customer) == 1 || aPassWaits()));
        commit.countDown();
        changing.get(30, TimeUnit.SECONDS);
    }

    /** A session waits on the rating inputs' lock ("PCRI", two 32-bit keys). */
    private static boolean aPassWaits() {
        return StoredRows.count("select count(*) from pg_locks where locktype = 'advisory' and classid::bigint = ?1 "
                + "and objsubid = 2 and not granted", (long) 0x50435249) > 0;
    }
}
