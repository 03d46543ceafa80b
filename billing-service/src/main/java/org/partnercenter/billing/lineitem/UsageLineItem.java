package org.partnercenter.billing.lineitem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One daily rated usage line item: the usage of one subscription, meter and resource on one UTC day, rated. Rating
 * writes it (and writes it again when late usage or a new price changes it, keeping its id); the API only reads it.
 * Money is exact: the totals are rounded once, to their currency's minor units.
 */
@Entity
@Table(name = "usage_line_item")
public class UsageLineItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The partner invoiced: the customer's owner (an indirect provider for its resellers' customers). */
    public UUID partnerTenantId;
    /** The customer's indirect reseller, whose MPN id the line carries as {@code tier2MpnId}. */
    public UUID resellerTenantId;
    public UUID customerId;
    public UUID subscriptionId;
    public String meterId;
    /** Empty for usage that names no resource. */
    public String resourceUri;
    public LocalDate usageDate;
    /** The billing period, {@code yyyy-MM}. */
    public String period;
    public String meterName;
    public String meterCategory;
    public String meterSubcategory;
    public String meterRegion;
    public String unitOfMeasure;
    public String resourceLocation;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public BigDecimal quantity;
    /** The list price (USD) of the tier the line's last unit fell in. */
    public BigDecimal unitPrice;
    /** The USD price per unit actually charged, after included units and tiers. */
    public BigDecimal effectiveUnitPrice;
    public BigDecimal pricingPreTaxTotal;
    public String pricingCurrency;
    public BigDecimal billingPreTaxTotal;
    public String billingCurrency;
    @Column(name = "exchange_rate")
    public BigDecimal exchangeRate;
    /** When the exchange rate used took effect; null for USD, which needs none. */
    public Instant exchangeRateDate;
    public UUID priceVersionId;
    /** Null while unbilled; the invoice's id once billed. */
    public String invoiceNumber;
    public Instant ratedAt;
}
