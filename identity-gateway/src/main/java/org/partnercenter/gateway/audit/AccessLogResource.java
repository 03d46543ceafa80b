package org.partnercenter.gateway.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceCollection;

/**
 * {@code GET /v1/accesslog?startDate=&endDate=&partnerTenantId=&size=}: every request the gateway served, reads and
 * refusals included, oldest first, seek-paged; the operator's (the route table lets no partner in). The period reads
 * as {@code /v1/auditrecords}'s.
 */
@Path("/v1/accesslog")
public class AccessLogResource {

    private static final Pattern GUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private final AuditService audit;
    private final CallerContext callers;
    private final Clock clock;
    private final PagingConfig paging;

    AccessLogResource(AuditService audit, CallerContext callers, Clock clock, PagingConfig paging) {
        this.audit = audit;
        this.callers = callers;
        this.clock = clock;
        this.paging = paging;
    }

    @GET
    public ResourceCollection<AccessLogEntryView> list(@QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate, @QueryParam("partnerTenantId") String partnerTenantId,
            @QueryParam("size") String size, @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation,
            @Context UriInfo uri) {
        AuditWindow window = AuditWindow.of(startDate, endDate, clock);
        return CollectionLinks.collection(uri, audit.accesses(callers.caller(), window, partner(partnerTenantId),
                PageRequest.of(size, continuation, paging.limits("audit-records"))).map(AccessLogEntryView::of));
    }

    private static Optional<UUID> partner(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!GUID.matcher(text.strip()).matches()) {
            throw ApiException.badRequest("partnerTenantId: '" + Excerpt.of(text) + "' is not a GUID such as "
                    + "11111111-2222-3333-4444-555555555555: send a partner's tenant id, or none for every partner.",
                    List.of("partnerTenantId"));
        }
        return Optional.of(UUID.fromString(text.strip()));
    }
}
