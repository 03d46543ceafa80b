import type { BillingProfile } from './types';
import { DescriptionList } from '../shell/DescriptionList';

/** A billing profile as read; its address on as few lines as its parts need. */
export function BillingProfileSummary({ profile }: { profile: BillingProfile }) {
  const address = profile.defaultAddress;
  const contact = [profile.firstName ?? address.firstName, profile.lastName ?? address.lastName].filter(Boolean).join(' ');
  const lines = [
    address.addressLine1,
    address.addressLine2,
    [address.city, address.state, address.postalCode].filter(Boolean).join(', '),
    address.country,
  ].filter(Boolean);
  return (
    <DescriptionList
      label="Billing profile"
      items={[
        ['Company name', profile.companyName],
        ['Contact', contact],
        ['Email', profile.email],
        ['Phone number', address.phoneNumber],
        ['Address', lines.map((line) => <div key={line}>{line}</div>)],
        ['Culture', profile.culture],
        ['Language', profile.language],
      ]}
    />
  );
}
