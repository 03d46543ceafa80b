package org.partnercenter.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorResponses;
import org.partnercenter.gateway.throttling.ThrottledError;

/** Refusals written at the edge, before any JAX-RS resource runs, in the same error shape as everywhere. */
@ApplicationScoped
public class EdgeResponses {

    private final ObjectMapper json;
    private final ErrorResponses errors;

    EdgeResponses(ObjectMapper json, ErrorResponses errors) {
        this.json = json;
        this.errors = errors;
    }

    public void throttled(RoutingContext context, Duration wait) {
        long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
        String body;
        try {
            body = json.writeValueAsString(ThrottledError.of(seconds, errors.source()));
        } catch (JsonProcessingException e) {
            body = "{\"statusCode\":429}";
        }
        context.request().resume();
        context.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader("Content-Type", "application/json; charset=utf-8").end(body);
    }

    public void send(RoutingContext context, ApiException refusal) {
        if (context.response().ended()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(refusal.toError(errors.source()));
        } catch (JsonProcessingException e) {
            body = "{\"code\":" + refusal.code() + "}";
        }
        context.response().setStatusCode(refusal.status()).putHeader("Content-Type", "application/json; charset=utf-8");
        if (refusal.status() == 401) {
            context.response().putHeader("WWW-Authenticate", ErrorResponses.WWW_AUTHENTICATE);
        }
        context.request().resume();
        context.response().end(body);
    }
}
