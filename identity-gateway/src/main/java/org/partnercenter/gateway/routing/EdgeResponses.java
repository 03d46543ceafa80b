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
        context.response().putHeader("Retry-After", String.valueOf(seconds));
        end(context, 429, ThrottledError.of(seconds, errors.source()));
    }

    public void send(RoutingContext context, ApiException refusal) {
        if (refusal.status() == 401) {
            context.response().putHeader("WWW-Authenticate", ErrorResponses.WWW_AUTHENTICATE);
        }
        end(context, refusal.status(), refusal.toError(errors.source()));
    }

    private void end(RoutingContext context, int status, Object body) {
        if (context.response().ended()) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            text = "{\"code\":" + status + "}";
        }
        context.request().resume();
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(text);
    }
}
