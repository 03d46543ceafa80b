package org.partnercenter.commons.caller;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/** The caller of the current request: what services and resources ask for. */
@RequestScoped
public class CallerContext {

    private final CallerSource source;

    CallerContext(CallerSource source) {
        this.source = source;
    }

    /** The caller; a request without valid credentials is refused with 401. */
    public Caller caller() {
        return current().orElseThrow(() -> new ApiException(401, ErrorCodes.UNAUTHENTICATED,
                "The request has no valid access token. Send a current bearer token in the Authorization header."));
    }

    public Optional<Caller> current() {
        return source.current();
    }
}
