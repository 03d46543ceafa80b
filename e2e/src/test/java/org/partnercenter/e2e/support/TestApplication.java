package org.partnercenter.e2e.support;

/** An app registration of a tenant: an integration that signs in as itself (client credentials). */
public record TestApplication(IdentityProvider provider, String tenantId, String appId, String secret) {

    public String token() {
        return provider.clientCredentialsToken(this);
    }
}
