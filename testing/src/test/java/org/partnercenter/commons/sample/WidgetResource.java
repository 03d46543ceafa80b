package org.partnercenter.commons.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.caller.CallerScopes;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/widgets")
@IdempotentWrite
public class WidgetResource {

    private final WidgetService widgets;
    private final CallerContext callers;
    private final CallerScopes scopes;
    private final PagingConfig paging;

    WidgetResource(WidgetService widgets, CallerContext callers, CallerScopes scopes, PagingConfig paging) {
        this.widgets = widgets;
        this.callers = callers;
        this.scopes = scopes;
        this.paging = paging;
    }

    @POST
    public Response create(@Valid @NotNull WidgetRequest request) {
        Widget widget = widgets.create(callers.caller(), request);
        return Response.created(URI.create("/v1/widgets/" + widget.id)).entity(WidgetView.of(widget)).build();
    }

    @GET
    public ResourceCollection<WidgetView> list(@QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(size, continuation, paging.limits("widgets"));
        return CollectionLinks.collection(uri, widgets.list(scopes.current(), page).map(WidgetView::of));
    }

    @GET
    @Path("/{id}")
    public WidgetView get(@PathParam("id") UUID id) {
        return WidgetView.of(widgets.get(scopes.current(), id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        widgets.delete(scopes.current(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/caller")
    public Caller caller() {
        return callers.caller();
    }

    @GET
    @Path("/failure")
    public WidgetView failure() {
        throw new IllegalStateException("a bug with internal details: password=secret");
    }
}
