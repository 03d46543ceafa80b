package org.partnercenter.gateway.caller;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerSource;

/**
 * The gateway's own endpoints get their caller from the edge, which resolved it from the Azure AD token
 * and the partner directory before routing the request here.
 */
@RequestScoped
public class EdgeCallerSource implements CallerSource {

    public static final String CALLER = "partner-center.caller";

    private final CurrentVertxRequest request;

    EdgeCallerSource(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public Optional<Caller> current() {
        return request.getCurrent() == null ? Optional.empty() : Optional.ofNullable(request.getCurrent().get(CALLER));
    }
}
