package org.partnercenter.billing.lineitem;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code DailyRatedUsageLineItem}: one subscription's usage of one meter and resource on one UTC day,
 * rated. Fields in the real API's order and names ({@code pcToBCExchangeRate} keeps its capitals, hence fields, not
 * getters); text the line does not have is empty, never absent, as the real API sends it. Money and quantities are
 * exact decimals, written plain.
 */
public class DailyRatedUsageLineItemView {

    public static final String OBJECT_TYPE = "DailyRatedUsageLineItem";
    public static final String INVOICE_LINE_ITEM_TYPE = "usage_line_items";
    public static final String BILLING_PROVIDER = "marketplace";

    public String partnerId;
    public String partnerName;
    public String customerId;
    public String customerName;
    public String customerDomainName;
    public String customerCountry;
    public String mpnId;
    /** The indirect reseller's MPN id, empty for the partner's own customers. */
    public String tier2MpnId;
    /** The same as {@code tier2MpnId}: the name Microsoft's Java SDK reads it under. */
    public String resellerMpnId;
    public String invoiceNumber;
    public String productId;
    public String skuId;
    public String availabilityId;
    public String skuName;
    public String productName;
    public String publisherName;
    public String subscriptionId;
    public String subscriptionDescription;
    public OffsetDateTime chargeStartDate;
    public OffsetDateTime chargeEndDate;
    public OffsetDateTime usageDate;
    public String meterType;
    public String meterCategory;
    public String meterId;
    public String meterSubCategory;
    public String meterName;
    public String meterRegion;
    public String unitOfMeasure;
    public String resourceLocation;
    public String consumedService;
    public String resourceGroup;
    public String resourceUri;
    /** A JSON object as text ({@code "{\"env\":\"prod\"}"}), as the real API sends it and the SDKs parse it. */
    public String tags;
    public String additionalInfo;
    public BigDecimal unitPrice;
    public BigDecimal effectiveUnitPrice;
    public BigDecimal quantity;
    public String unitType;
    public BigDecimal billingPreTaxTotal;
    public String billingCurrency;
    public BigDecimal pricingPreTaxTotal;
    public String pricingCurrency;
    public BigDecimal pcToBCExchangeRate;
    public OffsetDateTime pcToBCExchangeRateDate;
    public String entitlementId;
    public String entitlementDescription;
    public String invoiceLineItemType = INVOICE_LINE_ITEM_TYPE;
    public String billingProvider = BILLING_PROVIDER;
    public ResourceAttributes attributes = ResourceAttributes.of(OBJECT_TYPE);
}
