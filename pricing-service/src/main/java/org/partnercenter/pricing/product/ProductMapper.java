package org.partnercenter.pricing.product;

import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_AVAILABILITY_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_NAME;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_PRODUCT_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_SKU_ID;

import java.util.List;
import java.util.Map;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.pricing.catalog.CatalogueData;
import org.partnercenter.pricing.catalog.Market;

/** The Azure plan of the catalogue's reference data in the new-catalogue shapes, for one market. */
final class ProductMapper {

    static final String PRODUCT = "/products/" + AZURE_PLAN_PRODUCT_ID;
    static final String SKU = PRODUCT + "/skus/" + AZURE_PLAN_SKU_ID;
    static final String AVAILABILITY = SKU + "/availabilities/" + AZURE_PLAN_AVAILABILITY_ID;

    private ProductMapper() {
    }

    static ProductView product(CatalogueData.AzurePlan plan, Market market) {
        CatalogueData.ItemType type = plan.productType();
        return new ProductView(AZURE_PLAN_PRODUCT_ID, AZURE_PLAN_NAME, plan.description(),
                new ProductView.ItemTypeView(type.id(), type.displayName(), null), true, plan.publisherName(),
                new ProductView.ProductLinks(Link.get(PRODUCT + "/skus" + market.query()),
                        Link.get(PRODUCT + market.query())),
                ResourceAttributes.of(ProductView.OBJECT_TYPE));
    }

    /** A usage-based sku: nothing to check or provision beyond the order itself. */
    static SkuView sku(CatalogueData.AzurePlan plan, Market market) {
        CatalogueData.Sku sku = plan.sku();
        return new SkuView(AZURE_PLAN_SKU_ID, AZURE_PLAN_PRODUCT_ID, AZURE_PLAN_NAME, sku.description(),
                sku.minimumQuantity(), sku.maximumQuantity(), false, sku.supportedBillingCycles(), List.of(),
                List.of(), List.of(), Map.of(),
                new SkuView.SkuLinks(Link.get(SKU + "/availabilities" + market.query()),
                        Link.get(SKU + market.query())),
                ResourceAttributes.of(SkuView.OBJECT_TYPE));
    }

    static AvailabilityView availability(CatalogueData.AzurePlan plan, Market market) {
        CatalogueData.Availability availability = plan.availability();
        CatalogueData.Currency currency = availability.defaultCurrency();
        return new AvailabilityView(AZURE_PLAN_AVAILABILITY_ID, AZURE_PLAN_PRODUCT_ID, AZURE_PLAN_SKU_ID,
                AZURE_PLAN_CATALOG_ITEM_ID, new AvailabilityView.CurrencyView(currency.code(), currency.symbol()),
                availability.segment(), market.country(), availability.isPurchasable(), availability.isRenewable(),
                List.of(), Links.self(AVAILABILITY + market.query()),
                ResourceAttributes.of(AvailabilityView.OBJECT_TYPE));
    }
}
