package org.partnercenter.idp.token;

import java.time.Duration;
import java.util.Locale;
import org.partnercenter.idp.error.AadErrors;

/**
 * Form fields that Azure AD does not have, so that the gateway's checks can be tested:
 * {@code mfa=false} leaves {@code mfa} out of {@code amr}; {@code lifetime_seconds=N} sets the
 * lifetime, and a negative N mints a token that expired N seconds ago; {@code not_before_seconds=N}
 * mints a token that becomes valid N seconds from now (its lifetime counted from then).
 */
public record DevelopmentOptions(boolean mfa, Duration lifetime, Duration notBeforeDelay) {

    static DevelopmentOptions from(TokenForm form, Duration defaultLifetime) {
        boolean mfa = form.optional("mfa").map(DevelopmentOptions::parseBoolean).orElse(true);
        Duration lifetime = form.optional("lifetime_seconds")
                .map(value -> parseSeconds("lifetime_seconds", value))
                .orElse(defaultLifetime);
        Duration notBeforeDelay = form.optional("not_before_seconds")
                .map(value -> parseSeconds("not_before_seconds", value))
                .orElse(Duration.ZERO);
        if (notBeforeDelay.isNegative()) {
            throw AadErrors.invalidDevelopmentField("not_before_seconds", form.optional("not_before_seconds")
                    .orElseThrow(), "a whole number of seconds, zero or more");
        }
        return new DevelopmentOptions(mfa, lifetime, notBeforeDelay);
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw AadErrors.invalidDevelopmentField("mfa", value, "true or false");
        };
    }

    private static Duration parseSeconds(String field, String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            throw AadErrors.invalidDevelopmentField(field, value, "a whole number of seconds");
        }
    }
}
