package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import org.partnercenter.cli.http.ApiClient;

/** Usage records from JSON lines: one record object per line, in the API's shape; blank lines are skipped. */
final class JsonLinesUsageRecords implements UsageRecordSource {

    private final BufferedReader in;
    private long linesRead;

    JsonLinesUsageRecords(BufferedReader in) {
        this.in = in;
    }

    @Override
    public UsageLine next() throws IOException, BadLine {
        String text = in.readLine();
        linesRead++;
        while (text != null && text.isBlank()) {
            text = in.readLine();
            linesRead++;
        }
        if (text == null) {
            return null;
        }
        try {
            JsonNode record = ApiClient.JSON.readTree(text);
            if (record instanceof ObjectNode object) {
                return new UsageLine(linesRead, linesRead, object);
            }
        } catch (JsonProcessingException e) {
            throw new BadLine(linesRead, "not JSON: " + e.getOriginalMessage());
        }
        throw new BadLine(linesRead, "not a JSON object: each line holds one usage record {\"id\": ..., ...}");
    }
}
