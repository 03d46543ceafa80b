package org.partnercenter.support.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the clocks from the history, at read time. Nothing about a clock is stored, so a severity change
 * re-reads the whole history with the new targets and calendar, and a fix to these rules applies to every
 * request at once. A clock counts working time while the request is escalated and waits on support:
 * <ul>
 * <li>first response: from the escalation to support's first note or status change;</li>
 * <li>next update: from support's latest response to its next one (breached stays true once any update was
 * late);</li>
 * <li>resolution: from the escalation until the request is closed.</li>
 * </ul>
 */
public final class SlaClocks {

    private SlaClocks() {
    }

    public static SlaReading read(SlaHistory history, SlaPolicy policy, Instant now) {
        List<Window> windows = windows(history);
        WorkingTime time = policy.workingTime();
        return new SlaReading(policy.businessHours(),
                firstResponse(history, windows, time, policy.firstResponse(), now),
                nextUpdate(history, windows, time, policy.nextUpdate(), now),
                clock(history, windows, time, policy.resolution(), history.escalatedAt(), null, now));
    }

    private static ClockReading firstResponse(SlaHistory h, List<Window> windows, WorkingTime time, Duration target,
            Instant now) {
        Instant response = h.escalatedAt() == null ? null : h.supportResponses().stream()
                .filter(r -> !r.isBefore(h.escalatedAt())).findFirst().orElse(null);
        return clock(h, windows, time, target, h.escalatedAt(), response, now);
    }

    private static ClockReading nextUpdate(SlaHistory h, List<Window> windows, WorkingTime time, Duration target,
            Instant now) {
        List<Instant> responses = h.escalatedAt() == null ? List.of() : h.supportResponses().stream()
                .filter(r -> !r.isBefore(h.escalatedAt())).toList();
        if (responses.isEmpty()) {
            return ClockReading.notStarted(target);
        }
        boolean lateBefore = false;
        for (int i = 1; i < responses.size(); i++) {
            Duration waited = Counted.of(windows, responses.get(i - 1), responses.get(i), time, target, now).elapsed;
            lateBefore |= waited.compareTo(target) > 0;
        }
        ClockReading current = clock(h, windows, time, target, responses.get(responses.size() - 1), null, now);
        return lateBefore ? new ClockReading(current.state(), current.target(), current.startedAt(), current.dueAt(),
                current.remaining(), true, current.stoppedAt()) : current;
    }

    private static ClockReading clock(SlaHistory h, List<Window> windows, WorkingTime time, Duration target,
            Instant start, Instant stop, Instant now) {
        if (start == null) {
            return ClockReading.notStarted(target);
        }
        Counted counted = Counted.of(windows, start, stop, time, target, now);
        ClockState state;
        Instant stoppedAt = stop;
        if (stop != null) {
            state = ClockState.STOPPED;
        } else {
            state = switch (h.currentPhase()) {
                case WAITING_ON_SUPPORT -> ClockState.RUNNING;
                case WAITING_ON_PARTNER -> ClockState.PAUSED;
                case CLOSED -> ClockState.STOPPED;
            };
            stoppedAt = state == ClockState.STOPPED ? h.lastPhaseChange() : null;
        }
        return new ClockReading(state, target, start, counted.dueAt, target.minus(counted.elapsed),
                counted.elapsed.compareTo(target) > 0, stoppedAt);
    }

    /** The spans in which the request was escalated and waited on support; the last may still be open. */
    private static List<Window> windows(SlaHistory h) {
        List<Window> windows = new ArrayList<>();
        if (h.escalatedAt() == null) {
            return windows;
        }
        List<SlaHistory.PhaseChange> phases = h.phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).phase() != SlaPhase.WAITING_ON_SUPPORT) {
                continue;
            }
            Instant from = later(phases.get(i).at(), h.escalatedAt());
            Instant to = i + 1 < phases.size() ? phases.get(i + 1).at() : null;
            if (to == null || to.isAfter(from)) {
                windows.add(new Window(from, to));
            }
        }
        return windows;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A span of counting time; {@code to} is null while it is still open. */
    private record Window(Instant from, Instant to) {
    }

    /** The working time counted between a clock's start and stop, and when it reached the target. */
    private static final class Counted {
        Duration elapsed = Duration.ZERO;
        Instant dueAt;

        static Counted of(List<Window> windows, Instant start, Instant stop, WorkingTime time, Duration target,
                Instant now) {
            Counted c = new Counted();
            for (Window w : windows) {
                Instant from = later(w.from(), start);
                Instant to = w.to() == null ? stop : stop == null ? w.to() : earlier(w.to(), stop);
                if (to != null && !to.isAfter(from)) {
                    continue;
                }
                Duration counted = time.between(from, to == null ? now : to);
                if (c.dueAt == null && (to == null || c.elapsed.plus(counted).compareTo(target) >= 0)) {
                    c.dueAt = time.plus(from, target.minus(c.elapsed));
                }
                c.elapsed = c.elapsed.plus(counted);
            }
            return c;
        }

        private static Instant earlier(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
