package org.partnercenter.billing.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answers about operations, one way for every kind: the 202 that starts one (Location: /v1/operations/{id},
 * as the real async exports answer) and the read of one, both with Retry-After while it runs.
 */
@ApplicationScoped
public class OperationAnswers {

    static final String RETRY_AFTER = "Retry-After";

    private final OperationsConfig config;

    OperationAnswers(OperationsConfig config) {
        this.config = config;
    }

    /** The answer to a request that started {@code operation}: 202, its Location, and the operation itself. */
    public Response accepted(Operation operation) {
        OperationView view = OperationView.of(operation);
        return withRetryAfter(Response.accepted(view), view).location(URI.create(location(view.id()))).build();
    }

    Response read(OperationView view) {
        return withRetryAfter(Response.ok(view), view).build();
    }

    static String location(String id) {
        return "/v1/operations/" + id;
    }

    private Response.ResponseBuilder withRetryAfter(Response.ResponseBuilder answer, OperationView view) {
        if (OperationStatus.RUNNING.wireName().equals(view.status())) {
            answer.header(RETRY_AFTER, Math.max(1, config.retryAfter().toSeconds()));
        }
        return answer;
    }
}
