import { api } from '../../api/client';
import type { Partner, PartnerRegistration } from './Partner';

export const PARTNERS_PATH = '/v1/partners';

function partnerPath(tenantId: string): string {
  return `${PARTNERS_PATH}/${encodeURIComponent(tenantId)}`;
}

export function getPartner(tenantId: string): Promise<Partner> {
  return api<Partner>(partnerPath(tenantId));
}

export function registerPartner(registration: PartnerRegistration): Promise<Partner> {
  return api<Partner>(PARTNERS_PATH, { method: 'POST', body: registration });
}

/**
 * Suspension has routes of its own rather than a PATCH field: `PartnerUpdate` never changes the state, and the
 * gateway applies these without an etag so that an edit in flight cannot make them fail.
 */
export function changePartnerState(tenantId: string, suspend: boolean): Promise<Partner> {
  return api<Partner>(`${partnerPath(tenantId)}/${suspend ? 'suspend' : 'reactivate'}`, { method: 'POST' });
}
