package org.partnercenter.idp.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Turns an {@link AadException} into the response Azure AD would send, trace and correlation ids included. */
@ApplicationScoped
public class AadErrorResponses {

    // Azure AD writes its timestamps this way, in UTC, both in the field and in the description.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    AadErrorResponses(Clock clock) {
        this.clock = clock;
    }

    /** {@code clientRequestId} is the caller's {@code client-request-id} header: Azure AD echoes it as the correlation id. */
    public Response toResponse(AadException failure, String clientRequestId) {
        String traceId = UUID.randomUUID().toString();
        String correlationId = isUuid(clientRequestId) ? clientRequestId : UUID.randomUUID().toString();
        String timestamp = TIMESTAMP.format(clock.instant());
        Integer code = failure.aadstsCode();
        String description = (code == null ? "" : "AADSTS" + code + ": ") + failure.getMessage()
                + "\r\nTrace ID: " + traceId + "\r\nCorrelation ID: " + correlationId + "\r\nTimestamp: " + timestamp;
        AadErrorBody body = new AadErrorBody(failure.error(), description,
                code == null ? List.of() : List.of(code), timestamp, traceId, correlationId);
        return Response.status(failure.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("client-request-id", correlationId)
                .entity(body)
                .build();
    }

    private static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }
}
