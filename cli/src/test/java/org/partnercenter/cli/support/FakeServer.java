package org.partnercenter.cli.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test double of the HTTP wire only (the API and the identity provider): canned answers per "METHOD /path"
 * (path with its query), served in order and the last one repeated, and every request recorded.
 */
public final class FakeServer implements AutoCloseable {

    /** A request as it arrived. */
    public record Request(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private record Answer(int status, byte[] body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    public FakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeServer answer(String methodAndPath, int status, String body) {
        return answer(methodAndPath, status, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** An answer with headers of its own (Location, Retry-After, Content-Type) and any bytes (a PDF, a gzip part). */
    public FakeServer answer(String methodAndPath, int status, byte[] body, Map<String, String> headers) {
        synchronized (answers) {
            answers.computeIfAbsent(methodAndPath, key -> new ArrayDeque<>()).add(new Answer(status, body, headers));
        }
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(new Request(exchange.getRequestMethod(), key.substring(key.indexOf(' ') + 1), headers, body));
        }
        Answer answer;
        synchronized (answers) {
            Deque<Answer> queue = answers.get(key);
            answer = queue == null ? new Answer(404, ("{\"code\":404,\"description\":\"no route " + key + "\"}")
                    .getBytes(StandardCharsets.UTF_8), Map.of()) : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        byte[] bytes = answer.body();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
