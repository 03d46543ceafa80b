package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Body of {@code POST /{tenant}/users}; property names in any case, as Microsoft Graph accepts them. */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record NewUser(String userPrincipalName, String password) {
}
