package org.partnercenter.gateway.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;
import org.partnercenter.commons.time.WireTimes;

/**
 * {@code GET /v1/auditrecords?startDate=yyyy-MM-dd[&endDate=][&size=]}, as the real API: 30 days by default, and
 * {@code endDate} a day included. A date-time is honoured too, as in every other service's query.
 */
@Path("/v1/auditrecords")
public class AuditRecordResource {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

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
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        Instant to = absent(endDate) ? clock.instant() : WireTimes.endOf("endDate", endDate);
        Instant from = absent(startDate) ? to.minus(DEFAULT_WINDOW) : WireTimes.startOf("startDate", startDate);
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("'startDate' must be on or before 'endDate'.", List.of("startDate"));
        }
        return CollectionLinks.collection(uri, audit.records(callers.caller(), from, to,
                PageRequest.of(size, continuation, paging.limits("audit-records"))).map(AuditRecordView::of));
    }

    /** As in every other service's query, {@code endDate=} is no end date. */
    private static boolean absent(String text) {
        return text == null || text.isBlank();
    }
}
