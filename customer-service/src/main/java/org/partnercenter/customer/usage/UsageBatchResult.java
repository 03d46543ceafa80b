package org.partnercenter.customer.usage;

import java.util.List;

/** What became of a batch: how many records were stored, which ids were seen before, which were refused. */
public record UsageBatchResult(int accepted, List<String> duplicates, List<Rejection> rejected) {

    public record Rejection(int index, String id, String reason) {
    }
}
