package org.partnercenter.commons.request;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;
import org.partnercenter.commons.error.RoutingErrors;

/**
 * The first handler of every request, in every service and the gateway: the request target, headers and body
 * size are checked against {@link RequestLimits} before any route rule, authentication or body reading, and
 * refused in the error shape. A body with a declared length is refused unread; a chunked one is held to the
 * same limit as it arrives (read here up to the default limit, by the gateway's forwarder when it streams on,
 * and by Quarkus REST through {@code io.quarkus.max-request-size} for the large upload families).
 */
@ApplicationScoped
public class RequestGuard {

    private static final String MAX_BODY = "partner-center.max-body";

    private final RequestLimits limits;
    private final BodyLimits bodies;
    private final RoutingErrors errors;

    RequestGuard(RequestLimits limits, BodyLimits bodies, RoutingErrors errors) {
        this.limits = limits;
        this.bodies = bodies;
        this.errors = errors;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::chunkedTooLarge);
        // Quarkus puts its application-wide limit there just before (ROUTE_ORDER_UPLOAD_LIMIT); the family's wins.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limitStreamedBody);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long maxBody;
        try {
            checkUri(request.uri());
            checkHeaderSize(request);
            TextInAddress.checkPath(request.path());
            TextInAddress.checkQuery(request.query(), limits.maxQueryParameters(), limits.maxQueryValueLength());
            checkSyntax(request.uri());
            maxBody = bodies.maxBody(request);
            checkDeclaredLength(request, maxBody);
        } catch (ApiException refusal) {
            errors.send(context, refusal);
            return;
        }
        context.put(MAX_BODY, maxBody);
        if (isChunked(request) && maxBody <= limits.maxBody().asLongValue() && !bodies.streamsOn(request)) {
            // Small enough to hold: read it now, so that going over the limit is answered here, in our shape.
            BodyHandler.create(false).setBodyLimit(maxBody).handle(context);
        } else {
            context.next();
        }
    }

    private void chunkedTooLarge(RoutingContext context) {
        Long maxBody = context.get(MAX_BODY);
        if (context.statusCode() == 413 && maxBody != null) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            errors.send(context, tooLarge(maxBody));
        } else {
            context.next();
        }
    }

    private void limitStreamedBody(RoutingContext context) {
        Long maxBody = context.get(MAX_BODY);
        if (maxBody != null && isChunked(context.request())) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBody);
        }
        context.next();
    }

    private void checkUri(String uri) {
        if (uri.length() > limits.maxUriLength()) {
            throw new ApiException(414, ErrorCodes.URI_TOO_LONG, "The request URI has " + uri.length()
                    + " characters; at most " + limits.maxUriLength() + " are accepted. Shorten the query.");
        }
    }

    /**
     * Quarkus refuses a URI that {@link URI} cannot parse before any router runs, with an empty 400, unless the
     * JVM runs with {@code -Dvertx.disableURIValidation=true} (README): then this answers it in our shape.
     */
    private static void checkSyntax(String uri) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("The request URI has a character that must be percent-encoded (as %XX) "
                    + "at position " + (e.getIndex() + 1) + ".", List.of("path"));
        }
    }

    private void checkHeaderSize(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (bytes > limits.maxHeaderBytes()) {
            throw new ApiException(431, ErrorCodes.HEADERS_TOO_LARGE, "The request headers take " + bytes
                    + " bytes; at most " + limits.maxHeaderBytes() + " are accepted. Send fewer or shorter headers.");
        }
    }

    private static void checkDeclaredLength(HttpServerRequest request, long maxBody) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parsedOrZero(declared) > maxBody) {
            // The body is never read: close the connection rather than drain it.
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            throw tooLarge(maxBody);
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The 413 answer, also for a chunked body found too large while it streams. */
    public static ApiException tooLarge(long maxBody) {
        return new ApiException(413, ErrorCodes.PAYLOAD_TOO_LARGE, "The request body is larger than the "
                + maxBody + " bytes (" + (maxBody >> 10) + " KiB) this route accepts. Send a smaller body, or "
                + "split the upload into several requests.");
    }

    private static long parsedOrZero(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
