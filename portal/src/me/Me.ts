/** `GET /v1/me`: the signed-in user, their organisation, roles and the features those allow. */
export interface Me {
  user: { id: string; userPrincipalName: string | null; application: boolean };
  partner: { tenantId: string; name: string; partnerType: string; providerTenantId: string | null };
  roles: string[];
  features: string[];
}

/** The features `GET /v1/me` names (commons' caller.Feature, in their wire names). */
export type Feature =
  | 'customers.read'
  | 'customers.write'
  | 'customer_details.write'
  | 'usage.read'
  | 'invoices.read'
  | 'pricing.read'
  | 'service_requests.read'
  | 'service_requests.open'
  | 'service_requests.write'
  | 'users.manage'
  | 'profile.read'
  | 'profile.write'
  | 'audit.read'
  | 'relationship.requests'
  | 'operator.admin'
  | 'support_topics.write'
  | 'service_incidents.write';
