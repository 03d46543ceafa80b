package org.partnercenter.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.error.RoutingErrors;
import org.partnercenter.commons.request.BodyLimits;

/**
 * Forwards a request to its owning service through Vert.x's reverse proxy, which streams bodies both ways, so
 * large uploads and downloads are never held in memory (a chunked upload is counted against its route's limit on
 * the way; a large or chunked upload goes over a connection of its own: {@link OriginClients}). The request goes
 * on with the raw URI the route rule was checked against. The caller's own token and any identity header it sent
 * are replaced by the internal token.
 */
@ApplicationScoped
public class Forwarder {

    /** Headers that some proxies use to assert an identity; a client must not be able to send them on. */
    private static final List<String> IDENTITY_HEADERS = List.of("X-Forwarded-User", "X-Remote-User",
            "X-User", "X-MS-CLIENT-PRINCIPAL", "X-MS-CLIENT-PRINCIPAL-ID", "X-MS-CLIENT-PRINCIPAL-NAME",
            "X-Partner-Tenant-Id", "X-Partner-Type", "X-Roles");

    private final Map<Owner, HttpProxy> proxies = new EnumMap<>(Owner.class);

    Forwarder(Vertx vertx, ServiceEndpoints endpoints, BodyLimits limits, RoutingErrors errors) {
        StreamedBodyLimit bodyLimit = new StreamedBodyLimit(limits, errors);
        OriginFailures originFailures = new OriginFailures(errors);
        for (Owner owner : Owner.values()) {
            if (owner == Owner.GATEWAY) {
                continue;
            }
            HttpProxy proxy = OriginClients.proxyTo(vertx, endpoints.of(owner));
            proxy.addInterceptor(originFailures);
            proxy.addInterceptor(bodyLimit);
            proxy.addInterceptor(new BodilessResponses());
            // Last, so that a second send goes straight to the service, past the interceptors above.
            proxy.addInterceptor(new ClosedConnectionRetry());
            proxies.put(owner, proxy);
        }
    }

    public void forward(HttpServerRequest request, Owner owner, String internalToken) {
        IDENTITY_HEADERS.forEach(request.headers()::remove);
        request.headers().set("Authorization", "Bearer " + internalToken);
        request.resume();
        proxies.get(owner).handle(request);
    }
}
