package org.partnercenter.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for the owning services in the gateway's own tests: it answers what it received (method, path,
 * headers, body size and SHA-256, and the port of the connection it came on), so a test can see what the gateway
 * forwarded; a request carrying {@code X-Echo-Status} is answered with that status and no body instead, and one
 * carrying {@code X-Echo-Hang-Up} with no answer at all ({@code X-Echo-Hang-Up-Once: key}: only the first time for
 * that key). A second stand-in plays one service's management port, whose {@code /q/openapi} is a small document.
 * The end-to-end suite runs the real services behind the gateway.
 */
public final class EchoOrigin {

    /** The one path the stand-in management port's document describes. */
    public static final String DOCUMENTED_PATH = "/v1/customers/{customerId}/documented";
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "stand-in", "version": "1"},
             "paths": {"%s": {"get": {"responses": {"200": {"description": "OK"}}}}}}
            """.formatted(DOCUMENTED_PATH);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The keys of X-Echo-Hang-Up-Once already hung up on: the next request with the same key is answered. */
    private static final java.util.Set<String> HUNG_UP = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** In the JVM-wide properties (as text: libraries read them all as strings), so both class loaders see it. */
    private static final String RECEIVED = "partner-center.test.gateway.origin.received";

    private EchoOrigin() {
    }

    public static String url() {
        return shared("partner-center.test.gateway.origin", EchoOrigin::echo);
    }

    /** A management port: {@code /q/openapi} answers {@link #DOCUMENT}, every other path 404. */
    public static String documentingManagementUrl() {
        return shared("partner-center.test.gateway.documenting-management", EchoOrigin::document);
    }

    /** How many requests the origin has received so far (a refused request must not add to it). */
    public static long requestsReceived() {
        return Long.parseLong(System.getProperty(RECEIVED, "0"));
    }

    private static void countRequest() {
        synchronized (System.getProperties()) {
            System.setProperty(RECEIVED, String.valueOf(requestsReceived() + 1));
        }
    }

    /** One server per JVM for each stand-in, found through a JVM-wide property across Quarkus restarts. */
    private static String shared(String property, HttpHandler handler) {
        synchronized (System.getProperties()) {
            String running = System.getProperty(property);
            if (running == null) {
                running = start(handler);
                System.setProperty(property, running);
            }
            return running;
        }
    }

    private static String start(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", handler);
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("stand-in origin did not start", e);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        countRequest();
        MessageDigest digest = sha256();
        long bytes = drain(new DigestInputStream(exchange.getRequestBody(), digest));
        if (exchange.getRequestHeaders().containsKey("X-Echo-Hang-Up")) {
            exchange.close();
            return;
        }
        String onlyOnce = exchange.getRequestHeaders().getFirst("X-Echo-Hang-Up-Once");
        if (onlyOnce != null && HUNG_UP.add(onlyOnce)) {
            exchange.close();
            return;
        }
        String status = exchange.getRequestHeaders().getFirst("X-Echo-Status");
        if (status != null) {
            exchange.sendResponseHeaders(Integer.parseInt(status), -1);
            exchange.close();
            return;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().toString());
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        echo.put("headers", headers);
        echo.put("bodyBytes", bytes);
        echo.put("bodySha256", HexFormat.of().formatHex(digest.digest()));
        // The peer's port names the connection the request came on (ConnectionWatch tells whether it is open).
        echo.put("connection", exchange.getRemoteAddress().getPort());
        respond(exchange, 200, JSON.writeValueAsString(echo));
    }

    private static void document(HttpExchange exchange) throws IOException {
        boolean document = exchange.getRequestURI().getPath().equals("/q/openapi");
        respond(exchange, document ? 200 : 404, document ? DOCUMENT : "{}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long drain(InputStream body) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
        }
        return total;
    }
}
