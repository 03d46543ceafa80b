package org.partnercenter.billing.lineitem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/** A daily rated usage line item as rating writes it, with plausible values a test changes where it matters. */
public final class LineItemBuilder {

    private final UsageLineItem item = new UsageLineItem();

    private LineItemBuilder(UUID partnerTenantId, UUID customerId, UUID subscriptionId) {
        item.partnerTenantId = partnerTenantId;
        item.customerId = customerId;
        item.subscriptionId = subscriptionId;
        item.meterId = "meter-" + UUID.randomUUID();
        item.resourceUri = "";
        usageDate(LocalDate.of(2031, 3, 5));
        item.meterName = "D2 v3";
        item.meterCategory = "Virtual Machines";
        item.meterSubcategory = "Dv3 Series";
        item.meterRegion = "EU West";
        item.unitOfMeasure = "1 Hour";
        item.resourceLocation = "westeurope";
        item.quantity = new BigDecimal("24");
        item.unitPrice = new BigDecimal("0.1");
        item.effectiveUnitPrice = new BigDecimal("0.1");
        item.pricingPreTaxTotal = new BigDecimal("2.40");
        item.pricingCurrency = "USD";
        item.billingPreTaxTotal = new BigDecimal("2.40");
        item.billingCurrency = "USD";
        item.exchangeRate = BigDecimal.ONE;
        item.priceVersionId = UUID.randomUUID();
        item.ratedAt = Instant.now();
    }

    public static LineItemBuilder line(UUID partnerTenantId, UUID customerId, UUID subscriptionId) {
        return new LineItemBuilder(partnerTenantId, customerId, subscriptionId);
    }

    public LineItemBuilder usageDate(LocalDate day) {
        item.usageDate = day;
        item.period = YearMonth.from(day).toString();
        return this;
    }

    public LineItemBuilder reseller(UUID resellerTenantId) {
        item.resellerTenantId = resellerTenantId;
        return this;
    }

    public LineItemBuilder meter(String meterId) {
        item.meterId = meterId;
        return this;
    }

    public LineItemBuilder resource(String uri, Map<String, String> tags) {
        item.resourceUri = uri;
        item.tags = tags;
        return this;
    }

    public LineItemBuilder prices(String quantity, String unitPrice, String effectiveUnitPrice, String pricingTotal) {
        item.quantity = new BigDecimal(quantity);
        item.unitPrice = new BigDecimal(unitPrice);
        item.effectiveUnitPrice = new BigDecimal(effectiveUnitPrice);
        item.pricingPreTaxTotal = new BigDecimal(pricingTotal);
        return this;
    }

    public LineItemBuilder billed(String currency, String total, String exchangeRate, Instant rateDate) {
        item.billingCurrency = currency;
        item.billingPreTaxTotal = new BigDecimal(total);
        item.exchangeRate = new BigDecimal(exchangeRate);
        item.exchangeRateDate = rateDate;
        return this;
    }

    /** Billed on that invoice, as the close leaves it. */
    public LineItemBuilder invoice(String invoiceNumber) {
        item.invoiceNumber = invoiceNumber;
        return this;
    }

    /** Stores it; its id is the one the database gave. */
    public UsageLineItem insert() {
        QuarkusTransaction.requiringNew().run(item::persist);
        return item;
    }
}
