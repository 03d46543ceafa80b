package org.partnercenter.pricing.catalog;

import java.util.List;

/**
 * The catalogue's reference data as {@code catalog/azure-catalog.json} writes it: what the real API shows of each item
 * beyond its ids and names, which are commons' {@code AzureCatalog}; its markets are commons' {@code Markets}.
 */
public record CatalogueData(String locale, Category category, LegacyOffer microsoftAzure,
        AzurePlan azurePlan) {

    public record Category(String id, String name, int rank) {
    }

    /** The legacy offer {@code MS-AZR-0145P}, as an {@code Offer} shows it. */
    public record LegacyOffer(String description, int minimumQuantity, int maximumQuantity, int rank, String billing,
            List<String> supportedBillingCycles, boolean isAutoRenewable, String limitUnitOfMeasure, int limit,
            String learnMore) {
    }

    /** The Azure plan: its product, its one sku and that sku's one availability. */
    public record AzurePlan(String description, ItemType productType, String publisherName, List<String> targetViews,
            Sku sku, Availability availability) {
    }

    public record ItemType(String id, String displayName) {
    }

    public record Sku(String description, int minimumQuantity, int maximumQuantity,
            List<String> supportedBillingCycles) {
    }

    public record Availability(String segment, Currency defaultCurrency, boolean isPurchasable, boolean isRenewable) {
    }

    public record Currency(String code, String symbol) {
    }
}
