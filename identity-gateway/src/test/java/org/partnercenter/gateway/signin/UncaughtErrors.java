package org.partnercenter.gateway.signin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What Vert.x reports as uncaught while a test runs (the gateway runs in the test's JVM). */
final class UncaughtErrors extends Handler {

    private static final Logger VERTX = Logger.getLogger("io.quarkus.vertx.core.runtime");

    private final List<String> messages = new CopyOnWriteArrayList<>();

    void listen() {
        VERTX.addHandler(this);
    }

    void stop() {
        VERTX.removeHandler(this);
    }

    List<String> messages() {
        return messages;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            Throwable thrown = record.getThrown();
            messages.add(record.getMessage() + (thrown == null ? "" : ": " + thrown));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
