package org.partnercenter.commons.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes refusals made on the Vert.x router, before any JAX-RS resource runs (the request guard, the gateway's
 * edge), in the same error shape and with the same {@code source} as the exception mappers.
 */
@ApplicationScoped
public class RoutingErrors {

    private final ObjectMapper json;
    private final ErrorSource source;

    RoutingErrors(ObjectMapper json, ErrorSource source) {
        this.json = json;
        this.source = source;
    }

    public void send(RoutingContext context, ApiException refusal) {
        if (context.response().headWritten()) {
            // Answered already (Quarkus reports a failed sign-in to two callbacks): a second answer has no place.
            return;
        }
        if (refusal.status() == 401) {
            context.response().putHeader("WWW-Authenticate", ErrorResponses.WWW_AUTHENTICATE);
        }
        send(context, refusal.status(), refusal.toError(source.name()));
    }

    /** Any error body (the 429 adds the real API's throttling fields to the shape). */
    public void send(RoutingContext context, int status, Object body) {
        if (context.response().headWritten()) {
            return;
        }
        context.request().resume();
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(text(body, status));
    }

    /** The body alone, for answers that are not written through a routing context (the gateway's proxy). */
    public String text(ApiException refusal) {
        return text(refusal.toError(source.name()), refusal.status());
    }

    public String source() {
        return source.name();
    }

    private String text(Object body, int status) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return "{\"code\":" + status + "}";
        }
    }
}
