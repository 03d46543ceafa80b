package org.partnercenter.support.request;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.support.timeline.Timeline;
import org.partnercenter.support.timeline.TimelineEntryView;

@Path("/v1/servicerequests/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRequestTimelineResource {

    private final ServiceRequestQueries queries;
    private final Timeline timeline;
    private final CallerContext callers;
    private final PagingConfig paging;

    ServiceRequestTimelineResource(ServiceRequestQueries queries, Timeline timeline, CallerContext callers,
            PagingConfig paging) {
        this.queries = queries;
        this.timeline = timeline;
        this.callers = callers;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "A service request's timeline", description = "Every change, oldest first: who "
            + "(partner or operator side), what, when. Seek paging.")
    public Response list(@PathParam("id") String id, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        ServiceRequest r = queries.get(callers.caller(), id);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("timeline"));
        return Response.ok(CollectionLinks.collection(uri, timeline.page(r.id, page).map(TimelineEntryView::of)))
                .build();
    }
}
