package org.partnercenter.billing.usage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.partnercenter.commons.json.WireEnums;

/**
 * {@code billing_usage_records_held{reason}}: the usage records billing holds unrated, by what they wait for. What to
 * alert on is a count that stays up: an event that never comes (a partner never registered, a meter no price list
 * prices). Counted in the database when scraped (the partial index {@code usage_record_held} holds only these
 * rows), once for all reasons and at most once a second, however many gauges a scrape reads.
 */
@ApplicationScoped
class HeldUsageMetrics {

    static final String NAME = "billing.usage.records.held";
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(HeldUsageMetrics.class);

    private final EntityManager em;
    private final Clock clock;
    private volatile Counted counted = new Counted(Instant.MIN, Map.of());

    HeldUsageMetrics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        for (HeldReason reason : HeldReason.values()) {
            Gauge.builder(NAME, this, metrics -> metrics.held(reason))
                    .description("Usage records billing holds unrated, by what it waits for to rate them")
                    .tag("reason", WireEnums.wireName(reason)).register(registry);
        }
    }

    /** NaN when the database cannot say: a missing figure, not a zero that would look healthy. */
    double held(HeldReason reason) {
        Counted now = counted;
        if (now.at().plus(FRESH_FOR).isBefore(clock.instant()) || now.at().isAfter(clock.instant())) {
            try {
                now = new Counted(clock.instant(), QuarkusTransaction.requiringNew().call(this::count));
                counted = now;
            } catch (RuntimeException e) {
                LOG.warnf("Could not count the held usage records: %s", e.toString());
                return Double.NaN;
            }
        }
        return now.byReason().getOrDefault(reason, 0L);
    }

    @SuppressWarnings("unchecked")
    private Map<HeldReason, Long> count() {
        List<Object[]> rows = em.createNativeQuery("select held_reason, count(*) from usage_record "
                + "where held_reason is not null group by held_reason").getResultList();
        Map<HeldReason, Long> byReason = new EnumMap<>(HeldReason.class);
        for (Object[] row : rows) {
            WireEnums.find(HeldReason.class, (String) row[0])
                    .ifPresent(reason -> byReason.put(reason, ((Number) row[1]).longValue()));
        }
        return byReason;
    }

    private record Counted(Instant at, Map<HeldReason, Long> byReason) {
    }
}
