/** `PartnerType` in its wire names; `operator` is the platform itself and is never registered. */
export type PartnerType = 'direct' | 'indirect_provider' | 'indirect_reseller' | 'operator';

export const PARTNER_TYPE_NAMES: Record<PartnerType, string> = {
  direct: 'Direct bill partner',
  indirect_provider: 'Indirect provider',
  indirect_reseller: 'Indirect reseller',
  operator: 'Operator',
};

/** The gateway's `PartnerAddress`: every line optional, in and out. */
export interface PartnerAddress {
  addressLine1?: string;
  addressLine2?: string;
  addressLine3?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  region?: string;
  country?: string;
}

/** The gateway's `PartnerView` (the API writes no nulls, so what was never set is absent). */
export interface Partner {
  id: string;
  tenantId: string;
  name: string;
  partnerType: PartnerType;
  providerTenantId?: string;
  mpnId?: string;
  requireMfa: boolean;
  country?: string;
  currency?: string;
  address?: PartnerAddress;
  state: 'active' | 'suspended';
  createdDate: string;
  lastModifiedDate?: string;
}

/** The body of `POST /v1/partners`: the gateway's `PartnerRegistration`. */
export interface PartnerRegistration {
  tenantId: string;
  name: string;
  partnerType: Exclude<PartnerType, 'operator'>;
  globalAdmin: { objectId: string; userPrincipalName: string };
  providerTenantId?: string;
  mpnId?: string;
  requireMfa?: boolean;
  country?: string;
  currency?: string;
  address?: PartnerAddress;
}
