package org.partnercenter.customer.order;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The offers this service can provision: Azure, under its legacy offer id and as the Azure plan. */
public final class AzureOffers {

    public record Offer(String id, String name, String unitType, String billingType) {
    }

    private static final Map<String, Offer> OFFERS = Map.of(
            "MS-AZR-0145P", new Offer("MS-AZR-0145P", "Microsoft Azure", "Usage-based", "usage"),
            "DZH318Z0BCZC", new Offer("DZH318Z0BCZC", "Azure plan", "Usage-based", "usage"));

    private AzureOffers() {
    }

    /** Offer ids are matched without regard to case, as the real catalog does. */
    public static Optional<Offer> find(String offerId) {
        return offerId == null ? Optional.empty() : Optional.ofNullable(OFFERS.get(offerId.trim().toUpperCase(Locale.ROOT)));
    }

    public static String accepted() {
        return String.join(", ", OFFERS.keySet().stream().sorted().toList());
    }
}
