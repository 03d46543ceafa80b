package org.partnercenter.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for one service's management port in the gateway's own tests: its {@code /q/openapi} is a small
 * document, so a test can see the gateway's merge read it; every other path is a 404, as a management port's.
 */
final class ServiceDocumentOrigin {

    private static final String SHARED = "partner-center.test.gateway.document-origin";
    static final String DOCUMENTED_PATH = "/v1/customers/{customerId}/documented";
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "stand-in", "version": "1"},
             "paths": {"%s": {"get": {"responses": {"200": {"description": "OK"}}}}}}
            """.formatted(DOCUMENTED_PATH);

    private ServiceDocumentOrigin() {
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

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                boolean document = exchange.getRequestURI().getPath().equals("/q/openapi");
                byte[] body = (document ? DOCUMENT : "").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(document ? 200 : 404, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("the stand-in management port did not start", e);
        }
    }
}
