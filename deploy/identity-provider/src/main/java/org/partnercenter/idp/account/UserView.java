package org.partnercenter.idp.account;

/** A user as answered: its object id (the {@code oid} of its tokens) and sign-in name. */
public record UserView(String id, String userPrincipalName) {
}
