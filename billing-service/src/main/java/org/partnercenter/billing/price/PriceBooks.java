package org.partnercenter.billing.price;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.partnercenter.billing.rating.PricedMeter;
import org.partnercenter.commons.sql.NativeValues;
import org.partnercenter.rating.ExchangeRate;
import org.partnercenter.rating.MeterRates;
import org.partnercenter.rating.Tier;

/** Reads billing's copies of pricing's versions and exchange-rate sets into a {@link PriceBook}. */
@ApplicationScoped
public class PriceBooks {

    private static final TypeReference<Map<String, BigDecimal>> RATES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    PriceBooks(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Meters of complete versions never change: read once, kept across passes, up to this many. */
    static final int METERS_KEPT = 100_000;

    private final Map<String, Optional<PricedMeter>> meters = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    /** The versions and sets of one generation: their counts only grow, since billing deletes none. */
    private record Snapshot(List<Object> generation, PriceBook.Listing listing) {
    }

    /**
     * What is complete now; read again only when a version has completed or a set arrived since the last pass.
     * Meters are read as the pass needs them, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PriceBook load() {
        List<Object> generation = List.of((Object[]) em.createNativeQuery("select (select count(*) from price_version "
                + "where complete), (select count(*) from exchange_rate_set)").getSingleResult());
        Snapshot current = snapshot;
        if (current == null || !current.generation().equals(generation)) {
            current = new Snapshot(generation, new PriceBook.Listing(versions(), rateSets()));
            snapshot = current;
        }
        return new PriceBook(current.listing(), this::cachedMeter);
    }

    private Optional<PricedMeter> cachedMeter(UUID versionId, String meterId) {
        String key = versionId + "/" + meterId;
        Optional<PricedMeter> known = meters.get(key);
        if (known != null) {
            return known;
        }
        if (meters.size() >= METERS_KEPT) {
            meters.clear();
        }
        Optional<PricedMeter> read = meter(versionId, meterId);
        meters.put(key, read);
        return read;
    }

    @SuppressWarnings("unchecked")
    private List<PriceBook.Version> versions() {
        List<Object[]> rows = em.createNativeQuery("select v.version_id, v.effective_date from price_version v "
                + "where v.complete and v.currency = ?1 and not exists (select 1 from price_version s "
                + "where s.complete and s.supersedes = v.version_id) order by v.effective_date desc, v.seq desc")
                .setParameter(1, ExchangeRate.BASE).getResultList();
        return rows.stream().map(r -> new PriceBook.Version((UUID) r[0], NativeValues.instant(r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<PriceBook.RateSet> rateSets() {
        List<Object[]> rows = em.createNativeQuery("select set_id, effective_date, cast(rates as text) "
                + "from exchange_rate_set where base = ?1 order by effective_date desc, seq desc")
                .setParameter(1, ExchangeRate.BASE).getResultList();
        return rows.stream().map(r -> new PriceBook.RateSet((UUID) r[0], NativeValues.instant(r[1]), rates((String) r[2])))
                .toList();
    }

    private Map<String, BigDecimal> rates(String text) {
        try {
            return json.readValue(text, RATES);
        } catch (Exception e) {
            throw new IllegalStateException("an exchange-rate set stored by billing is not a JSON object", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<PricedMeter> meter(UUID versionId, String meterId) {
        List<Object[]> rows = em.createNativeQuery("select name, category, subcategory, region, unit, "
                + "included_quantity, tier_starts, tier_prices from meter_price where version_id = ?1 "
                + "and meter_id = ?2").setParameter(1, versionId).setParameter(2, meterId).getResultList();
        return rows.stream().findFirst().map(r -> new PricedMeter(versionId, meterId, (String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], new MeterRates((BigDecimal) r[5],
                        tiers((Object[]) r[6], (Object[]) r[7]))));
    }

    /** The two numeric[] columns, as the driver gives them (BigDecimal elements, typed Object[] or not). */
    private static List<Tier> tiers(Object[] starts, Object[] prices) {
        return IntStream.range(0, starts.length)
                .mapToObj(i -> new Tier(new BigDecimal(starts[i].toString()), new BigDecimal(prices[i].toString())))
                .toList();
    }
}
