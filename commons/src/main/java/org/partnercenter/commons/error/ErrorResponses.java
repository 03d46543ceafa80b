package org.partnercenter.commons.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds every error response, so the body shape and its {@code source} are the same everywhere. */
@ApplicationScoped
public class ErrorResponses {

    /** Clients of the real API expect a realm on 401s; the value names this service's audience. */
    public static final String WWW_AUTHENTICATE = "Bearer realm=\"partner-center\"";

    private final ErrorSource source;

    ErrorResponses(ErrorSource source) {
        this.source = source;
    }

    public Response of(ApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(e.toError(source.name()));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", WWW_AUTHENTICATE);
        }
        return response.build();
    }

    public String source() {
        return source.name();
    }
}
