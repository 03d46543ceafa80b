package org.partnercenter.commons.caller;

import java.util.Optional;

/**
 * Where the caller of a request comes from. Services read the gateway's internal token
 * ({@link InternalTokenCallerSource}); the gateway itself resolves callers from Azure AD tokens and its own
 * directory and provides its own source.
 */
public interface CallerSource {

    /** The verified caller of the current request, or empty when it carries no valid credentials. */
    Optional<Caller> current();
}
