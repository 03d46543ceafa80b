package org.partnercenter.support.topic;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.request.Body;
import org.partnercenter.commons.request.IdempotentWrite;

@Path("/v1/servicerequests/supporttopics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IdempotentWrite
public class SupportTopicResource {

    private final SupportTopics topics;
    private final CallerContext callers;

    SupportTopicResource(SupportTopics topics, CallerContext callers) {
        this.topics = topics;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List support topics", description = "The default set and the operator's additions, "
            + "whole (the catalogue is small).")
    public Response list(@Context UriInfo uri) {
        var page = new Page<>(topics.all(callers.caller()), Optional.empty()).map(SupportTopicView::of);
        return Response.ok(CollectionLinks.collection(uri, page)).build();
    }

    @POST
    @Operation(summary = "Add a support topic (operator_support)", description = "Answers 201 with the topic; "
            + "409 if the name is taken.")
    @RequestBodySchema(SupportTopicRequest.class)
    public Response add(Body<SupportTopicRequest> request) {
        SupportTopic topic = topics.add(callers.caller(), request);
        return Response.created(URI.create("/v1/servicerequests/supporttopics"))
                .entity(SupportTopicView.of(topic)).build();
    }
}
