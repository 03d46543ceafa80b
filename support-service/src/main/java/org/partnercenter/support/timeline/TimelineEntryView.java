package org.partnercenter.support.timeline;

import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/** One entry of a request's timeline: who did what, when; {@code from}/{@code to} for changes. */
public record TimelineEntryView(String id, Instant date, ActorView actor, ActivityAction action, String from,
        String to, String text, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ServiceRequestTimelineEntry";

    public record ActorView(ActorSide side, String id, String name) {
    }

    public static TimelineEntryView of(Activity a) {
        return new TimelineEntryView(a.id.toString(), a.occurredAt, new ActorView(a.actorSide, a.actorId, a.actorName),
                a.action, a.fromValue, a.toValue, a.text, ResourceAttributes.of(OBJECT_TYPE));
    }
}
