package org.partnercenter.customer.meter;

import static org.partnercenter.events.pricing.PricingServiceEvents.PRICE_LIST_METERS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.rating.ExchangeRate;

/**
 * Keeps the names of pricing's meters, per price-list version, from its {@code pricelist.meters} chunks. Names need
 * no complete version: each chunk's meters are usable as they arrive, and a meter not yet seen in the newest version
 * keeps its name from an older one. Other currencies' lists name the same meters and are not kept.
 */
@ApplicationScoped
public class MeterCatalogue {

    static final List<EventType<?>> APPLIED = List.of(PRICE_LIST_METERS);

    private final EntityManager em;

    MeterCatalogue(EntityManager em) {
        this.em = em;
    }

    /** @throws IllegalArgumentException for a chunk that places nothing: parked, since no retry mends it */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        PriceListMeters chunk = EventJson.data(event, PRICE_LIST_METERS);
        if (chunk.versionId() == null || chunk.effectiveDate() == null || chunk.meters() == null) {
            throw new IllegalArgumentException("price-list chunk " + chunk.index() + " of " + chunk.versionId()
                    + " names no version, effective date or meters");
        }
        if (!ExchangeRate.BASE.equals(chunk.currency())) {
            return;
        }
        em.createNativeQuery("insert into meter_catalogue_version (version_id, effective_date, supersedes) "
                + "values (?1, ?2, ?3) on conflict (version_id) do nothing")
                .setParameter(1, chunk.versionId()).setParameter(2, chunk.effectiveDate())
                .setParameter(3, chunk.supersedes()).executeUpdate();
        store(chunk);
    }

    /** One JDBC batch: a chunk holds hundreds of meters. */
    private void store(PriceListMeters chunk) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into meter_catalogue_entry "
                    + "(meter_id, version_id, name, category, subcategory) values (?, ?, ?, ?, ?) "
                    + "on conflict do nothing")) {
                for (PriceListMeters.Meter meter : chunk.meters()) {
                    if (meter.meterId() == null) {
                        throw new IllegalArgumentException("a meter of price-list version " + chunk.versionId()
                                + " names no meterId");
                    }
                    insert.setString(1, meter.meterId().toString().toLowerCase(Locale.ROOT));
                    insert.setObject(2, chunk.versionId());
                    insert.setString(3, meter.name());
                    insert.setString(4, meter.category());
                    insert.setString(5, meter.subcategory());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
