import { api } from '../api/client';
import type { Page } from '../api/paging';
import type { BillingProfile, Customer, Subscription } from './types';

/** The Azure plan in the catalogue (commons' AzureCatalog): its order line names an availability's catalogItemId. */
const AZURE_PLAN_PRODUCT = 'DZH318Z0BCZC';
const AZURE_PLAN_SKU = '0001';

export const customerPath = (id: string) => `/v1/customers/${encodeURIComponent(id)}`;

/** The list, searched by the start of the company name with the API's JSON filter (its only operator). */
export function customersListPath(companyNameStart: string): string {
  const value = companyNameStart.trim();
  if (!value) {
    return '/v1/customers?size=50';
  }
  const filter = JSON.stringify({ Field: 'CompanyName', Value: value, Operator: 'starts_with' });
  return `/v1/customers?size=50&filter=${encodeURIComponent(filter)}`;
}

export const subscriptionsPath = (customerId: string) => `${customerPath(customerId)}/subscriptions?size=100`;

/** The etag quoted, as If-Match wants it (the API also takes it bare). */
const quoted = (etag: string | undefined) => (etag ? `"${etag}"` : undefined);

export function createCustomer(body: unknown): Promise<Customer> {
  return api<Customer>('/v1/customers', { method: 'POST', body });
}

export function updateBillingProfile(customerId: string, profile: unknown, etag: string | undefined): Promise<BillingProfile> {
  return api<BillingProfile>(`${customerPath(customerId)}/profiles/billing`, { method: 'PUT', body: profile, etag: quoted(etag) });
}

export function patchSubscription(customerId: string, subscription: Subscription, change: Partial<Pick<Subscription, 'friendlyName' | 'status'>>): Promise<Subscription> {
  return api<Subscription>(`${customerPath(customerId)}/subscriptions/${encodeURIComponent(subscription.id)}`, {
    method: 'PATCH',
    body: change,
    etag: quoted(subscription.attributes?.etag),
  });
}

/**
 * Orders one Azure plan. The line names the catalogue's catalogItemId for the customer's market, read from the
 * catalogue as the real docs tell clients to, rather than an id written into the portal.
 */
export async function orderAzurePlan(customerId: string, country: string): Promise<void> {
  const availabilities = await api<Page<{ catalogItemId: string }>>(
    `/v1/products/${AZURE_PLAN_PRODUCT}/skus/${AZURE_PLAN_SKU}/availabilities?country=${encodeURIComponent(country)}`,
  );
  const catalogItemId = availabilities.items[0]?.catalogItemId;
  if (!catalogItemId) {
    throw new Error(`The catalogue sells no Azure plan in ${country}.`);
  }
  await api(`${customerPath(customerId)}/orders`, {
    method: 'POST',
    body: {
      referenceCustomerId: customerId,
      billingCycle: 'monthly',
      lineItems: [{ lineItemNumber: 0, offerId: catalogItemId, friendlyName: 'Azure plan', quantity: 1 }],
    },
  });
}
