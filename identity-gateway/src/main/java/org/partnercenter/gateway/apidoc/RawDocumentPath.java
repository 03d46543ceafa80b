package org.partnercenter.gateway.apidoc;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.gateway.routing.EdgeResponses;

/**
 * {@code /q/openapi} on the public port. The gateway keeps Quarkus' OpenAPI endpoint there, because the Swagger
 * UI is served wherever that endpoint is, but switched off: the one document is {@code /openapi}. Switched off,
 * Quarkus answers a bare 404; this answers it in the error shape, before Quarkus' handler runs.
 */
@ApplicationScoped
class RawDocumentPath {

    private final EdgeResponses responses;

    RawDocumentPath(EdgeResponses responses) {
        this.responses = responses;
    }

    void install(@Observes Router router) {
        router.route("/q/openapi*").order(-1).handler(context -> responses.send(context, ApiException.notFound(
                "No resource exists at " + context.normalizedPath() + ". The API's OpenAPI document is /openapi.")));
    }
}
