package org.partnercenter.cli.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Long-running operations as billing answers them: the 202 with its Location and Retry-After, then the reads of
 * {@code /v1/operations/{id}}. Retry-After is 0 so that tests do not wait; OperationWatchTest checks it is honoured.
 */
public final class FakeOperations {

    private final FakeServer server;

    public FakeOperations(FakeServer server) {
        this.server = server;
    }

    /** {@code methodAndPath} answers 202 with the operation {@code id} running. */
    public FakeOperations started(String methodAndPath, String id) {
        server.answer(methodAndPath, 202, bytes(running(id)), Map.of("Location", "/v1/operations/" + id,
                "Retry-After", "0"));
        return this;
    }

    /** The operation's reads, in order (the last one repeated); a running one says Retry-After 0. */
    public FakeOperations reads(String id, String... operations) {
        for (String operation : operations) {
            server.answer("GET /v1/operations/" + id, 200, bytes(operation), operation.contains("\"running\"")
                    ? Map.of("Retry-After", "0") : Map.of());
        }
        return this;
    }

    public static String running(String id) {
        return "{\"id\":\"" + id + "\",\"status\":\"running\",\"attributes\":{\"objectType\":\"Operation\"}}";
    }

    public static String succeeded(String id, String resourceLocation) {
        return "{\"id\":\"" + id + "\",\"status\":\"succeeded\",\"resourceLocation\":\"" + resourceLocation
                + "\",\"attributes\":{\"objectType\":\"Operation\"}}";
    }

    public static String failed(String id, String code, String message) {
        return "{\"id\":\"" + id + "\",\"status\":\"failed\",\"error\":{\"code\":\"" + code + "\",\"message\":\""
                + message + "\"},\"attributes\":{\"objectType\":\"Operation\"}}";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
