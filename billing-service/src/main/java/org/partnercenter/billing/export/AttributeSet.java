package org.partnercenter.billing.export;

import java.util.List;

/** Which fields of each line item an export holds. */
public enum AttributeSet {
    /** Every field of the paged API's {@code DailyRatedUsageLineItem}, as it answers them. */
    FULL,
    /** The reconciliation fields most partners match their own records on, in this order. */
    BASIC;

    static final List<String> BASIC_FIELDS = List.of("partnerId", "customerId", "customerName", "mpnId",
            "tier2MpnId", "invoiceNumber", "subscriptionId", "usageDate", "meterId", "meterName", "meterCategory",
            "quantity", "unitOfMeasure", "unitPrice", "billingPreTaxTotal", "billingCurrency", "resourceUri");
}
