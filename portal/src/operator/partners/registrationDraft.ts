import type { PartnerAddress, PartnerRegistration } from './Partner';

/** The register form as typed: every field text, so that the API (not the form) judges each value. */
export interface RegistrationDraft {
  tenantId: string;
  name: string;
  partnerType: PartnerRegistration['partnerType'];
  providerTenantId: string;
  adminObjectId: string;
  adminUserPrincipalName: string;
  mpnId: string;
  requireMfa: boolean;
  country: string;
  currency: string;
  address: Required<PartnerAddress>;
}

export const EMPTY_DRAFT: RegistrationDraft = {
  tenantId: '',
  name: '',
  partnerType: 'direct',
  providerTenantId: '',
  adminObjectId: '',
  adminUserPrincipalName: '',
  mpnId: '',
  requireMfa: false,
  country: '',
  currency: '',
  address: { addressLine1: '', addressLine2: '', addressLine3: '', city: '', state: '', postalCode: '', region: '', country: '' },
};

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The `PartnerRegistration` body: blank optional fields left out, no address unless a line of it was typed. */
export function toRegistration(draft: RegistrationDraft): PartnerRegistration {
  const address = Object.fromEntries(
    Object.entries(draft.address).flatMap(([key, value]) => (text(value) ? [[key, text(value)]] : [])),
  ) as PartnerAddress;
  return {
    tenantId: draft.tenantId.trim(),
    name: draft.name.trim(),
    partnerType: draft.partnerType,
    globalAdmin: { objectId: draft.adminObjectId.trim(), userPrincipalName: draft.adminUserPrincipalName.trim() },
    providerTenantId: draft.partnerType === 'indirect_reseller' ? text(draft.providerTenantId) : undefined,
    mpnId: text(draft.mpnId),
    requireMfa: draft.requireMfa,
    country: text(draft.country),
    currency: text(draft.currency),
    address: Object.keys(address).length > 0 ? address : undefined,
  };
}
