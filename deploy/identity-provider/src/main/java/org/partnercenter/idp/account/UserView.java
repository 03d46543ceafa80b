package org.partnercenter.idp.account;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user as answered: its object id (the {@code oid} of its tokens), sign-in name and display name.
 * {@code totpSecret} is present only in the answer to the creation of a user with MFA, as an
 * authenticator app's QR code is shown once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(String id, String userPrincipalName, String displayName, String totpSecret) {
}
