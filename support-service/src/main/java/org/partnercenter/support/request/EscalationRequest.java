package org.partnercenter.support.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/servicerequests/{id}/escalate}: why the partner needs the operator's support. */
public record EscalationRequest(@NotBlank @Size(max = 4000) String reason) {
}
