package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.partnercenter.cli.http.ApiClient;

/** What the API said of this run's batches, added up: {accepted, duplicates, rejected} per batch. */
final class UploadTotals {

    private final long resumedAfter;
    private long sent;
    private long accepted;
    private long duplicates;
    private long rejected;

    UploadTotals(long resumedAfter) {
        this.resumedAfter = resumedAfter;
    }

    /**
     * Adds a batch's answer; answers its rejected records (with --partial) in the API's error-data form,
     * {@code records[3]: reason}, for the problem table.
     */
    List<String> add(int batchSize, JsonNode answer) {
        sent += batchSize;
        accepted += answer.path("accepted").asLong();
        duplicates += answer.path("duplicates").size();
        rejected += answer.path("rejected").size();
        List<String> refused = new ArrayList<>();
        answer.path("rejected").forEach(record -> refused.add("records[" + record.path("index").asInt() + "]: "
                + record.path("reason").asText()));
        return refused;
    }

    /** The records the API has confirmed, from the file's start: those of earlier runs and this one's. */
    long confirmed() {
        return resumedAfter + sent;
    }

    ObjectNode summary() {
        return ApiClient.JSON.createObjectNode().put("resumedAfter", resumedAfter).put("sent", sent)
                .put("accepted", accepted).put("duplicates", duplicates).put("rejected", rejected);
    }
}
