package org.partnercenter.commons.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercenter.commons.sql.DatabaseOutages;

/**
 * Maps every failure to the {@link ApiError} shape: no request ever answers a stack trace or an HTML page.
 * The most specific mapper wins, so the catch-all for {@link Throwable} only sees true surprises.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);
    /** How long a client waits before retrying while the database is out of reach: a restart takes seconds. */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

    private final ErrorResponses responses;

    ExceptionMappers(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return responses.of(e);
    }

    /**
     * Another request changed the row since this one read it (both sent the same etag, and the other committed
     * first): the same answer as a stale {@code If-Match}, since that is what this request's etag now is.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostUpdate() {
        return responses.of(ApiException.staleEtag());
    }

    /** A request body that is not JSON is the client's problem; a response we cannot write is our bug. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (!JsonInputErrors.isInputError(e)) {
            return unexpected(e);
        }
        return responses.of(JsonInputErrors.describe(e));
    }

    /** Quarkus maps this one itself, with a shape of its own; the more specific type makes ours win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return responses.of(JsonInputErrors.describe(e));
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        return responses.of(ValidationErrors.describe(e.getConstraintViolations()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return responses.of(new ApiException(401, ErrorCodes.UNAUTHENTICATED,
                "The request has no valid access token. Send a current bearer token in the Authorization header."));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return responses.of(ApiException.roleNotAllowed());
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response original = e.getResponse();
        Response response = responses.of(HttpErrors.describe(original, uri));
        if (original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", original.getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (LostUpdates.isLostUpdate(e)) {
            return lostUpdate();
        }
        if (DatabaseOutages.isOutage(e)) {
            return databaseOutage(e);
        }
        Object correlationId = MDC.get("correlationId");
        LOG.error("Unexpected failure", e);
        return responses.of(new ApiException(500, ErrorCodes.INTERNAL,
                "An unexpected error occurred. Retry with the same MS-RequestId; if it persists, report the "
                        + "MS-CorrelationId " + correlationId + ".",
                java.util.List.of("correlationId: " + correlationId)));
    }

    /**
     * The database is out of reach. A write may or may not have committed (the connection can break during the
     * commit), so the answer sends the client back with the same MS-RequestId, on which writes are idempotent.
     * Logged without a stack trace: it is no bug of ours.
     */
    private Response databaseOutage(Throwable e) {
        LOG.warnf("Answered 503: the database is out of reach (%s)", e.toString());
        Response response = responses.of(new ApiException(503, ErrorCodes.SERVICE_UNAVAILABLE,
                "The service cannot reach its database right now. Retry after the number of seconds in "
                        + "Retry-After with the same MS-RequestId: a write that went through is not made twice."));
        return Response.fromResponse(response).header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS).build();
    }
}
