package org.partnercenter.gateway.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.partnercenter.commons.caller.CallerContext;

/** The invitation link a customer follows to take the caller as its reseller (global admins and admin agents). */
@Path("/v1/customers/relationshiprequests")
public class RelationshipRequestResource {

    private final CallerContext callers;
    private final RelationshipRequests requests;

    RelationshipRequestResource(CallerContext callers, RelationshipRequests requests) {
        this.callers = callers;
        this.requests = requests;
    }

    @GET
    public RelationshipRequestView get(@QueryParam(RelationshipRequests.RESELLER_PARAMETER) String indirectResellerId,
            @QueryParam(RelationshipRequests.PROVIDER_PARAMETER) String indirectProviderId) {
        return requests.link(callers.caller().partnerTenantId(), indirectResellerId, indirectProviderId);
    }
}
