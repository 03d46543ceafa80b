package org.partnercenter.billing.price;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.rating.MeterRates;
import org.partnercenter.rating.Tier;

/** Stores one chunk of a price-list version and tells whether it was the last one missing. */
final class PriceVersionChunks {

    private final EntityManager em;
    private final PriceListMeters chunk;

    PriceVersionChunks(EntityManager em, PriceListMeters chunk) {
        this.em = em;
        this.chunk = chunk;
    }

    /** @return false for a chunk already held (a redelivery or a replay): nothing changes */
    boolean add(Instant now) {
        em.createNativeQuery("insert into price_version (version_id, currency, effective_date, supersedes, "
                        + "chunk_count, received_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (version_id) do nothing")
                .setParameter(1, chunk.versionId()).setParameter(2, chunk.currency())
                .setParameter(3, chunk.effectiveDate()).setParameter(4, chunk.supersedes())
                .setParameter(5, chunk.count()).setParameter(6, now).executeUpdate();
        int added = em.createNativeQuery("insert into price_version_chunk (version_id, chunk_index) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, chunk.versionId()).setParameter(2, chunk.index())
                .executeUpdate();
        if (added == 0) {
            return false;
        }
        chunk.meters().forEach(this::store);
        return true;
    }

    /** Marks the version complete when this chunk was its last missing one. */
    boolean completes() {
        return em.createNativeQuery("update price_version v set complete = true where v.version_id = ?1 "
                + "and not v.complete and (select count(*) from price_version_chunk c "
                + "where c.version_id = v.version_id) >= v.chunk_count")
                .setParameter(1, chunk.versionId()).executeUpdate() > 0;
    }

    private void store(PriceListMeters.Meter meter) {
        if (meter.meterId() == null || meter.tiers() == null) {
            throw new IllegalArgumentException("a meter of price-list version " + chunk.versionId()
                    + " names no meterId or tiers");
        }
        MeterRates rates = new MeterRates(meter.includedQuantity() == null ? BigDecimal.ZERO
                : meter.includedQuantity(), meter.tiers().stream()
                        .map(t -> new Tier(t.startQuantity(), t.unitPrice())).toList());
        em.createNativeQuery("insert into meter_price (version_id, meter_id, name, category, subcategory, region, "
                        + "unit, included_quantity, tier_starts, tier_prices) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + "cast(?9 as numeric[]), cast(?10 as numeric[])) on conflict do nothing")
                .setParameter(1, chunk.versionId()).setParameter(2, meter.meterId().toString().toLowerCase(Locale.ROOT))
                .setParameter(3, meter.name()).setParameter(4, meter.category())
                .setParameter(5, meter.subcategory()).setParameter(6, meter.region()).setParameter(7, meter.unit())
                .setParameter(8, rates.includedQuantity())
                .setParameter(9, rates.tiers().stream().map(Tier::startQuantity).toArray(BigDecimal[]::new))
                .setParameter(10, rates.tiers().stream().map(Tier::unitPrice).toArray(BigDecimal[]::new))
                .executeUpdate();
    }
}
