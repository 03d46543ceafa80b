package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Events;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** A group that cannot be rated is put aside; it holds up no other group. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class RatingFailureTest {

    private final RatingWorld world = new RatingWorld();

    @Inject
    EntityManager em;

    @Test
    void shouldRateTheOtherGroupsAndPostponeTheOneThatFailsWhenAGroupCannotBeRated() {
        // given a group (the subscription's usage in May) whose stored record no rating accepts: a negative
        // quantity, which only a fault could store
        world.known("USD");
        UUID version = world.flatPrice(Instant.parse("2038-04-01T00:00:00Z"), "1.00");
        // (held, it would not fail: so billing must know all it needs first)
        Events.awaitPartner(world.partner);
        Events.awaitRow("customer", world.customer);
        Events.awaitRow("subscription", world.subscription);
        StoredRows.awaitStored("select count(*) from price_version where version_id = ?1 and complete", version);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into usage_record (customer_id, record_id, partner_tenant_id, "
                    + "subscription_id, meter_id, quantity, usage_start, usage_date, period, received_at) values "
                    + "(?1, 'bad', ?2, ?3, ?4, -1, '2038-05-02T00:00:00Z', '2038-05-02', '2038-05', now())")
                    .setParameter(1, world.customer).setParameter(2, world.partner).setParameter(3, world.subscription)
                    .setParameter(4, world.meterId).executeUpdate();
            em.createNativeQuery("insert into rating_backlog (subscription_id, meter_id, period, from_day, "
                    + "queued_at) values (?1, ?2, '2038-05', '2038-05-02', '2000-01-01T00:00:00Z')")
                    .setParameter(1, world.subscription).setParameter(2, world.meterId).executeUpdate();
        });

        // when usage of a healthy group arrives behind it
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("good", world.subscription, world.meterId, "2", Instant.parse("2038-04-03T00:00:00Z"),
                        "/vm"))));

        // then the healthy group is rated (April's line only), and the broken one waits, due again later
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).singleElement()
                .satisfies(line -> assertThat(line.period()).isEqualTo("2038-04")));
        await().atMost(Duration.ofSeconds(30)).until(() -> StoredRows.count("select count(*) from rating_backlog "
                + "where subscription_id = ?1 and period = '2038-05' and queued_at > now()", world.subscription) == 1);
    }
}
