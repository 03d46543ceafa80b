package org.partnercenter.support.request;

import static org.partnercenter.commons.input.TextKind.FREE_TEXT;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnercenter.commons.input.Text;

/** {@code POST /v1/servicerequests/{id}/escalate}: why the partner needs the operator's support. */
public record EscalationRequest(@NotBlank @Text(FREE_TEXT) @Size(max = 4000) String reason) {
}
