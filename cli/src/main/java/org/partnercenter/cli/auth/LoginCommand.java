package org.partnercenter.cli.auth;

import java.time.Clock;
import java.util.Optional;
import org.partnercenter.cli.CliCommand;
import org.partnercenter.cli.CliEnvironment;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.Endpoints;
import org.partnercenter.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code partnercenter login}: a user by the device code flow (the default, as az login --use-device-code), an
 * application by its secret (app-only), or an access token obtained elsewhere; the result goes to the token cache.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Sign in and keep the token in the user's config folder (owner-only permissions).",
                "Default: the device code flow (open the page it names and enter the code).",
                "App-only: --client-id and --client-secret with --tenant, or PARTNERCENTER_CLIENT_ID, "
                        + "PARTNERCENTER_CLIENT_SECRET and PARTNERCENTER_TENANT.",
                "Or --access-token TOKEN to keep a token obtained elsewhere."})
public final class LoginCommand extends CliCommand {

    @Option(names = "--client-id", paramLabel = "APP_ID",
            description = "The application (client) id. Device code: a public client, default the local stack's "
                    + "cliClientId; app-only: the application's id.")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET",
            description = "The application's secret: signs in app-only (no user).")
    String clientSecret;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment env = env();
        TokenCache cache = new TokenCache(env.configFolder());
        if (global.accessToken != null) {
            cache.write(new CachedToken("token", null, null, null, null, null, global.accessToken, null,
                    JwtExpiry.of(global.accessToken).orElse(null)));
            return done(env, "the access token is kept in " + cache.file());
        }
        Endpoints endpoints = endpoints();
        SignIns signIns = new SignIns(endpoints.requireAuthority(), debug(), Clock.systemUTC());
        Optional<String> secret = Optional.ofNullable(clientSecret).or(() -> env.variable("PARTNERCENTER_CLIENT_SECRET"));
        if (secret.isPresent()) {
            String app = Optional.ofNullable(clientId).or(() -> env.variable("PARTNERCENTER_CLIENT_ID"))
                    .orElseThrow(() -> CliFailure.usage("app-only sign-in needs --client-id (or PARTNERCENTER_CLIENT_ID)"));
            String tenant = Optional.ofNullable(global.tenant).or(() -> env.variable("PARTNERCENTER_TENANT"))
                    .orElseThrow(() -> CliFailure.usage("app-only sign-in needs --tenant (or PARTNERCENTER_TENANT)"));
            cache.write(signIns.clientCredentials(tenant, app, secret.get(), SignIns.appScope(endpoints.audience())));
            return done(env, "signed in as application " + app + " in tenant " + tenant);
        }
        String app = Optional.ofNullable(clientId).or(endpoints::cliClientId)
                .or(() -> env.variable("PARTNERCENTER_CLIENT_ID"))
                .orElseThrow(() -> CliFailure.usage("no client id for the device code sign-in: pass --client-id "
                        + "(a public client app registration) or start ./run-stack, whose stack.json names one"));
        String tenant = Optional.ofNullable(global.tenant).orElse("organizations");
        CachedToken token = signIns.deviceCode(tenant, app, SignIns.userScope(endpoints.audience()), env.err(),
                duration -> Thread.sleep(duration.toMillis()));
        cache.write(token);
        return done(env, "signed in; the token is kept in " + cache.file());
    }

    private static int done(CliEnvironment env, String message) {
        env.err().println(message);
        env.err().flush();
        return ExitCodes.DONE;
    }
}
