package org.partnercenter.cli.auth;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.http.DebugLog;

/** The three ways to get a token from the identity provider: device code, client credentials, refresh. */
final class SignIns {

    private final String authority;
    private final IdentityProvider provider;
    private final Clock clock;

    SignIns(String authority, DebugLog debug, Clock clock) {
        this.authority = authority;
        this.provider = new IdentityProvider(authority, debug);
        this.clock = clock;
    }

    /** {@code openid offline_access}: without offline_access there is no refresh token, and every hour a new login. */
    static String userScope(String audience) {
        return audience + "/.default openid offline_access";
    }

    static String appScope(String audience) {
        return audience + "/.default";
    }

    CachedToken deviceCode(String tenant, String clientId, String scope, PrintWriter err,
            DeviceCodeFlow.Sleeper sleeper) throws InterruptedException {
        IdentityAnswer answer = new DeviceCodeFlow(provider, err, sleeper, clock).signIn(tenant, clientId, scope);
        return new CachedToken("user", authority, tenant, clientId, null, scope, answer.text("access_token"),
                answer.text("refresh_token"), expiresOn(answer));
    }

    CachedToken clientCredentials(String tenant, String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        form.put("scope", scope);
        IdentityAnswer answer = provider.token(tenant, form);
        if (!answer.ok()) {
            throw new CliFailure(ExitCodes.SIGN_IN_NEEDED, "app-only sign-in refused: " + answer.description());
        }
        return new CachedToken("app", authority, tenant, clientId, secret, scope, answer.text("access_token"), null,
                expiresOn(answer));
    }

    /** A user's refresh token, or an app's secret again; either refused means "sign in again" (exit code 3). */
    CachedToken renew(CachedToken cached) {
        if ("app".equals(cached.kind()) && cached.clientSecret() != null) {
            return clientCredentials(cached.tenant(), cached.clientId(), cached.clientSecret(), cached.scope());
        }
        if (cached.refreshToken() == null) {
            throw CliFailure.signInNeeded("the cached token expired: run partnercenter login");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", cached.clientId());
        form.put("refresh_token", cached.refreshToken());
        form.put("scope", cached.scope());
        IdentityAnswer answer = provider.token(cached.tenant(), form);
        if (!answer.ok()) {
            throw CliFailure.signInNeeded("the sign-in expired (" + answer.description()
                    + "): run partnercenter login");
        }
        return cached.renewed(answer.text("access_token"), answer.text("refresh_token"), expiresOn(answer));
    }

    private long expiresOn(IdentityAnswer answer) {
        return clock.instant().getEpochSecond() + answer.expiresIn();
    }
}
