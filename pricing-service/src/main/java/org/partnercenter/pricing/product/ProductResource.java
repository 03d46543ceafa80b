package org.partnercenter.pricing.product;

import jakarta.ws.rs.GET;
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

@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private static final String COUNTRY = " country (required): the two-letter market code.";
    private static final String SKU = "/{productId}/skus/{skuId}";

    private final ProductCatalog products;
    private final CallerContext callers;

    ProductResource(ProductCatalog products, CallerContext callers) {
        this.products = products;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the products of a catalogue view", description = "targetView (required): Azure and "
            + "MicrosoftAzure list the Azure plan (DZH318Z0BCZC); the other documented views are empty here. "
            + "targetSegment (optional): commercial, education, government or nonprofit." + COUNTRY)
    public Response list(@QueryParam("country") String country, @QueryParam("targetView") String targetView,
            @QueryParam("targetSegment") String targetSegment, @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, products.list(callers.caller(), country, targetView,
                targetSegment))).build();
    }

    @GET
    @Path("/{productId}")
    @Operation(summary = "Get a product", description = "404 (code 400013) for a product not sold." + COUNTRY)
    public Response get(@PathParam("productId") String productId, @QueryParam("country") String country) {
        return Response.ok(products.get(callers.caller(), productId, country)).build();
    }

    @GET
    @Path("/{productId}/skus")
    @Operation(summary = "List a product's skus", description = "country (required): the two-letter market code.")
    public Response skus(@PathParam("productId") String productId, @QueryParam("country") String country,
            @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, products.skus(callers.caller(), productId, country))).build();
    }

    @GET
    @Path(SKU)
    @Operation(summary = "Get a sku", description = "404 (code 400018) for a sku the product does not have." + COUNTRY)
    public Response sku(@PathParam("productId") String productId, @PathParam("skuId") String skuId,
            @QueryParam("country") String country) {
        return Response.ok(products.sku(callers.caller(), productId, skuId, country)).build();
    }

    @GET
    @Path(SKU + "/availabilities")
    @Operation(summary = "List a sku's availabilities", description = "Each carries the catalogItemId an order names "
            + "(product:sku:availability). targetSegment (optional) filters them." + COUNTRY)
    public Response availabilities(@PathParam("productId") String productId, @PathParam("skuId") String skuId,
            @QueryParam("country") String country, @QueryParam("targetSegment") String targetSegment,
            @Context UriInfo uri) {
        return Response.ok(CatalogueCollections.of(uri, products.availabilities(callers.caller(), productId, skuId,
                country, targetSegment))).build();
    }

    @GET
    @Path(SKU + "/availabilities/{availabilityId}")
    @Operation(summary = "Get an availability", description = "country (required): the two-letter market code.")
    public Response availability(@PathParam("productId") String productId, @PathParam("skuId") String skuId,
            @PathParam("availabilityId") String availabilityId, @QueryParam("country") String country) {
        return Response.ok(products.availability(callers.caller(), productId, skuId, availabilityId, country))
                .build();
    }
}
