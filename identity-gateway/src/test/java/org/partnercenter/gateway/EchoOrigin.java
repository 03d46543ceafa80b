package org.partnercenter.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for the owning services in the gateway's own tests: it answers what it received (method,
 * path, headers, body size), so a test can see what the gateway forwarded. The end-to-end suite runs
 * the real services behind the gateway.
 */
final class EchoOrigin {

    private static final String SHARED = "partner-center.test.gateway.origin";
    /** In the JVM-wide properties (as text: libraries read them all as strings), so both class loaders see it. */
    private static final String RECEIVED = "partner-center.test.gateway.origin.received";

    private EchoOrigin() {
    }

    static String url() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(SHARED);
            if (running == null) {
                running = start();
                System.setProperty(SHARED, running);
            }
            return running;
        }
    }

    /** How many requests the origin has received so far (a refused request must not add to it). */
    static long requestsReceived() {
        return Long.parseLong(System.getProperty(RECEIVED, "0"));
    }

    private static void countRequest() {
        synchronized (System.getProperties()) {
            System.setProperty(RECEIVED, String.valueOf(requestsReceived() + 1));
        }
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ObjectMapper json = new ObjectMapper();
            server.createContext("/", exchange -> {
                countRequest();
                long bytes = drain(exchange.getRequestBody());
                Map<String, Object> echo = new LinkedHashMap<>();
                echo.put("method", exchange.getRequestMethod());
                echo.put("path", exchange.getRequestURI().toString());
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                echo.put("headers", headers);
                echo.put("bodyBytes", bytes);
                byte[] body = json.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("echo origin did not start", e);
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
