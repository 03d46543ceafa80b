package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnercenter.idp.config.IdpConfig;
import org.partnercenter.idp.directory.DirectoryStore;
import org.partnercenter.idp.directory.Tenant;
import org.partnercenter.idp.directory.Tenants;
import org.partnercenter.idp.error.AadErrors;

/** The token endpoints' logic: which tenant, which grant, which API, then one signed token. */
@ApplicationScoped
public class TokenService {

    private static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final String PASSWORD = "password";

    private final Tenants tenants;
    private final DirectoryStore store;
    private final ClientCredentialsGrant clientCredentials;
    private final PasswordGrant passwords;
    private final AccessTokenMinter minter;
    private final IdpConfig config;

    TokenService(Tenants tenants, DirectoryStore store, ClientCredentialsGrant clientCredentials,
                 PasswordGrant passwords, AccessTokenMinter minter, IdpConfig config) {
        this.tenants = tenants;
        this.store = store;
        this.clientCredentials = clientCredentials;
        this.passwords = passwords;
        this.minter = minter;
        this.config = config;
    }

    public IssuedToken issue(TokenFormat format, String tenantSegment, TokenForm form) {
        String tenantId = tenants.requireExisting(tenantSegment);
        Tenant tenant = store.current().tenant(tenantId).orElseThrow(() -> AadErrors.invalidTenant(tenantSegment));
        String grantType = form.required("grant_type");
        if (!CLIENT_CREDENTIALS.equals(grantType) && !PASSWORD.equals(grantType)) {
            throw AadErrors.unsupportedGrantType(grantType);
        }
        RequestedResource resource = format == TokenFormat.V2
                ? RequestedResource.fromScope(form.required("scope"))
                : RequestedResource.fromResource(form.required("resource"));
        Grant grant = PASSWORD.equals(grantType)
                ? passwords.authorize(tenantId, tenant, resource, form)
                : clientCredentials.authorize(tenantId, tenant, resource, form);
        return minter.mint(format, grant, DevelopmentOptions.from(form, config.tokenLifetime()));
    }
}
