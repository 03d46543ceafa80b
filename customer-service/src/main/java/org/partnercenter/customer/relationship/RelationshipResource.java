package org.partnercenter.customer.relationship;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceCollection;

@Path("/v1/relationships")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private static final String TYPE = "relationship_type";

    private final RelationshipService relationships;
    private final CallerContext callers;

    RelationshipResource(RelationshipService relationships, CallerContext callers) {
        this.relationships = relationships;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the caller's reseller relationships", description = "relationship_type="
            + "IsIndirectCloudSolutionProviderOf lists a provider's resellers; IsIndirectResellerOf a reseller's providers.")
    public Response list(@QueryParam(TYPE) String type, @Context UriInfo uri) {
        if (type == null || type.isBlank()) {
            throw ApiException.badRequest("'" + TYPE + "' is required: IsIndirectCloudSolutionProviderOf or "
                    + "IsIndirectResellerOf.", List.of(TYPE));
        }
        var found = relationships.ofCaller(callers.caller(), WireEnums.parse(PartnerRelationshipType.class, TYPE, type));
        String self = CollectionLinks.relativePath(uri.getPath()) + "?" + TYPE + "=" + type;
        return Response.ok(ResourceCollection.of(found, Links.self(self))).build();
    }
}
