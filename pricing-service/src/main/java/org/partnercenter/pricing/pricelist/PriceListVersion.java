package org.partnercenter.pricing.pricelist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A published price list version: in force from its effective date until a version with a later effective date,
 * or with the same one and a later publish ({@code seq} orders publishes).
 */
@Entity
@Table(name = "price_list_version")
public class PriceListVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    public long seq;
    public Instant effectiveDate;
    public String currency;
    /** {@link PriceListKind#wire()}: which rate card this version prices. */
    public String kind;
    public int meterCount;
    public Instant publishedAt;
    /** The version published later for the same effective date, which replaced this one entirely. */
    public UUID supersededBy;
}
