package org.partnercenter.pricing.pricelist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Tier;

/** A meter of a version as stored; written only by COPY ({@link MeterCopy}), read for queries and rating. */
@Entity
@Table(name = "price_list_meter")
@IdClass(PriceListMeter.Key.class)
public class PriceListMeter extends PanacheEntityBase {

    @Id
    public UUID versionId;
    @Id
    public UUID meterId;
    public String name;
    public String category;
    public String subcategory;
    public String region;
    public String unit;
    public BigDecimal includedQuantity;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public BigDecimal[] tierStarts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public BigDecimal[] tierPrices;
    public Instant effectiveDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] tags;

    public MeterPrice toMeterPrice() {
        return meterPrice(meterId, name, category, subcategory, region, unit, includedQuantity, tierStarts,
                tierPrices, effectiveDate, tags);
    }

    static MeterPrice meterPrice(UUID id, String name, String category, String subcategory, String region,
            String unit, BigDecimal includedQuantity, BigDecimal[] starts, BigDecimal[] prices, Instant effectiveDate,
            String[] tags) {
        List<Tier> tiers = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            tiers.add(new Tier(starts[i], prices[i]));
        }
        return new MeterPrice(id, name, category, subcategory, region, unit, includedQuantity, tiers, effectiveDate,
                Arrays.asList(tags));
    }

    public static class Key implements Serializable {
        public UUID versionId;
        public UUID meterId;

        public Key() {
        }

        public Key(UUID versionId, UUID meterId) {
            this.versionId = versionId;
            this.meterId = meterId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.versionId.equals(versionId) && key.meterId.equals(meterId);
        }

        @Override
        public int hashCode() {
            return versionId.hashCode() * 31 + meterId.hashCode();
        }
    }
}
