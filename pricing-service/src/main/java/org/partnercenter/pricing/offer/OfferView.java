package org.partnercenter.pricing.offer;

import java.util.List;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code Offer} (legacy catalogue), as its SDKs' model names the fields. */
public record OfferView(String id, String name, String description, int minimumQuantity, int maximumQuantity,
        int rank, String uri, String locale, String country, OfferCategoryView category,
        List<String> prerequisiteOffers, boolean isAddOn, boolean hasAddOns, boolean isAvailableForPurchase,
        String billing, List<String> supportedBillingCycles, boolean isAutoRenewable, List<String> upgradeTargetOffers,
        List<String> conversionTargetOffers, List<String> reselleeQualifications, List<String> resellerQualifications,
        boolean isTrial, String limitUnitOfMeasure, int limit, OfferProduct product, String unitType,
        OfferLinks links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Offer";

    /** The offer's product line: the SDKs' {@code Offers.Product}. */
    public record OfferProduct(String id, String name, String unit) {
    }

    public record OfferLinks(Link learnMore, Link self) {
    }
}
