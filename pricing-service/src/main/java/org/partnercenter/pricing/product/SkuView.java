package org.partnercenter.pricing.product;

import java.util.List;
import java.util.Map;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code Sku}: a purchasable shape of a product. */
public record SkuView(String id, String productId, String title, String description, int minimumQuantity,
        int maximumQuantity, boolean isTrial, List<String> supportedBillingCycles, List<String> purchasePrerequisites,
        List<String> inventoryVariables, List<String> provisioningVariables, Map<String, Object> dynamicAttributes,
        SkuLinks links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Sku";

    public record SkuLinks(Link availabilities, Link self) {
    }
}
