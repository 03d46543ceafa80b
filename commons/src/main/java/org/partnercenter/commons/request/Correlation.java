package org.partnercenter.commons.request;

import java.util.Optional;
import org.jboss.logging.MDC;

/**
 * The correlation and request ids of the work in progress, kept in the logging context so that every log
 * line carries them and events written by that work copy them, for an HTTP request or a consumed event.
 */
public final class Correlation {

    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUEST_ID = "requestId";

    private Correlation() {
    }

    public static void set(String correlationId, String requestId) {
        put(CORRELATION_ID, correlationId);
        put(REQUEST_ID, requestId);
    }

    public static void clear() {
        MDC.remove(CORRELATION_ID);
        MDC.remove(REQUEST_ID);
    }

    public static Optional<String> correlationId() {
        return Optional.ofNullable((String) MDC.get(CORRELATION_ID));
    }

    public static Optional<String> requestId() {
        return Optional.ofNullable((String) MDC.get(REQUEST_ID));
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
