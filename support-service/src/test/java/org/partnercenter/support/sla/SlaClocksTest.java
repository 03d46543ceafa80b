package org.partnercenter.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.support.sla.SlaPhase.CLOSED;
import static org.partnercenter.support.sla.SlaPhase.WAITING_ON_PARTNER;
import static org.partnercenter.support.sla.SlaPhase.WAITING_ON_SUPPORT;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercenter.support.sla.SlaHistory.PhaseChange;

/** The clock rules on histories; 2030-01-07 is a Monday, business hours 08:00-18:00 UTC. */
class SlaClocksTest {

    private static final BusinessCalendar BUSINESS = new BusinessCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of(),
            ZoneOffset.UTC);
    private static final SlaPolicy MODERATE = new SlaPolicy(BUSINESS, Duration.ofHours(4), Duration.ofHours(24),
            Duration.ofHours(30));
    private static final SlaPolicy CRITICAL = new SlaPolicy(AroundTheClock.INSTANCE, Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(24));

    @Test
    void shouldNotStartWhenTheRequestIsNotEscalated() {
        SlaReading sla = SlaClocks.read(history(null).build(), MODERATE, at("2030-01-09T12:00"));

        assertThat(sla.firstResponse()).isEqualTo(new ClockReading(ClockState.NOT_STARTED, Duration.ofHours(4),
                null, null, Duration.ofHours(4), false, null));
        assertThat(sla.nextUpdate().state()).isEqualTo(ClockState.NOT_STARTED);
        assertThat(sla.resolution().state()).isEqualTo(ClockState.NOT_STARTED);
        assertThat(sla.businessHours()).isTrue();
    }

    @Test
    void shouldRunInBusinessHoursWhenEscalatedOnAMonday() {
        SlaReading sla = SlaClocks.read(history("2030-01-07T09:00").build(), MODERATE, at("2030-01-07T11:00"));

        assertThat(sla.firstResponse()).isEqualTo(new ClockReading(ClockState.RUNNING, Duration.ofHours(4),
                at("2030-01-07T09:00"), at("2030-01-07T13:00"), Duration.ofHours(2), false, null));
        assertThat(sla.resolution().dueAt()).isEqualTo(at("2030-01-10T09:00"));
        assertThat(sla.resolution().remaining()).isEqualTo(Duration.ofHours(28));
        assertThat(sla.nextUpdate().state()).isEqualTo(ClockState.NOT_STARTED);
    }

    @Test
    void shouldNotCountTheWeekendWhenEscalatedOnAFridayAfternoon() {
        SlaReading sla = SlaClocks.read(history("2030-01-04T16:00").build(), MODERATE, at("2030-01-07T09:00"));

        assertThat(sla.firstResponse().remaining()).isEqualTo(Duration.ofHours(1));
        assertThat(sla.firstResponse().dueAt()).isEqualTo(at("2030-01-07T10:00"));
        assertThat(sla.firstResponse().breached()).isFalse();
    }

    @Test
    void shouldPauseWhileWaitingOnThePartnerAndResumeOnItsReply() {
        HistoryBuilder h = history("2030-01-07T09:00").response("2030-01-07T10:00")
                .phase("2030-01-07T10:00", WAITING_ON_PARTNER);

        SlaReading paused = SlaClocks.read(h.build(), MODERATE, at("2030-01-08T12:00"));
        assertThat(paused.firstResponse()).isEqualTo(new ClockReading(ClockState.STOPPED, Duration.ofHours(4),
                at("2030-01-07T09:00"), null, Duration.ofHours(3), false, at("2030-01-07T10:00")));
        assertThat(paused.nextUpdate()).isEqualTo(new ClockReading(ClockState.PAUSED, Duration.ofHours(24),
                at("2030-01-07T10:00"), null, Duration.ofHours(24), false, null));
        assertThat(paused.resolution().state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.resolution().remaining()).isEqualTo(Duration.ofHours(29));
        assertThat(paused.resolution().dueAt()).isNull();

        SlaReading resumed = SlaClocks.read(h.phase("2030-01-08T12:00", WAITING_ON_SUPPORT).build(), MODERATE,
                at("2030-01-08T14:00"));
        assertThat(resumed.nextUpdate().state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.nextUpdate().remaining()).isEqualTo(Duration.ofHours(22));
        assertThat(resumed.nextUpdate().dueAt()).isEqualTo(at("2030-01-10T16:00"));
        assertThat(resumed.resolution().remaining()).isEqualTo(Duration.ofHours(27));
        assertThat(resumed.resolution().dueAt()).isEqualTo(at("2030-01-11T11:00"));
    }

    @Test
    void shouldBreachWhenNoResponseComesInTime() {
        SlaReading sla = SlaClocks.read(history("2030-01-07T09:00").build(), CRITICAL, at("2030-01-07T10:30"));

        assertThat(sla.firstResponse()).isEqualTo(new ClockReading(ClockState.RUNNING, Duration.ofHours(1),
                at("2030-01-07T09:00"), at("2030-01-07T10:00"), Duration.ofMinutes(-30), true, null));
        assertThat(sla.businessHours()).isFalse();
    }

    @Test
    void shouldCountNightsAndWeekendsWhenTheSeverityIsCritical() {
        SlaReading sla = SlaClocks.read(history("2030-01-04T20:00").build(), CRITICAL, at("2030-01-05T02:00"));

        assertThat(sla.resolution().remaining()).isEqualTo(Duration.ofHours(18));
        assertThat(sla.resolution().dueAt()).isEqualTo(at("2030-01-05T20:00"));
    }

    @Test
    void shouldStayBreachedWhenAnEarlierUpdateWasLate() {
        HistoryBuilder h = history("2030-01-07T08:30").response("2030-01-07T09:00").response("2030-01-07T14:00");

        SlaReading sla = SlaClocks.read(h.build(), CRITICAL, at("2030-01-07T15:00"));

        assertThat(sla.nextUpdate()).isEqualTo(new ClockReading(ClockState.RUNNING, Duration.ofHours(4),
                at("2030-01-07T14:00"), at("2030-01-07T18:00"), Duration.ofHours(3), true, null));
        assertThat(sla.firstResponse().breached()).isFalse();
    }

    @Test
    void shouldStopWhenClosedAndResumeWhenReopened() {
        HistoryBuilder h = history("2030-01-07T09:00").response("2030-01-07T10:00")
                .phase("2030-01-07T10:00", CLOSED);

        SlaReading closed = SlaClocks.read(h.build(), MODERATE, at("2030-01-08T10:00"));
        assertThat(closed.resolution()).isEqualTo(new ClockReading(ClockState.STOPPED, Duration.ofHours(30),
                at("2030-01-07T09:00"), null, Duration.ofHours(29), false, at("2030-01-07T10:00")));
        assertThat(closed.nextUpdate().state()).isEqualTo(ClockState.STOPPED);

        SlaReading reopened = SlaClocks.read(h.phase("2030-01-08T10:00", WAITING_ON_SUPPORT).build(), MODERATE,
                at("2030-01-08T11:00"));
        assertThat(reopened.resolution().state()).isEqualTo(ClockState.RUNNING);
        assertThat(reopened.resolution().remaining()).isEqualTo(Duration.ofHours(28));
    }

    private static Instant at(String local) {
        return Instant.parse(local + ":00Z");
    }

    private static HistoryBuilder history(String escalatedAt) {
        return new HistoryBuilder(escalatedAt == null ? null : at(escalatedAt));
    }

    /** A request created Friday 2030-01-04 08:00, waiting on support, escalated when given. */
    private static final class HistoryBuilder {
        private final Instant escalatedAt;
        private final List<PhaseChange> phases = new ArrayList<>(
                List.of(new PhaseChange(at("2030-01-04T08:00"), WAITING_ON_SUPPORT)));
        private final List<Instant> responses = new ArrayList<>();

        HistoryBuilder(Instant escalatedAt) {
            this.escalatedAt = escalatedAt;
        }

        HistoryBuilder phase(String when, SlaPhase phase) {
            phases.add(new PhaseChange(at(when), phase));
            return this;
        }

        HistoryBuilder response(String when) {
            responses.add(at(when));
            return this;
        }

        SlaHistory build() {
            return new SlaHistory(escalatedAt, phases, responses);
        }
    }
}
