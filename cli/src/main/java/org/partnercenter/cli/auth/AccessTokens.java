package org.partnercenter.cli.auth;

import java.time.Clock;
import java.util.Optional;
import org.partnercenter.cli.CliEnvironment;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.Endpoints;
import org.partnercenter.cli.GlobalOptions;
import org.partnercenter.cli.http.DebugLog;

/**
 * The access token a command calls the API with: --access-token as given; else the cached sign-in, renewed when
 * it has expired; else an app-only token from PARTNERCENTER_CLIENT_ID/_SECRET/_TENANT (CI jobs need no login
 * step); else exit code 3.
 */
public final class AccessTokens {

    private final GlobalOptions options;
    private final CliEnvironment env;
    private final Endpoints endpoints;
    private final DebugLog debug;
    private final Clock clock;
    private String current;

    public AccessTokens(GlobalOptions options, CliEnvironment env, Endpoints endpoints, DebugLog debug, Clock clock) {
        this.options = options;
        this.env = env;
        this.endpoints = endpoints;
        this.debug = debug;
        this.clock = clock;
    }

    /** Looked up once per invocation, on the first call that needs it. */
    public synchronized String current() {
        if (current == null) {
            current = lookUp();
        }
        return current;
    }

    private String lookUp() {
        if (options.accessToken != null) {
            return options.accessToken;
        }
        TokenCache cache = new TokenCache(env.configFolder());
        Optional<CachedToken> cached = cache.read();
        if (cached.isPresent()) {
            if (!cached.get().expiredAt(clock.instant())) {
                return cached.get().accessToken();
            }
            if ("token".equals(cached.get().kind())) {
                throw CliFailure.signInNeeded("the access token given to login has expired: run partnercenter login");
            }
            debug.line("the cached token has expired: renewing it");
            CachedToken renewed = new SignIns(cached.get().authority(), debug, clock).renew(cached.get());
            cache.write(renewed);
            return renewed.accessToken();
        }
        Optional<String> clientId = env.variable("PARTNERCENTER_CLIENT_ID");
        Optional<String> secret = env.variable("PARTNERCENTER_CLIENT_SECRET");
        Optional<String> tenant = Optional.ofNullable(options.tenant).or(() -> env.variable("PARTNERCENTER_TENANT"));
        if (clientId.isPresent() && secret.isPresent() && tenant.isPresent()) {
            return new SignIns(endpoints.requireAuthority(), debug, clock).clientCredentials(tenant.get(),
                    clientId.get(), secret.get(), SignIns.appScope(endpoints.audience())).accessToken();
        }
        throw CliFailure.signInNeeded("not signed in: run partnercenter login (or pass --access-token)");
    }
}
