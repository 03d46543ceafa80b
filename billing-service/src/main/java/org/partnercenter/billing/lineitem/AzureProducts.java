package org.partnercenter.billing.lineitem;

import java.util.Map;

/**
 * The product a line item's usage is billed under: the subscription's offer. billing keeps no product catalogue
 * (the subscription copy holds only the offer id), so it names the two Azure offers a subscription can have here,
 * as Partner Center names them, and any other offer by its id. Usage-based Azure offers have one SKU and no
 * availabilities in this system: the SKU is named after the product, and its ids are empty.
 */
final class AzureProducts {

    static final String PUBLISHER = "Microsoft";

    private static final Map<String, String> NAMES = Map.of(
            "DZH318Z0BCZC", "Azure plan",
            "MS-AZR-0145P", "Microsoft Azure");

    private AzureProducts() {
    }

    /** The product's name for an offer id; the id itself when billing does not know the offer, empty for none. */
    static String name(String offerId) {
        if (offerId == null) {
            return "";
        }
        return NAMES.getOrDefault(offerId.toUpperCase(java.util.Locale.ROOT), offerId);
    }
}
