package org.partnercenter.pricing.exchangerate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A published set of exchange rates: units of each currency per US dollar, from its effective date on. */
@Entity
@Table(name = "exchange_rate_set")
public class ExchangeRateSet extends PanacheEntityBase {

    @Id
    public UUID id;
    public long seq;
    public Instant effectiveDate;
    public String base;
    public Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exchange_rate", joinColumns = @JoinColumn(name = "set_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "rate")
    public Map<String, BigDecimal> rates = new TreeMap<>();
}
