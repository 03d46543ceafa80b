package org.partnercenter.commons.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.partnercenter.commons.request.Correlation;
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;
import org.partnercenter.commons.sql.DatabaseOutages;
import org.partnercenter.events.EventType;

/**
 * The idempotent consumer: applies an event's effect only the first time its id is seen by this
 * consumer, recording the id in the same transaction as the effect. A redelivered event (Kafka delivers
 * at least once) then changes nothing, and a failed effect leaves no record, so the retry applies it.
 */
@ApplicationScoped
public class ConsumedEvents {

    private static final Logger LOG = Logger.getLogger(ConsumedEvents.class);
    /** While the database is out of reach, a line in the log every this many waits, not one per wait. */
    private static final int OUTAGE_LOG_EVERY = 10;

    private final EntityManager em;
    private final ParkedEvents parked;
    private final RetryPolicy retries;
    private final Sleeper sleeper;
    private final Tracer tracer;

    /** Spans only where the build has OpenTelemetry (quarkus.otel.enabled, true unless a build turns it off). */
    @Inject
    ConsumedEvents(EntityManager em, ParkedEvents parked, ConsumedEventsConfig config, Sleeper sleeper,
            Instance<Tracer> tracers) {
        this(em, parked, config, sleeper, tracers.isResolvable() ? tracers.get()
                : OpenTelemetry.noop().getTracer(ConsumedEvents.class.getName()));
    }

    ConsumedEvents(EntityManager em, ParkedEvents parked, ConsumedEventsConfig config, Sleeper sleeper, Tracer tracer) {
        this.em = em;
        this.parked = parked;
        this.retries = new RetryPolicy(config.attempts(), config.firstBackoff(), config.maxBackoff());
        this.sleeper = sleeper;
        this.tracer = tracer;
    }

    /**
     * What an {@code @Incoming} method calls: an event of another type on the topic, or none (a record the
     * deserializer could not read, which it logged), is passed over; an event of one of {@code types} is applied
     * as {@link #apply} applies it.
     */
    public void applyIfOneOf(String consumer, EventEnvelope event, Collection<? extends EventType<?>> types,
            Consumer<EventEnvelope> effect) {
        if (event == null || event.id() == null || !event.isAny(types)) {
            return;
        }
        apply(consumer, event, effect);
    }

    /**
     * The effect applied once: {@link #applyOnce} with a few retries and backoff for passing
     * trouble (a lock, a restarting database); an event that still fails is parked with its error and the
     * consumer moves on, because a failed message would otherwise stop the channel for every key behind it.
     * An {@link IllegalArgumentException} is the event's own fault (a payload the effect cannot use), which no
     * retry mends: it is parked at once. A database out of reach is nobody's fault: the event waits for it, however
     * long the outage lasts, and so do the events behind it. It runs in a span of its own, a child of the current
     * one: for a record from Kafka, the consumer span that continues the producer's trace (the relay's traceparent
     * header).
     */
    public void apply(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        Span span = tracer.spanBuilder(consumer + " process").setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            throughOutages(consumer, () -> retries.run(() -> applyOnce(consumer, event, effect),
                    e -> !(e instanceof IllegalArgumentException), sleeper));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Event %s (%s) parked for %s", event.id(), event.type(), consumer);
            span.recordException(e).setStatus(StatusCode.ERROR, "parked");
            parked.park(consumer, event, e);
        } finally {
            span.end();
        }
    }

    /**
     * @param consumer names the consumer (one service may consume one event in several ways)
     * @return whether the effect ran (false for a repeat)
     */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        int inserted = em.createNativeQuery("insert into consumed_event (consumer, event_id) values (?1, ?2) "
                        + "on conflict (consumer, event_id) do nothing")
                .setParameter(1, consumer).setParameter(2, event.id())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Correlation.set(event.correlationid(), event.requestid());
        try {
            effect.accept(event);
        } finally {
            Correlation.clear();
        }
        return true;
    }

    /**
     * What a batch {@code @Incoming} method calls, for topics where one event carries little and many arrive at
     * once (usage): the batch's events of {@code types} applied in one transaction, each one once. If the batch
     * fails, each event is applied alone as {@link #apply} applies it, so that only a faulty event is parked.
     *
     * @param effect applies the events not seen before, in the batch's order
     */
    public void applyAllOnce(String consumer, List<EventEnvelope> events, Collection<? extends EventType<?>> types,
            Consumer<List<EventEnvelope>> effect) {
        List<EventEnvelope> applicable = events.stream()
                .filter(event -> event != null && event.id() != null && event.isAny(types)).toList();
        if (applicable.isEmpty()) {
            return;
        }
        try {
            throughOutages(consumer, () -> retries.run(() -> applyBatchOnce(consumer, applicable, effect),
                    e -> !(e instanceof IllegalArgumentException), sleeper));
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d events for %s failed (%s); applying them one by one", applicable.size(), consumer,
                    e.getMessage());
            applicable.forEach(event -> apply(consumer, event, one -> effect.accept(List.of(one))));
        }
    }

    /** @return the events applied: those this consumer had not seen */
    @Transactional
    public List<EventEnvelope> applyBatchOnce(String consumer, List<EventEnvelope> events,
            Consumer<List<EventEnvelope>> effect) {
        @SuppressWarnings("unchecked")
        Set<String> fresh = new HashSet<>(em.createNativeQuery("insert into consumed_event (consumer, event_id) "
                        + "select ?1, unnest(cast(?2 as text[])) on conflict (consumer, event_id) do nothing "
                        + "returning event_id")
                .setParameter(1, consumer).setParameter(2, events.stream().map(EventEnvelope::id).toArray(String[]::new))
                .getResultList());
        Set<String> taken = new HashSet<>();
        List<EventEnvelope> applied = events.stream().filter(e -> fresh.contains(e.id()) && taken.add(e.id())).toList();
        if (!applied.isEmpty()) {
            effect.accept(applied);
        }
        return applied;
    }

    /**
     * Runs {@code attempt} again, after the longest backoff, for as long as it fails because the database is out of
     * reach; any other failure, or an interrupt (the service stopping: the event is delivered again after the
     * restart), is thrown.
     */
    private void throughOutages(String consumer, Supplier<?> attempt) {
        for (int waits = 0; ; waits++) {
            try {
                attempt.get();
                return;
            } catch (RuntimeException failure) {
                if (!DatabaseOutages.isOutage(failure) || Thread.currentThread().isInterrupted()) {
                    throw failure;
                }
                if (waits % OUTAGE_LOG_EVERY == 0) {
                    LOG.warnf("%s waits for its database (%s)", consumer, failure.toString());
                }
                try {
                    sleeper.sleep(retries.maxDelay());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }
}
