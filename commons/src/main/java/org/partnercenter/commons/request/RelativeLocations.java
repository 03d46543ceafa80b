package org.partnercenter.commons.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes a {@code Location} that points into this service as a path. JAX-RS makes every Location absolute against
 * the request's own address, which behind the gateway is the service's internal host and port: a client following
 * it would leave the gateway (the only public entry). A path resolves against whatever address the client used.
 */
public class RelativeLocations {

    @ServerResponseFilter
    public void relative(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI given ? given : URI.create(location.toString());
        URI base = request.getUriInfo().getBaseUri();
        if (uri.isAbsolute() && Objects.equals(uri.getScheme(), base.getScheme())
                && Objects.equals(uri.getRawAuthority(), base.getRawAuthority())) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
    }
}
