package org.partnercenter.pricing.offer;

import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code OfferCategory}. */
public record OfferCategoryView(String id, String name, int rank, String locale, String country,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "OfferCategory";
}
