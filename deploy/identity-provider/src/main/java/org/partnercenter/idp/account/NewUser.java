package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Body of {@code POST /{tenant}/users}; property names in any case, as Microsoft Graph accepts them.
 *
 * @param id optional, development only: the object id to give the user (a GUID), so that tests can mint
 *     tokens whose {@code oid} equals a user of another tenant; a new GUID when absent
 * @param mfa optional: true gives the user an authenticator app, whose secret the answer shows once
 * @param displayName optional: the user's name in ID tokens; the UPN's local part when absent
 */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record NewUser(String userPrincipalName, String password, String id, Boolean mfa, String displayName) {
}
