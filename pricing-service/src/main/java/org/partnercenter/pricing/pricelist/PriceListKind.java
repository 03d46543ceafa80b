package org.partnercenter.pricing.pricelist;

import java.util.Locale;
import org.partnercenter.commons.json.WireEnums;

/**
 * Which rate card a price list prices: the Azure one ({@code /v1/ratecards/azure}, rated from the metering feed)
 * or the shared-services one ({@code /v1/ratecards/azure-shared}), each a chain of versions of its own.
 */
public enum PriceListKind {
    AZURE,
    SHARED;

    /** The Azure list when the query names none. */
    public static PriceListKind parse(String text) {
        return text == null || text.isBlank() ? AZURE : WireEnums.parse(PriceListKind.class, "kind", text);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
