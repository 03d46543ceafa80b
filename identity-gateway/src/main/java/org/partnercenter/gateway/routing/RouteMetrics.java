package org.partnercenter.gateway.routing;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Names a request's route to Quarkus' HTTP metrics, so that its {@code uri} label is the route table's
 * pattern ({@code /v1/customers/**}), never the raw path: raw paths carry other partners' ids and would add
 * a time series for every new one. A path no route matches is answered 404 unnamed, labelled NOT_FOUND.
 */
final class RouteMetrics {

    /**
     * The request-context key Quarkus' Micrometer binder reads a URL template from (its HttpRequestMetric);
     * Quarkus REST sets it too, so the gateway's own resources end up labelled with their finer JAX-RS template.
     */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private RouteMetrics() {
    }

    static void label(RoutingContext context, Route route) {
        ((HttpServerRequestInternal) context.request()).context().putLocal(URL_PATH_TEMPLATE, route.pattern());
    }
}
