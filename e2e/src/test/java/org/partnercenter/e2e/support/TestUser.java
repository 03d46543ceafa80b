package org.partnercenter.e2e.support;

import java.util.Map;

/** A user of a tenant in the identity provider, and the tokens it signs in with. */
public final class TestUser {

    private final IdentityProvider provider;
    private final String tenantId;
    private final String objectId;
    private final String userPrincipalName;
    private final String password;
    private final String totpSecret;
    private String token;

    TestUser(IdentityProvider provider, String tenantId, String objectId, String userPrincipalName, String password,
            String totpSecret) {
        this.provider = provider;
        this.tenantId = tenantId;
        this.objectId = objectId;
        this.userPrincipalName = userPrincipalName;
        this.password = password;
        this.totpSecret = totpSecret;
    }

    /** An app+user token with MFA, as the provider's password grant answers by default; one per user, for an hour. */
    public synchronized String token() {
        if (token == null) {
            token = provider.passwordToken(this, Map.of());
        }
        return token;
    }

    /** A new token with the provider's development options, e.g. {@code mfa=false} or {@code lifetime_seconds=-60}. */
    public String token(Map<String, String> developmentOptions) {
        return provider.passwordToken(this, developmentOptions);
    }

    public String tenantId() {
        return tenantId;
    }

    public String objectId() {
        return objectId;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    /** What the user types on the identity provider's sign-in page (the browser tests do). */
    public String password() {
        return password;
    }

    /** The base32 secret of the user's authenticator app; null for a user without MFA. */
    public String totpSecret() {
        return totpSecret;
    }
}
