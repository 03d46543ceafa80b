package org.partnercenter.billing.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Backlog rows taken by a pass, folded into groups: each group once, from its earliest day, with its rows' ids. */
final class BacklogRows {

    record Row(long id, RatingGroup group) {
    }

    private record Key(UUID subscriptionId, String meterId, String period) {
    }

    private BacklogRows() {
    }

    /** In the order of their first row, so that the oldest work is rated first. */
    static Map<RatingGroup, List<Long>> groups(List<Row> rows) {
        Map<Key, LocalDate> days = new LinkedHashMap<>();
        Map<Key, List<Long>> ids = new LinkedHashMap<>();
        for (Row row : rows) {
            RatingGroup group = row.group();
            Key key = new Key(group.subscriptionId(), group.meterId(), group.period());
            days.merge(key, group.fromDay(), (a, b) -> a.isBefore(b) ? a : b);
            ids.computeIfAbsent(key, k -> new ArrayList<>()).add(row.id());
        }
        Map<RatingGroup, List<Long>> groups = new LinkedHashMap<>();
        days.forEach((key, day) -> groups.put(new RatingGroup(key.subscriptionId(), key.meterId(), key.period(), day),
                ids.get(key)));
        return groups;
    }

    /** The group's advisory lock: a 64-bit hash of its key (a collision only makes two groups wait on each other). */
    static long lockKey(RatingGroup group) {
        long hash = group.subscriptionId().getMostSignificantBits() * 31 + group.subscriptionId()
                .getLeastSignificantBits();
        hash = hash * 31 + group.meterId().hashCode();
        return hash * 31 + group.period().hashCode();
    }
}
