package org.partnercenter.pricing.offer;

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
import org.partnercenter.pricing.catalog.CatalogueCollections;

@Path("/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    static final String MARKET = " country (required): the two-letter market code; locale or X-Locale: the language "
            + "(the text is English).";

    private final OfferCatalog offers;
    private final CallerContext callers;

    OfferResource(OfferCatalog offers, CallerContext callers) {
        this.offers = offers;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the offers sold in a market", description = "The legacy catalogue: Microsoft Azure "
            + "(MS-AZR-0145P), usage-based. The Azure plan is a product: GET /v1/products." + MARKET)
    public Response list(@QueryParam("country") String country, @QueryParam("locale") String locale,
            @HeaderParam("X-Locale") String xLocale, @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, offers.list(callers.caller(), country,
                locale != null ? locale : xLocale))).build();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "List the offer categories of a market", description = "As GET /v1/offercategories." + MARKET)
    public Response categories(@QueryParam("country") String country, @QueryParam("locale") String locale,
            @HeaderParam("X-Locale") String xLocale, @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, offers.categories(callers.caller(), country,
                locale != null ? locale : xLocale))).build();
    }

    @GET
    @Path("/{offerId}")
    @Operation(summary = "Get an offer", description = "404 for an offer not sold; 400 (code 2100) for a new-commerce "
            + "id such as the Azure plan's, which the products API serves." + MARKET)
    public Response get(@PathParam("offerId") String offerId, @QueryParam("country") String country,
            @QueryParam("locale") String locale, @HeaderParam("X-Locale") String xLocale) {
        return Response.ok(offers.get(callers.caller(), offerId, country, locale != null ? locale : xLocale)).build();
    }
}
