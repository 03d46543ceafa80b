package org.partnercenter.pricing.pricelist;

import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** A price list version as the API shows it: what was published, when, and whether a later publish replaced it. */
public record PriceListVersionView(UUID id, String kind, Instant effectiveDate, String currency, int meterCount,
        Instant publishedAt, UUID supersededBy, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "PriceListVersion";

    public static PriceListVersionView of(PriceListVersion v) {
        return new PriceListVersionView(v.id, v.kind, v.effectiveDate, v.currency, v.meterCount, v.publishedAt,
                v.supersededBy, Links.self("/pricelists/" + v.id), ResourceAttributes.of(OBJECT_TYPE));
    }
}
