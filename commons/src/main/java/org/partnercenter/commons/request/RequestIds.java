package org.partnercenter.commons.request;

import jakarta.enterprise.context.RequestScoped;

/** The {@code MS-RequestId} and {@code MS-CorrelationId} of the current request, as received or generated. */
@RequestScoped
public class RequestIds {

    public static final String REQUEST_ID_HEADER = "MS-RequestId";
    public static final String CORRELATION_ID_HEADER = "MS-CorrelationId";

    private String requestId;
    private String correlationId;
    private boolean requestIdFromClient;

    void assign(String requestId, String correlationId, boolean requestIdFromClient) {
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.requestIdFromClient = requestIdFromClient;
    }

    public String requestId() {
        return requestId;
    }

    public String correlationId() {
        return correlationId;
    }

    /** Only a client's own {@code MS-RequestId} is an idempotency key; a generated one is new by definition. */
    public boolean requestIdFromClient() {
        return requestIdFromClient;
    }
}
