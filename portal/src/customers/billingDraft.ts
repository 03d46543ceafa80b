import type { BillingProfile } from './types';
import { marketOf } from './markets';

/** A billing profile as its form edits it: flat, every value a string (blank means not given). */
export interface BillingDraft {
  companyName: string;
  email: string;
  culture: string;
  language: string;
  country: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  firstName: string;
  lastName: string;
  phoneNumber: string;
}

export type DraftField = keyof BillingDraft;

export function emptyDraft(country = 'US'): BillingDraft {
  const market = marketOf(country);
  return {
    companyName: '', email: '', culture: market?.culture ?? '', language: market?.language ?? '', country,
    addressLine1: '', addressLine2: '', city: '', state: '', postalCode: '', firstName: '', lastName: '', phoneNumber: '',
  };
}

export function draftOf(profile: BillingProfile): BillingDraft {
  const address = profile.defaultAddress;
  return {
    companyName: profile.companyName ?? '', email: profile.email ?? '', culture: profile.culture ?? '',
    language: profile.language ?? '', country: address.country ?? '', addressLine1: address.addressLine1 ?? '',
    addressLine2: address.addressLine2 ?? '', city: address.city ?? '', state: address.state ?? '',
    postalCode: address.postalCode ?? '', firstName: address.firstName ?? profile.firstName ?? '',
    lastName: address.lastName ?? profile.lastName ?? '', phoneNumber: address.phoneNumber ?? '',
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The profile as POST /v1/customers and PUT .../profiles/billing take it. The contact's names go both on the profile
 * and its address: the form has one contact, and a PUT without the profile's own would keep stale ones.
 */
export function profileOf(draft: BillingDraft, etag?: string) {
  return {
    companyName: draft.companyName.trim(),
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    email: draft.email.trim(),
    culture: draft.culture.trim(),
    language: draft.language.trim(),
    defaultAddress: {
      country: draft.country,
      addressLine1: draft.addressLine1.trim(),
      addressLine2: orNull(draft.addressLine2),
      city: draft.city.trim(),
      state: orNull(draft.state),
      postalCode: draft.postalCode.trim(),
      firstName: draft.firstName.trim(),
      lastName: draft.lastName.trim(),
      phoneNumber: orNull(draft.phoneNumber),
    },
    ...(etag ? { attributes: { etag } } : {}),
  };
}
