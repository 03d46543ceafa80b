package org.partnercenter.idp.token;

import java.time.Duration;
import java.util.Locale;
import org.partnercenter.idp.error.AadErrors;

/**
 * Form fields that Azure AD does not have, so that the gateway's checks can be tested:
 * {@code mfa=false} leaves {@code mfa} out of {@code amr}; {@code lifetime_seconds=N} sets the
 * lifetime, and a negative N mints a token that expired N seconds ago.
 */
public record DevelopmentOptions(boolean mfa, Duration lifetime) {

    static DevelopmentOptions from(TokenForm form, Duration defaultLifetime) {
        boolean mfa = form.optional("mfa").map(DevelopmentOptions::parseBoolean).orElse(true);
        Duration lifetime = form.optional("lifetime_seconds")
                .map(DevelopmentOptions::parseSeconds)
                .orElse(defaultLifetime);
        return new DevelopmentOptions(mfa, lifetime);
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw AadErrors.invalidDevelopmentField("mfa", value, "true or false");
        };
    }

    private static Duration parseSeconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            throw AadErrors.invalidDevelopmentField("lifetime_seconds", value, "a whole number of seconds");
        }
    }
}
