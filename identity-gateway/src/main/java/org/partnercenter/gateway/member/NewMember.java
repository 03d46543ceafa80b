package org.partnercenter.gateway.member;

import jakarta.validation.constraints.NotBlank;

/**
 * Adds a user ({@code id} = Azure AD object id, {@code userPrincipalName}) or an application ({@code id} =
 * app id, {@code displayName}) to the caller's partner organisation.
 */
public record NewMember(@NotBlank String id, String userPrincipalName, String displayName) {

    String name() {
        return userPrincipalName != null && !userPrincipalName.isBlank() ? userPrincipalName
                : displayName != null && !displayName.isBlank() ? displayName : id;
    }
}
