/** The wire shapes of customer-service's resources this area reads and writes (the real API's, camelCase). */
export interface Attributes {
  objectType?: string;
  etag?: string;
}

export interface Address {
  country: string;
  city: string;
  state: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  firstName: string;
  lastName: string;
  phoneNumber: string | null;
}

export interface CompanyProfile {
  tenantId: string;
  domain: string;
  companyName: string;
}

export interface BillingProfile {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  culture: string;
  language: string;
  companyName: string;
  defaultAddress: Address;
  attributes: Attributes;
}

export interface Customer {
  id: string;
  companyProfile: CompanyProfile;
  billingProfile: BillingProfile;
  relationshipToPartner: string;
  /** Only in the answer to the customer's creation; the password never again. */
  userCredentials?: { userName: string; password?: string } | null;
}

export interface Subscription {
  id: string;
  offerId: string;
  offerName: string;
  friendlyName: string;
  quantity: number;
  unitType: string;
  status: 'none' | 'active' | 'pending' | 'suspended' | 'deleted';
  creationDate: string;
  billingCycle: string;
  attributes: Attributes;
}

export interface UtilizationRecord {
  usageStartTime: string;
  usageEndTime: string;
  /** name, category and subcategory are null for a meter no price list names yet. */
  resource: { id: string; name: string | null; category: string | null; subcategory: string | null; region: string | null };
  quantity: number;
  unit: string;
  instanceData?: { resourceUri: string | null; location: string | null } | null;
}
