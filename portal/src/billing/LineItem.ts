/**
 * The fields of billing-service `DailyRatedUsageLineItemView` the portal shows (the API sends many more). Text the
 * line does not have is empty, never absent.
 */
export interface LineItem {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  subscriptionDescription: string;
  usageDate: string;
  meterId: string;
  meterName: string;
  meterCategory: string;
  unitOfMeasure: string;
  quantity: number;
  unitPrice: number;
  billingPreTaxTotal: number;
  billingCurrency: string;
}

/** The query both line item reads take: the one-time provider's usage lines (the only kind billed here). */
export const USAGE_LINES = 'provider=onetime&invoicelineitemtype=usagelineitems';
