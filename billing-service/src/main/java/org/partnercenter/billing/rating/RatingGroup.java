package org.partnercenter.billing.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A backlog entry: a subscription's usage of a meter in a billing period, to be rated again from a day on. */
public record RatingGroup(UUID subscriptionId, String meterId, String period, LocalDate fromDay) {

    /** The group without its day: what the entries of one group share. */
    public record Key(UUID subscriptionId, String meterId, String period) {

        RatingGroup from(LocalDate day) {
            return new RatingGroup(subscriptionId, meterId, period, day);
        }
    }

    public Key key() {
        return new Key(subscriptionId, meterId, period);
    }

    /** Entries of the same groups folded: each group once, from its earliest day, in the order first seen. */
    public static List<RatingGroup> earliest(Collection<RatingGroup> entries) {
        Map<Key, LocalDate> days = new LinkedHashMap<>();
        entries.forEach(entry -> days.merge(entry.key(), entry.fromDay(), (a, b) -> a.isBefore(b) ? a : b));
        return days.entrySet().stream().map(day -> day.getKey().from(day.getValue())).toList();
    }
}
