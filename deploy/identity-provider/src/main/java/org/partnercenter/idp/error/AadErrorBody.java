package org.partnercenter.idp.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Azure AD's error response, field for field. */
public record AadErrorBody(
        String error,
        @JsonProperty("error_description") String errorDescription,
        @JsonProperty("error_codes") List<Integer> errorCodes,
        String timestamp,
        @JsonProperty("trace_id") String traceId,
        @JsonProperty("correlation_id") String correlationId) {
}
