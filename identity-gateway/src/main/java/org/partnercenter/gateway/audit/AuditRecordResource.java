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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;

/** {@code GET /v1/auditrecords?startDate=yyyy-MM-dd[&endDate=][&size=]}, as the real API: 30 days by default. */
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
        Instant to = endDate == null ? clock.instant() : day(endDate, "endDate").plus(Duration.ofDays(1));
        Instant from = startDate == null ? to.minus(DEFAULT_WINDOW) : day(startDate, "startDate");
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("'startDate' must be on or before 'endDate'.", List.of("startDate"));
        }
        return CollectionLinks.collection(uri, audit.records(callers.caller(), from, to,
                PageRequest.of(size, continuation, paging.limits("audit-records"))).map(AuditRecordView::of));
    }

    private static Instant day(String text, String parameter) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + parameter + "' must be a date such as 2026-11-01, got '" + text
                    + "'.", List.of(parameter));
        }
    }
}
