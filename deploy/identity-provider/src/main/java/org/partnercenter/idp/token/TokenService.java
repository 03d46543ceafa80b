package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
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
    private static final String AUTHORIZATION_CODE = "authorization_code";
    private static final String REFRESH_TOKEN = "refresh_token";

    private final Tenants tenants;
    private final DirectoryStore store;
    private final ClientCredentialsGrant clientCredentials;
    private final PasswordGrant passwords;
    private final AuthorizationCodeGrant codes;
    private final RefreshTokenGrant refreshTokens;
    private final DeviceCodeGrant deviceCodes;
    private final AccessTokenMinter minter;
    private final IdpConfig config;

    TokenService(Tenants tenants, DirectoryStore store, ClientCredentialsGrant clientCredentials,
                 PasswordGrant passwords, AuthorizationCodeGrant codes, RefreshTokenGrant refreshTokens,
                 DeviceCodeGrant deviceCodes, AccessTokenMinter minter, IdpConfig config) {
        this.tenants = tenants;
        this.store = store;
        this.clientCredentials = clientCredentials;
        this.passwords = passwords;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.deviceCodes = deviceCodes;
        this.minter = minter;
        this.config = config;
    }

    public IssuedToken issue(TokenFormat format, String tenantSegment, TokenForm form) {
        Optional<String> grantType = form.optional("grant_type");
        // An interactive sign-in's code, refresh token or device code knows its user's tenant: these grants
        // also work at organizations and common, as for an SPA or a command line signed in there.
        if (format == TokenFormat.V2 && grantType.filter(type -> type.equals(AUTHORIZATION_CODE)).isPresent()) {
            return codes.redeem(tenants.signInTenant(tenantSegment), form);
        }
        if (format == TokenFormat.V2 && grantType.filter(type -> type.equals(REFRESH_TOKEN)).isPresent()) {
            return refreshTokens.redeem(tenants.signInTenant(tenantSegment), form);
        }
        if (format == TokenFormat.V2 && grantType.filter(type -> type.equals(DeviceCodeGrant.TYPE)).isPresent()) {
            return deviceCodes.redeem(tenants.signInTenant(tenantSegment), form);
        }
        String tenantId = tenants.requireExisting(tenantSegment);
        Tenant tenant = store.current().tenant(tenantId).orElseThrow(() -> AadErrors.invalidTenant(tenantSegment));
        String type = form.required("grant_type");
        if (!CLIENT_CREDENTIALS.equals(type) && !PASSWORD.equals(type)) {
            throw AadErrors.unsupportedGrantType(type);
        }
        RequestedResource resource = format == TokenFormat.V2
                ? RequestedResource.fromScope(form.required("scope"))
                : RequestedResource.fromResource(form.required("resource"));
        Grant grant = PASSWORD.equals(type)
                ? passwords.authorize(tenantId, tenant, resource, form)
                : clientCredentials.authorize(tenantId, tenant, resource, form);
        return minter.mint(format, grant, DevelopmentOptions.from(form, config.tokenLifetime()));
    }
}
