import { Tab, TabList } from '@fluentui/react-components';
import { useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../me/MeProvider';

/** The detail page's tabs are routes (…/subscriptions, …/usage), so each can be linked to and reloaded. */
export function CustomerTabs({ customerId }: { customerId: string }) {
  const { can } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/customers/${customerId}`;
  const selected = pathname.endsWith('/subscriptions') ? 'subscriptions' : pathname.endsWith('/usage') ? 'usage' : 'profile';
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_, data) => navigate(data.value === 'profile' ? base : `${base}/${String(data.value)}`)}
      aria-label="Customer sections"
    >
      <Tab value="profile">Profile</Tab>
      <Tab value="subscriptions">Subscriptions</Tab>
      {can('usage.read') && <Tab value="usage">Usage</Tab>}
    </TabList>
  );
}
