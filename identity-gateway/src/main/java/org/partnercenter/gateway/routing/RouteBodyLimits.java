package org.partnercenter.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.partnercenter.commons.request.BodyLimits;
import org.partnercenter.commons.request.RequestLimits;

/** The gateway's body limits come from its route table: bulk upload families are larger than the default. */
@ApplicationScoped
public class RouteBodyLimits implements BodyLimits {

    private final RequestLimits limits;

    RouteBodyLimits(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public long maxBody(HttpServerRequest request) {
        Optional<Route> route = RouteTable.match(request.path());
        return route.isPresent() && route.get().maxBody().isPresent() ? route.get().maxBody().getAsLong()
                : limits.maxBody().asLongValue();
    }

    /** Forwarded bodies stream through unread; {@link StreamedBodyLimit} counts them on the way. */
    @Override
    public boolean streamsOn(HttpServerRequest request) {
        return RouteTable.match(request.path()).map(route -> route.owner() != Owner.GATEWAY).orElse(false);
    }
}
