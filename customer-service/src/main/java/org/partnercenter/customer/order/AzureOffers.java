package org.partnercenter.customer.order;

import java.util.Optional;
import org.partnercenter.commons.catalog.AzureCatalog;

/**
 * The offers this service can provision: exactly what an order line may name in commons' {@link AzureCatalog}, the
 * catalogue pricing-service lists (the legacy Azure offer, and the Azure plan by its catalog item id or product id).
 */
public final class AzureOffers {

    /** Both Azure offers are billed on usage. */
    private static final String BILLING_TYPE = "usage";

    public record Offer(String id, String name, String unitType, String billingType) {
    }

    private AzureOffers() {
    }

    /** Offer ids are matched without regard to case, as the real catalog does. */
    public static Optional<Offer> find(String offerId) {
        return AzureCatalog.orderable(offerId).map(item -> new Offer(item.offerId(), item.name(),
                AzureCatalog.UNIT_TYPE, BILLING_TYPE));
    }

    public static String accepted() {
        return String.join(", ", AzureCatalog.orderableIds());
    }
}
