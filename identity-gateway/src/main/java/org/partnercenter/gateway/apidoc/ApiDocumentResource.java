package org.partnercenter.gateway.apidoc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /openapi}: the whole API's OpenAPI document, which the Swagger UI at /q/swagger-ui shows. */
@Path("/openapi")
@PermitAll
public class ApiDocumentResource {

    private final ApiDocuments documents;

    ApiDocumentResource(ApiDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document() {
        return documents.merged();
    }
}
