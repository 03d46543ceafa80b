package org.partnercenter.support.timeline;

import java.time.Instant;

/** What the SLA clocks need of an activity: when, what, by which side, to which status; never the note's text. */
public record ClockEvent(long serviceRequestId, Instant occurredAt, ActivityAction action, ActorSide actorSide,
        String toValue) {
}
