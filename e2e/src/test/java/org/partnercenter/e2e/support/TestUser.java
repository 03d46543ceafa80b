package org.partnercenter.e2e.support;

import java.util.Map;

/** A user of a tenant in the identity provider, and the tokens it signs in with. */
public final class TestUser {

    private final IdentityProvider provider;
    private final String tenantId;
    private final String objectId;
    private final String userPrincipalName;
    private final String password;
    private String token;

    TestUser(IdentityProvider provider, String tenantId, String objectId, String userPrincipalName, String password) {
        this.provider = provider;
        this.tenantId = tenantId;
        this.objectId = objectId;
        this.userPrincipalName = userPrincipalName;
        this.password = password;
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

    String password() {
        return password;
    }
}
