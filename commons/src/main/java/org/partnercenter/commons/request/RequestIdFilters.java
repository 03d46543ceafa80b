package org.partnercenter.commons.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnercenter.commons.error.ApiException;

/** Assigns the request and correlation ids before routing, and echoes them on every response. */
public class RequestIdFilters {

    /** Clients send GUIDs; anything printable and short is accepted, so no id becomes a log-injection vector. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

    private final RequestIds ids;

    RequestIdFilters(RequestIds ids) {
        this.ids = ids;
    }

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String requestId = request.getHeaderString(RequestIds.REQUEST_ID_HEADER);
        String correlationId = request.getHeaderString(RequestIds.CORRELATION_ID_HEADER);
        boolean fromClient = requestId != null && !requestId.isBlank();
        requestId = fromClient ? requestId.trim() : UUID.randomUUID().toString();
        correlationId = correlationId == null || correlationId.isBlank()
                ? UUID.randomUUID().toString() : correlationId.trim();
        ids.assign(valid(requestId) ? requestId : UUID.randomUUID().toString(),
                valid(correlationId) ? correlationId : UUID.randomUUID().toString(), fromClient && valid(requestId));
        Correlation.set(ids.correlationId(), ids.requestId());
        rejectIfInvalid(RequestIds.REQUEST_ID_HEADER, requestId);
        rejectIfInvalid(RequestIds.CORRELATION_ID_HEADER, correlationId);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (ids.requestId() != null) {
            response.getHeaders().putSingle(RequestIds.REQUEST_ID_HEADER, ids.requestId());
            response.getHeaders().putSingle(RequestIds.CORRELATION_ID_HEADER, ids.correlationId());
        }
    }

    private static boolean valid(String id) {
        return ACCEPTED.matcher(id).matches();
    }

    private static void rejectIfInvalid(String header, String value) {
        if (!valid(value)) {
            throw ApiException.badRequest(header + " must be a GUID (at most 128 letters, digits or -._:+/=).",
                    List.of(header));
        }
    }
}
