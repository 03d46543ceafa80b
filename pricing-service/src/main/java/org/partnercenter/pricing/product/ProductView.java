package org.partnercenter.pricing.product;

import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code Product} (new catalogue). */
public record ProductView(String id, String title, String description, ItemTypeView productType,
        boolean isMicrosoftProduct, String publisherName, ProductLinks links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Product";

    /** The SDKs' {@code ItemType}: {@code {"id": "Azure", "displayName": "Azure"}}. */
    public record ItemTypeView(String id, String displayName, ItemTypeView subType) {
    }

    public record ProductLinks(Link skus, Link self) {
    }
}
