import type { ReactNode } from 'react';
import { PARTNER_TYPE_NAMES, type Partner } from './Partner';
import { PartnerStateBadge } from './PartnerStateBadge';
import { DescriptionList } from '../../shell/DescriptionList';
import { formatUtcDateTime } from '../../shell/format';

function addressText(partner: Partner): string | undefined {
  const address = partner.address;
  if (!address) {
    return undefined;
  }
  return [address.addressLine1, address.addressLine2, address.addressLine3, address.city, address.state, address.postalCode, address.region, address.country]
    .filter(Boolean)
    .join(', ');
}

/** A partner's registration as a description list (screen readers pair each term with its value). */
export function PartnerDetails({ partner }: { partner: Partner }) {
  const items: [string, ReactNode][] = [
    ['Tenant ID', partner.tenantId],
    ['Type', PARTNER_TYPE_NAMES[partner.partnerType] ?? partner.partnerType],
    ['State', <PartnerStateBadge state={partner.state} />],
    ['Provider tenant ID', partner.providerTenantId],
    ['MPN ID', partner.mpnId],
    ['Country', partner.country],
    ['Billing currency', partner.currency],
    ['Multi-factor authentication', partner.requireMfa ? 'Required' : 'Not required'],
    ['Postal address', addressText(partner)],
    ['Registered', formatUtcDateTime(partner.createdDate)],
    ['Last changed', formatUtcDateTime(partner.lastModifiedDate)],
  ];
  return (
    <DescriptionList items={items} label={`${partner.name} details`} />
  );
}
