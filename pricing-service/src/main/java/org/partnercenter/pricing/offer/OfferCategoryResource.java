package org.partnercenter.pricing.offer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.partnercenter.commons.caller.CallerContext;
import org.partnercenter.pricing.catalog.CatalogueCollections;

/** The path the SDKs call for offer categories ({@code OfferCategories.ByCountry("US").Get()}). */
@Path("/v1/offercategories")
@Produces(MediaType.APPLICATION_JSON)
public class OfferCategoryResource {

    private final OfferCatalog offers;
    private final CallerContext callers;

    OfferCategoryResource(OfferCatalog offers, CallerContext callers) {
        this.offers = offers;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the offer categories of a market", description = "The SDKs' path; the same as GET "
            + "/v1/offers/categories." + OfferResource.MARKET)
    public Response list(@QueryParam("country") String country, @QueryParam("locale") String locale,
            @HeaderParam("X-Locale") String xLocale, @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, offers.categories(callers.caller(), country,
                locale != null ? locale : xLocale))).build();
    }
}
