package org.partnercenter.pricing.ratecard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.pricing.meter.AzureMeters;
import org.partnercenter.pricing.pricelist.PriceListKind;

@Path("/v1/ratecards/azure")
@Produces(MediaType.APPLICATION_JSON)
public class RateCardResource {

    static final String QUERY = " currency (ISO 4217; default: the market's), region (the market, an ISO "
            + "country code), asOf (ours: the prices in force then; default now), X-Locale.";

    private final RateCards rateCards;
    private final RateCardWriter writer;
    private final MeterQueries meters;
    private final CallerContext callers;
    private final PagingConfig paging;
    private final Clock clock;

    RateCardResource(RateCards rateCards, RateCardWriter writer, MeterQueries meters, CallerContext callers,
            PagingConfig paging, Clock clock) {
        this.rateCards = rateCards;
        this.writer = writer;
        this.meters = meters;
        this.callers = callers;
        this.paging = paging;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Get the Azure rate card", description = "The AzureRateCard of the price list in force, "
            + "streamed, with an ETag; If-None-Match with it answers 304." + QUERY)
    public Response rateCard(@QueryParam("currency") String currency, @QueryParam("region") String region,
            @QueryParam("asOf") String asOf, @HeaderParam("X-Locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RateCardEdition edition = edition(currency, region, asOf, locale);
        if (edition.matches(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, edition.etag()).build();
        }
        return Response.ok(writer.write(edition)).header(HttpHeaders.ETAG, edition.etag()).build();
    }

    @GET
    @Path("/meters")
    @Operation(summary = "Find meters of the rate card", description = "Filters (each optional): category and "
            + "meterRegion (exact, any case), name (starts with, any case). Seek paging: size (default 100, max "
            + "1,000) and MS-ContinuationToken." + QUERY)
    public Response meters(@QueryParam("currency") String currency, @QueryParam("region") String region,
            @QueryParam("asOf") String asOf, @HeaderParam("X-Locale") String locale,
            @QueryParam("category") String category, @QueryParam("meterRegion") String meterRegion,
            @QueryParam("name") String name, @QueryParam("size") String size,
            @HeaderParam(PageRequest.CONTINUATION_HEADER) String continuation, @Context UriInfo uri) {
        RateCardEdition edition = edition(currency, region, asOf, locale);
        PageRequest page = PageRequest.of(size, continuation, paging.limits("meters"));
        var found = meters.list(edition.versionId(), new MeterFilter(category, meterRegion, name), page)
                .map(meter -> AzureMeters.resource(meter, edition.exchangeRate()));
        return Response.ok(CollectionLinks.collection(uri, found)).build();
    }

    @GET
    @Path("/meters/{meterId}")
    @Operation(summary = "Get one meter of the rate card", description = "404 if the price list in force has no "
            + "such meter." + QUERY)
    public Response meter(@PathParam("meterId") UUID meterId, @QueryParam("currency") String currency,
            @QueryParam("region") String region, @QueryParam("asOf") String asOf,
            @HeaderParam("X-Locale") String locale) {
        RateCardEdition edition = edition(currency, region, asOf, locale);
        return Response.ok(AzureMeters.resource(rateCards.meter(edition, meterId), edition.exchangeRate())).build();
    }

    private RateCardEdition edition(String currency, String region, String asOf, String locale) {
        return rateCards.edition(callers.caller(), PriceListKind.AZURE,
                () -> RateCardQuery.parse(currency, region, asOf, locale, clock));
    }
}
