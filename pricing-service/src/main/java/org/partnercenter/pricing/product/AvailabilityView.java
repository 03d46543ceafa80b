package org.partnercenter.pricing.product;

import java.util.List;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code Availability}: where and how a sku is sold. Its {@code catalogItemId} is what an order names
 * to buy it. The Azure plan has no term to commit to, so {@code terms} is empty.
 */
public record AvailabilityView(String id, String productId, String skuId, String catalogItemId,
        CurrencyView defaultCurrency, String segment, String country, boolean isPurchasable, boolean isRenewable,
        List<Object> terms, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Availability";

    public record CurrencyView(String code, String symbol) {
    }
}
