package org.partnercenter.cli.auth;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;

/**
 * The device authorization grant (RFC 8628) as az login --use-device-code runs it: the message goes to stderr (so
 * that stdout stays clean for scripts), then the token endpoint is polled every {@code interval} seconds, five
 * seconds more after each slow_down, until the user approves, declines or the code expires.
 */
final class DeviceCodeFlow {

    static final String GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    /** Waits between polls; tests replace it to skip the waiting. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final IdentityProvider provider;
    private final PrintWriter err;
    private final Sleeper sleeper;
    private final Clock clock;

    DeviceCodeFlow(IdentityProvider provider, PrintWriter err, Sleeper sleeper, Clock clock) {
        this.provider = provider;
        this.err = err;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    IdentityAnswer signIn(String tenant, String clientId, String scope) throws InterruptedException {
        IdentityAnswer code = provider.deviceCode(tenant, Map.of("client_id", clientId, "scope", scope));
        if (!code.ok()) {
            throw new CliFailure(ExitCodes.REFUSED, "the identity provider refused the device code: "
                    + code.description());
        }
        err.println(code.text("message"));
        err.flush();
        Duration interval = Duration.ofSeconds(code.json().path("interval").asLong(5));
        long deadline = clock.millis() + code.json().path("expires_in").asLong(900) * 1000;
        Map<String, String> poll = Map.of("grant_type", GRANT, "client_id", clientId,
                "device_code", code.text("device_code"));
        while (clock.millis() < deadline) {
            sleeper.sleep(interval);
            IdentityAnswer answer = provider.token(tenant, poll);
            if (answer.ok()) {
                return answer;
            }
            switch (answer.error()) {
                case "authorization_pending" -> { }
                case "slow_down" -> interval = interval.plusSeconds(5);
                case "authorization_declined", "access_denied" ->
                        throw CliFailure.signInNeeded("sign-in declined on the device login page");
                case "expired_token" -> throw CliFailure.signInNeeded("the code expired: run partnercenter login again");
                default -> throw new CliFailure(ExitCodes.SIGN_IN_NEEDED, "sign-in failed: " + answer.description());
            }
        }
        throw CliFailure.signInNeeded("the code expired: run partnercenter login again");
    }
}
