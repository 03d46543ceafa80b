package org.partnercenter.pricing.product;

import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_AVAILABILITY_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_PRODUCT_ID;
import static org.partnercenter.commons.catalog.AzureCatalog.AZURE_PLAN_SKU_ID;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.pricing.catalog.Catalogue;
import org.partnercenter.pricing.catalog.CatalogueData;
import org.partnercenter.pricing.catalog.CatalogueErrors;
import org.partnercenter.pricing.catalog.Market;

/**
 * The new catalogue: the Azure plan, its sku and its availability, whose catalog item id orders name. Read by every
 * customer reader, indirect resellers included: they order the Azure plan for their customers.
 */
@ApplicationScoped
public class ProductCatalog {

    private final Catalogue catalogue;

    ProductCatalog(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ProductView> list(Caller caller, String country, String targetView, String targetSegment) {
        caller.require(Access.CUSTOMER_READ);
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<TargetView> view = WireEnums.find(TargetView.class, targetView);
        if (view.isEmpty()) {
            problems.put("targetView", "targetView is required, one of " + WireEnums.allowed(TargetView.class)
                    + " (in any case, with or without underscores: Azure, MicrosoftAzure)");
        }
        Optional<TargetSegment> segment = segment(targetSegment, problems);
        Market market = catalogue.market(country, null, problems);
        CatalogueData.AzurePlan plan = catalogue.data().azurePlan();
        boolean listed = plan.targetViews().stream().anyMatch(v -> WireEnums.find(TargetView.class, v)
                .equals(view)) && sold(plan, segment);
        return listed ? List.of(ProductMapper.product(plan, market)) : List.of();
    }

    public ProductView get(Caller caller, String productId, String country) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, null);
        return ProductMapper.product(plan(productId), market);
    }

    public List<SkuView> skus(Caller caller, String productId, String country) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, null);
        return List.of(ProductMapper.sku(plan(productId), market));
    }

    public SkuView sku(Caller caller, String productId, String skuId, String country) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, null);
        return ProductMapper.sku(plan(productId, skuId), market);
    }

    public List<AvailabilityView> availabilities(Caller caller, String productId, String skuId, String country,
            String targetSegment) {
        caller.require(Access.CUSTOMER_READ);
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<TargetSegment> segment = segment(targetSegment, problems);
        Market market = catalogue.market(country, null, problems);
        CatalogueData.AzurePlan plan = plan(productId, skuId);
        return sold(plan, segment) ? List.of(ProductMapper.availability(plan, market)) : List.of();
    }

    public AvailabilityView availability(Caller caller, String productId, String skuId, String availabilityId,
            String country) {
        caller.require(Access.CUSTOMER_READ);
        Market market = catalogue.market(country, null);
        CatalogueData.AzurePlan plan = plan(productId, skuId);
        if (!AZURE_PLAN_AVAILABILITY_ID.equalsIgnoreCase(availabilityId.trim())) {
            throw CatalogueErrors.availabilityNotFound(productId, skuId, availabilityId);
        }
        return ProductMapper.availability(plan, market);
    }

    /** Ids are matched without regard to case, as the real catalogue does ({@code dzh318z0bczc}). */
    private CatalogueData.AzurePlan plan(String productId) {
        if (!AZURE_PLAN_PRODUCT_ID.equalsIgnoreCase(productId.trim())) {
            throw CatalogueErrors.productNotFound(productId);
        }
        return catalogue.data().azurePlan();
    }

    private CatalogueData.AzurePlan plan(String productId, String skuId) {
        CatalogueData.AzurePlan plan = plan(productId);
        if (!AZURE_PLAN_SKU_ID.equals(skuId.trim())) {
            throw CatalogueErrors.skuNotFound(productId, skuId);
        }
        return plan;
    }

    private static Optional<TargetSegment> segment(String targetSegment, Map<String, String> problems) {
        if (targetSegment == null || targetSegment.isBlank()) {
            return Optional.empty();
        }
        Optional<TargetSegment> segment = WireEnums.find(TargetSegment.class, targetSegment.trim());
        if (segment.isEmpty()) {
            problems.put("targetSegment", "targetSegment, when given, is one of "
                    + WireEnums.allowed(TargetSegment.class));
        }
        return segment;
    }

    /** No segment asked for means every segment. */
    private static boolean sold(CatalogueData.AzurePlan plan, Optional<TargetSegment> segment) {
        return segment.isEmpty() || WireEnums.find(TargetSegment.class, plan.availability().segment())
                .equals(segment);
    }
}
