package org.partnercenter.cli.usage.upload;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One usage record of the file, as the API takes it, with where it is: the line it starts on (for messages) and
 * the lines read up to its end (what a checkpoint records).
 */
record UsageLine(long line, long linesRead, ObjectNode record) {

    String id() {
        return record.path("id").asText();
    }
}
