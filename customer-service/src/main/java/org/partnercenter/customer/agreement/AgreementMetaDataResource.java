package org.partnercenter.customer.agreement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.Page;

@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementMetaDataResource {

    private final AgreementDetails details;
    private final CallerContext callers;

    AgreementMetaDataResource(AgreementDetails details, CallerContext callers) {
        this.details = details;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List agreement templates", description = "agreementType=MicrosoftCustomerAgreement (or "
            + "MicrosoftCloudAgreement); * or none lists every template. Attest a customer's acceptance with a "
            + "template's templateId.")
    public Response list(@QueryParam("agreementType") String agreementType, @Context UriInfo uri) {
        var found = details.list(callers.caller(), agreementType);
        return Response.ok(CollectionLinks.collection(uri, new Page<>(found, Optional.empty()))).build();
    }
}
