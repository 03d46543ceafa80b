package org.partnercenter.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.RoutingErrors;
import org.partnercenter.gateway.throttling.ThrottledError;

/** Refusals written at the edge, before any JAX-RS resource runs, in the same error shape as everywhere. */
@ApplicationScoped
public class EdgeResponses {

    private final RoutingErrors errors;

    EdgeResponses(RoutingErrors errors) {
        this.errors = errors;
    }

    public void throttled(RoutingContext context, Duration wait) {
        long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
        context.response().putHeader("Retry-After", String.valueOf(seconds));
        errors.send(context, 429, ThrottledError.of(seconds, errors.source()));
    }

    public void send(RoutingContext context, ApiException refusal) {
        errors.send(context, refusal);
    }
}
