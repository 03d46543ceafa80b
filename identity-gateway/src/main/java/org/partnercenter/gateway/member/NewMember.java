package org.partnercenter.gateway.member;

import static org.partnercenter.commons.input.TextKind.GUID;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.PRINCIPAL_NAME;

import jakarta.validation.constraints.NotBlank;
import org.partnercenter.commons.input.Text;

/**
 * Adds a user ({@code id} = Azure AD object id, {@code userPrincipalName}) or an application ({@code id} =
 * app id, {@code displayName}) to the caller's partner organisation. Both ids are GUIDs, as Azure AD mints them.
 */
public record NewMember(@NotBlank @Text(GUID) String id, @Text(PRINCIPAL_NAME) String userPrincipalName,
        @Text(NAME) String displayName) {

    String name() {
        return userPrincipalName != null && !userPrincipalName.isBlank() ? userPrincipalName
                : displayName != null && !displayName.isBlank() ? displayName : id;
    }
}
