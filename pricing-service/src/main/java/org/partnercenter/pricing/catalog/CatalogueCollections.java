package org.partnercenter.pricing.catalog;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.paging.CollectionLinks;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.ResourceCollection;

/** A catalogue list is a handful of items, always one page: the collection envelope without a next link. */
public final class CatalogueCollections {

    private CatalogueCollections() {
    }

    public static <T> ResourceCollection<T> of(UriInfo uri, List<T> items) {
        return CollectionLinks.collection(uri, new Page<>(items, Optional.empty()));
    }
}
