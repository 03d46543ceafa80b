package org.partnercenter.pricing.ratecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.pricing.pricelist.PriceListMeter;

/** A version's meters a page or one at a time; always within one version, so paging is stable. */
@ApplicationScoped
public class MeterQueries {

    private static final Keyset<PriceListMeter> BY_ID = Keyset.of(PriceListMeter.class)
            .by("meterId", UUID.class, m -> m.meterId);

    private final EntityManager em;

    MeterQueries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<MeterPrice> list(UUID versionId, MeterFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("version", versionId);
        StringBuilder where = new StringBuilder("e.versionId = :version");
        if (filter.category() != null) {
            where.append(" and lower(e.category) = :category");
            parameters.put("category", filter.category().toLowerCase(Locale.ROOT));
        }
        if (filter.meterRegion() != null) {
            where.append(" and lower(e.region) = :region");
            parameters.put("region", filter.meterRegion().toLowerCase(Locale.ROOT));
        }
        if (filter.name() != null) {
            where.append(" and lower(e.name) like :name escape '\\'");
            parameters.put("name", filter.name().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return BY_ID.fetch(em, where.toString(), parameters, page).map(PriceListMeter::toMeterPrice);
    }

    @Transactional
    public Optional<MeterPrice> find(UUID versionId, UUID meterId) {
        return Optional.ofNullable(em.find(PriceListMeter.class, new PriceListMeter.Key(versionId, meterId)))
                .map(PriceListMeter::toMeterPrice);
    }
}
