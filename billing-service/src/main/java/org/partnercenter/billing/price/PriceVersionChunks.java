package org.partnercenter.billing.price;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
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
        store(chunk.meters());
        return true;
    }

    /** Marks the version complete when this chunk was its last missing one. */
    boolean completes() {
        return em.createNativeQuery("update price_version v set complete = true where v.version_id = ?1 "
                + "and not v.complete and (select count(*) from price_version_chunk c "
                + "where c.version_id = v.version_id) >= v.chunk_count")
                .setParameter(1, chunk.versionId()).executeUpdate() > 0;
    }

    /** One JDBC batch: a chunk holds hundreds of meters, a whole list tens of thousands. */
    private void store(List<PriceListMeters.Meter> meters) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into meter_price (version_id, "
                    + "meter_id, name, category, subcategory, region, unit, included_quantity, tier_starts, "
                    + "tier_prices) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                for (PriceListMeters.Meter meter : meters) {
                    MeterRates rates = rates(meter);
                    int i = 0;
                    insert.setObject(++i, chunk.versionId());
                    insert.setString(++i, meter.meterId().toString().toLowerCase(Locale.ROOT));
                    insert.setString(++i, meter.name());
                    insert.setString(++i, meter.category());
                    insert.setString(++i, meter.subcategory());
                    insert.setString(++i, meter.region());
                    insert.setString(++i, meter.unit());
                    insert.setBigDecimal(++i, rates.includedQuantity());
                    insert.setArray(++i, connection.createArrayOf("numeric",
                            rates.tiers().stream().map(Tier::startQuantity).toArray()));
                    insert.setArray(++i, connection.createArrayOf("numeric",
                            rates.tiers().stream().map(Tier::unitPrice).toArray()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Checked as pricing checks them: a meter billing could not rate with is the chunk's fault. */
    private MeterRates rates(PriceListMeters.Meter meter) {
        if (meter.meterId() == null || meter.tiers() == null) {
            throw new IllegalArgumentException("a meter of price-list version " + chunk.versionId()
                    + " names no meterId or tiers");
        }
        return new MeterRates(meter.includedQuantity() == null ? BigDecimal.ZERO : meter.includedQuantity(),
                meter.tiers().stream().map(t -> new Tier(t.startQuantity(), t.unitPrice())).toList());
    }
}
