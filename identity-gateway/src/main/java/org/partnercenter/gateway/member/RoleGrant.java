package org.partnercenter.gateway.member;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /v1/users/{id}/roles}: {@code {"id": "admin_agent"}}. */
public record RoleGrant(@NotBlank String id) {
}
