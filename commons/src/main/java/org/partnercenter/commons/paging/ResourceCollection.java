package org.partnercenter.commons.paging;

import java.util.List;

/**
 * The collection envelope. {@code totalCount} is the number of items on this page, as in the real API
 * (its SDK computes it from {@code items}), not a grand total.
 */
public record ResourceCollection<T>(int totalCount, List<T> items, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Collection";

    public static <T> ResourceCollection<T> of(List<T> items, Links links) {
        return new ResourceCollection<>(items.size(), List.copyOf(items), links, ResourceAttributes.of(OBJECT_TYPE));
    }
}
