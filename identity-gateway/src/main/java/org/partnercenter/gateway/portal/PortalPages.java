package org.partnercenter.gateway.portal;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * The portal's files (the {@code portal} module's jar, {@code META-INF/resources}) at {@code /}, beside the API.
 * A browser's deep link ({@code /customers/…}, no file) gets the app, which routes it; an API client asking for
 * JSON at an unknown path still gets the API's 404. Every page carries a strict content security policy: scripts
 * only from this origin, requests only to this origin and the sign-in authority, and no referrer, so the
 * authorization code in the sign-in callback's address never leaves the browser.
 */
@ApplicationScoped
class PortalPages {

    private static final String APP = "/index.html";

    private final String policy;

    PortalPages(PortalConfig config) {
        String authority = origin(config.authority());
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + authority + "; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
                + "object-src 'none'";
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (!PortalPaths.isPortal(path) || !isRead(context.request().method())) {
            context.next();
            return;
        }
        if (PortalPaths.isAppRoute(path) && acceptsHtml(context)) {
            context.reroute(APP); // comes back here as /index.html, which then gets the headers
            return;
        }
        context.addHeadersEndHandler(ignored -> secure(context, path));
        context.next();
    }

    private void secure(RoutingContext context, String path) {
        var headers = context.response().headers();
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        // Built assets carry a content hash in their names; the page that names them must always be fresh.
        headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/")
                ? "public, max-age=31536000, immutable" : "no-cache");
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    private static boolean acceptsHtml(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
