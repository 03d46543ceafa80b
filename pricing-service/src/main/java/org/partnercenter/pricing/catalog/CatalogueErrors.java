package org.partnercenter.pricing.catalog;

import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ErrorCodes;

/** The catalogue's refusals, with the real API's codes where it documents one. */
public final class CatalogueErrors {

    /** "The Offers API does not support item with id {0}. Please try using the Products and/or SKUs APIs." */
    private static final int NOT_AN_OFFER = 2100;
    /** 404 "Product was not found." */
    private static final int PRODUCT_NOT_FOUND = 400013;
    /** 404 "Sku was not found." */
    private static final int SKU_NOT_FOUND = 400018;

    private CatalogueErrors() {
    }

    public static ApiException offerNotFound(String offerId) {
        return ApiException.notFound("No offer " + offerId + " is sold in this market: list them with GET /v1/offers"
                + "?country=.");
    }

    /** The real API sends a new-commerce id asked of the legacy offers API to the products API. */
    public static ApiException notAnOffer(String id) {
        return new ApiException(400, NOT_AN_OFFER, "The Offers API does not support item with id " + id + ". "
                + "Please try using the Products and/or SKUs APIs: GET /v1/products/{productId}?country=.",
                java.util.List.of("offerId"));
    }

    public static ApiException productNotFound(String productId) {
        return new ApiException(404, PRODUCT_NOT_FOUND, "Product was not found: no product " + productId
                + " is sold in this market; list them with GET /v1/products?country=&targetView=Azure.");
    }

    public static ApiException skuNotFound(String productId, String skuId) {
        return new ApiException(404, SKU_NOT_FOUND, "Sku was not found: product " + productId + " has no sku " + skuId
                + "; list them with GET /v1/products/" + productId + "/skus?country=.");
    }

    public static ApiException availabilityNotFound(String productId, String skuId, String availabilityId) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, "Availability was not found: sku " + skuId + " of product "
                + productId + " has no availability " + availabilityId + " in this market; list them with GET "
                + "/v1/products/" + productId + "/skus/" + skuId + "/availabilities?country=.");
    }
}
