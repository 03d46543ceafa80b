package org.partnercenter.billing.lineitem;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.partner.Partner;

/** Maps a stored line item and the copies that name it to the wire's {@code DailyRatedUsageLineItem}. */
public final class DailyRatedUsageLineItems {

    /** Usage-based Azure offers are Microsoft's own. */
    static final String PUBLISHER = "Microsoft";

    private DailyRatedUsageLineItems() {
    }

    public static DailyRatedUsageLineItemView view(LineItemRow row) {
        UsageLineItem item = row.item();
        Customer customer = row.customer();
        Subscription subscription = row.subscription();
        Partner partner = row.partner();
        YearMonth period = YearMonth.parse(item.period);
        DailyRatedUsageLineItemView v = new DailyRatedUsageLineItemView();
        v.partnerId = text(item.partnerTenantId);
        v.partnerName = partner == null ? "" : text(partner.name);
        v.customerId = text(item.customerId);
        v.customerName = customer == null ? "" : text(customer.companyName);
        v.customerDomainName = customer == null ? "" : text(customer.domain);
        v.customerCountry = customer == null ? "" : text(customer.country);
        v.mpnId = partner == null ? "" : text(partner.mpnId);
        v.tier2MpnId = row.reseller() == null ? "" : text(row.reseller().mpnId);
        v.resellerMpnId = v.tier2MpnId;
        v.invoiceNumber = text(item.invoiceNumber);
        v.productId = subscription == null ? "" : text(subscription.offerId);
        v.skuId = "";
        v.availabilityId = "";
        v.productName = subscription == null ? "" : text(subscription.offerName != null ? subscription.offerName
                : subscription.offerId);
        v.skuName = v.productName;
        v.publisherName = PUBLISHER;
        v.subscriptionId = text(item.subscriptionId);
        v.subscriptionDescription = subscription == null ? "" : text(subscription.description);
        v.chargeStartDate = utc(period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        v.chargeEndDate = utc(period.atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC));
        v.usageDate = utc(item.usageDate.atStartOfDay().toInstant(ZoneOffset.UTC));
        meter(item, v);
        AzureResourceUri resource = AzureResourceUri.of(item.resourceUri);
        v.consumedService = resource.providerNamespace();
        v.resourceGroup = resource.resourceGroup();
        v.resourceUri = text(item.resourceUri);
        v.tags = tags(item.tags);
        v.additionalInfo = "";
        v.unitPrice = item.unitPrice;
        v.effectiveUnitPrice = item.effectiveUnitPrice;
        v.quantity = item.quantity;
        v.billingPreTaxTotal = item.billingPreTaxTotal;
        v.billingCurrency = item.billingCurrency;
        v.pricingPreTaxTotal = item.pricingPreTaxTotal;
        v.pricingCurrency = item.pricingCurrency;
        v.pcToBCExchangeRate = item.exchangeRate;
        // USD needs no rate (1): its "rate date" is the start of the period it holds for.
        v.pcToBCExchangeRateDate = item.exchangeRateDate != null ? utc(item.exchangeRateDate)
                : v.chargeStartDate;
        v.entitlementId = subscription == null || subscription.entitlementId == null ? v.subscriptionId
                : subscription.entitlementId.toString();
        v.entitlementDescription = v.subscriptionDescription;
        return v;
    }

    /**
     * The price list has no meter type apart from its unit ({@code 1 Hour}): the line's meter type and unit type are
     * its unit of measure.
     */
    private static void meter(UsageLineItem item, DailyRatedUsageLineItemView v) {
        v.meterType = text(item.unitOfMeasure);
        v.meterCategory = text(item.meterCategory);
        v.meterId = text(item.meterId);
        v.meterSubCategory = text(item.meterSubcategory);
        v.meterName = text(item.meterName);
        v.meterRegion = text(item.meterRegion);
        v.unitOfMeasure = text(item.unitOfMeasure);
        v.resourceLocation = text(item.resourceLocation);
        v.unitType = text(item.unitOfMeasure);
    }

    /** Tags as a JSON object in text, keys sorted so that the same tags always read the same; empty for none. */
    private static String tags(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return "";
        }
        try {
            return EventJson.mapper().writeValueAsString(new TreeMap<>(tags));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tags are text: they always write", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
