package org.partnercenter.billing.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backlog rows taken by a pass, folded into groups: each group once, from its earliest day, with its rows' ids. */
final class BacklogRows {

    record Row(long id, RatingGroup group) {
    }

    private BacklogRows() {
    }

    /** In the order of their first row, so that the oldest work is rated first. */
    static Map<RatingGroup, List<Long>> groups(List<Row> rows) {
        Map<RatingGroup.Key, List<Long>> ids = new LinkedHashMap<>();
        rows.forEach(row -> ids.computeIfAbsent(row.group().key(), key -> new ArrayList<>()).add(row.id()));
        Map<RatingGroup, List<Long>> groups = new LinkedHashMap<>();
        RatingGroup.earliest(rows.stream().map(Row::group).toList())
                .forEach(group -> groups.put(group, ids.get(group.key())));
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
