package org.partnercenter.idp.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.partnercenter.idp.error.DeviceCodeErrors;
import org.partnercenter.idp.session.DeviceAuthorization;
import org.partnercenter.idp.session.DeviceCodes;
import org.partnercenter.idp.session.RefreshTokens;
import org.partnercenter.idp.session.SignInSession;

/**
 * {@code grant_type=urn:ietf:params:oauth:grant-type:device_code} (RFC 8628): a public client polls with its
 * device code until the user has approved it, then gets the tokens the authorization code grant would give.
 */
@ApplicationScoped
public class DeviceCodeGrant {

    static final String TYPE = "urn:ietf:params:oauth:grant-type:device_code";

    private final DeviceCodes deviceCodes;
    private final RefreshTokens refreshTokens;
    private final SessionTokens tokens;

    DeviceCodeGrant(DeviceCodes deviceCodes, RefreshTokens refreshTokens, SessionTokens tokens) {
        this.deviceCodes = deviceCodes;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
    }

    /** {@code pinnedTenant} is the token endpoint's tenant, or empty at {@code organizations} and {@code common}. */
    IssuedToken redeem(Optional<String> pinnedTenant, TokenForm form) {
        String deviceCode = form.required("device_code");
        String clientId = form.required("client_id");
        DeviceAuthorization approved = deviceCodes.redeem(deviceCode, clientId);
        SignInSession session = approved.session();
        if (pinnedTenant.filter(tenant -> !tenant.equals(session.tenantId())).isPresent()) {
            throw DeviceCodeErrors.ofAnotherTenant();
        }
        String scope = approved.scope();
        String refreshToken = SessionTokens.asksFor(scope, "offline_access")
                ? refreshTokens.issue(session, scope)
                : null;
        IssuedToken issued = tokens.issue(session, scope, null, refreshToken);
        // A command line that asks for an API only has no use for an ID token; Azure AD sends one for openid.
        return SessionTokens.asksFor(scope, "openid") ? issued : issued.withSignIn(null, refreshToken);
    }
}
