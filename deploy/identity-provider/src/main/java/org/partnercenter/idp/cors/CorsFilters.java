package org.partnercenter.idp.cors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for single-page apps that sign in here from another origin: they fetch discovery, keys and tokens.
 * Only the origins of registered redirect URIs are allowed, without credentials (no cookie is involved).
 */
public class CorsFilters {

    private static final String ORIGIN = "Origin";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final AllowedOrigins origins;

    CorsFilters(AllowedOrigins origins) {
        this.origins = origins;
    }

    /** Answers a preflight before routing: the endpoints themselves know nothing of OPTIONS. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> preflight(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) || request.getHeaderString("Access-Control-Request-Method") == null
                || !AllowedOrigins.isBrowserApi(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Response.ResponseBuilder answer = Response.noContent().header("Vary", ORIGIN);
        origins.allowed(request.getHeaderString(ORIGIN)).ifPresent(origin -> answer
                .header(ALLOW_ORIGIN, origin)
                .header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600"));
        return Optional.of(answer.build());
    }

    @ServerResponseFilter
    public void allowOrigin(ContainerRequestContext request, ContainerResponseContext response) {
        if (!AllowedOrigins.isBrowserApi(request.getUriInfo().getPath())
                || response.getHeaders().containsKey(ALLOW_ORIGIN)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", ORIGIN);
        origins.allowed(request.getHeaderString(ORIGIN)).ifPresent(origin -> headers.putSingle(ALLOW_ORIGIN, origin));
    }
}
