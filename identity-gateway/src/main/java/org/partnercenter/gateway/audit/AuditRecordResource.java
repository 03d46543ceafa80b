package org.partnercenter.gateway.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;
import org.partnercenter.commons.query.SearchFilter;

/**
 * {@code GET /v1/auditrecords?startDate=yyyy-MM-dd[&endDate=][&size=][&filter=]}, as the real API: the changes made
 * in a period (reads are in the operator's {@code /v1/accesslog}), 30 days by default, {@code endDate} a day included,
 * the dates in the SDKs' forms too (AuditWindow); the SDKs' filter by company name, customer id or resource type.
 */
@Path("/v1/auditrecords")
public class AuditRecordResource {

    private final AuditService audit;
    private final CallerContext callers;
    private final Clock clock;
    private final PagingConfig paging;

    AuditRecordResource(AuditService audit, CallerContext callers, Clock clock, PagingConfig paging) {
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
        this.paging = paging;
    }

    @GET
    public ResourceCollection<AuditRecordView> list(@QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate, @QueryParam("size") String size,
            @QueryParam(SearchFilter.PARAMETER) String filter,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @QueryParam(PageRequest.CONTINUATION_HEADER) String continuationParameter, @Context UriInfo uri) {
        AuditWindow window = AuditWindow.of(startDate, endDate, clock);
        // The Java SDK's audit query (alone of its seek queries) sends the token as a query parameter.
        String token = continuation != null ? continuation : continuationParameter;
        return CollectionLinks.collection(uri, audit.changes(callers.caller(), window,
                SearchFilter.parse(filter, AuditSearchField.class, AuditSearchField.OPERATORS),
                PageRequest.of(size, token, paging.limits("audit-records"))));
    }
}
