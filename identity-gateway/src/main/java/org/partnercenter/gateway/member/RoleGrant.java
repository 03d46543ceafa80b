package org.partnercenter.gateway.member;

import static org.partnercenter.commons.input.TextKind.IDENTIFIER;

import jakarta.validation.constraints.NotBlank;
import org.partnercenter.commons.input.Text;

/** {@code POST /v1/users/{id}/roles}: {@code {"id": "admin_agent"}}. */
public record RoleGrant(@NotBlank @Text(IDENTIFIER) String id) {
}
