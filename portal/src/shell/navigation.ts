import type { FluentIcon } from '@fluentui/react-icons';
import {
  DocumentSearchRegular,
  HomeRegular,
  PeopleRegular,
  PeopleTeamRegular,
  AppsListRegular,
  DataUsageRegular,
  ReceiptRegular,
  MoneyRegular,
  BuildingMultipleRegular,
  CalendarLtrRegular,
  DocumentTableRegular,
  AlertUrgentRegular,
  PersonSupportRegular,
} from '@fluentui/react-icons';
import type { Feature } from '../me/Me';

export interface NavEntry {
  path: string;
  label: string;
  icon: FluentIcon;
  /** Shown only to callers with this feature; none: everyone signed in. */
  feature?: Feature;
  section?: string;
}

/** The portal's pages in the order of the navigation; each page checks the same feature again (deep links). */
export const NAVIGATION: NavEntry[] = [
  { path: '/', label: 'Home', icon: HomeRegular },
  { path: '/customers', label: 'Customers', icon: PeopleRegular, feature: 'customers.read' },
  { path: '/billing/invoices', label: 'Invoices', icon: ReceiptRegular, feature: 'invoices.read', section: 'Billing' },
  { path: '/billing/unbilled', label: 'Unbilled usage', icon: DataUsageRegular, feature: 'invoices.read', section: 'Billing' },
  { path: '/pricing', label: 'Pricing', icon: MoneyRegular, feature: 'pricing.read', section: 'Pricing' },
  { path: '/support/requests', label: 'Service requests', icon: PersonSupportRegular, feature: 'service_requests.read', section: 'Support' },
  { path: '/account/users', label: 'Users', icon: PeopleTeamRegular, feature: 'users.manage', section: 'Account settings' },
  { path: '/account/applications', label: 'Applications', icon: AppsListRegular, feature: 'users.manage', section: 'Account settings' },
  { path: '/account/audit', label: 'Audit log', icon: DocumentSearchRegular, feature: 'audit.read', section: 'Account settings' },
  { path: '/operator/partners', label: 'Partners', icon: BuildingMultipleRegular, feature: 'operator.admin', section: 'Operator' },
  { path: '/operator/pricing', label: 'Price lists', icon: DocumentTableRegular, feature: 'operator.admin', section: 'Operator' },
  { path: '/operator/billing', label: 'Billing periods', icon: CalendarLtrRegular, feature: 'operator.admin', section: 'Operator' },
  // operator_support's queue: support_topics.write is held by operator_support alone (see operator/routes.tsx).
  { path: '/operator/support', label: 'Escalated requests', icon: AlertUrgentRegular, feature: 'support_topics.write', section: 'Operator' },
];
