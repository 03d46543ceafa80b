package org.partnercenter.pricing.ratecard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.pricing.pricelist.PriceListKind;

/** The shared-services rate card: the Azure card's shape, from the operator's price lists of kind {@code shared}. */
@Path("/v1/ratecards/azure-shared")
@Produces(MediaType.APPLICATION_JSON)
public class SharedRateCardResource {

    private final RateCards rateCards;
    private final RateCardWriter writer;
    private final CallerContext callers;
    private final Clock clock;

    SharedRateCardResource(RateCards rateCards, RateCardWriter writer, CallerContext callers, Clock clock) {
        this.rateCards = rateCards;
        this.writer = writer;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Get the shared-services rate card", description = "The AzureRateCard of the shared price "
            + "list in force (POST /v1/pricelists?kind=shared), streamed, with an ETag; If-None-Match with it answers "
            + "304." + RateCardResource.QUERY)
    public Response rateCard(@QueryParam("currency") String currency, @QueryParam("region") String region,
            @QueryParam("asOf") String asOf, @HeaderParam("X-Locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RateCardEdition edition = rateCards.edition(callers.caller(), PriceListKind.SHARED,
                () -> RateCardQuery.parse(currency, region, asOf, locale, clock));
        if (edition.matches(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, edition.etag()).build();
        }
        return Response.ok(writer.write(edition)).header(HttpHeaders.ETAG, edition.etag()).build();
    }
}
