import type { Me } from '../../me/Me';

/** Friendly names of the wire roles (commons' Roles); an unknown role shows its wire name. */
const ROLE_NAMES: Record<string, string> = {
  global_admin: 'Global admin',
  admin_agent: 'Admin agent',
  sales_agent: 'Sales agent',
  helpdesk_agent: 'Helpdesk agent',
  billing_admin: 'Billing admin',
  user_admin: 'User admin',
  operator_admin: 'Operator admin',
  operator_support: 'Operator support',
};

/** What the gateway lets a partner grant (Access.PARTNER_ROLES), in the order the admin reads them. */
const PARTNER_ROLES = ['global_admin', 'user_admin', 'admin_agent', 'sales_agent', 'helpdesk_agent', 'billing_admin'];
/** The operator grants only operator roles to its own members (Access.OPERATOR_ROLES). */
const OPERATOR_ROLES = ['operator_admin', 'operator_support'];

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}

/** "Sales agent (sales_agent)": people read the first part, tests and API users the wire name. */
export function roleLabel(role: string): string {
  return `${roleName(role)} (${role})`;
}

function isOperator(me: Me): boolean {
  return me.partner.partnerType.toLowerCase() === 'operator';
}

/** Every role the caller's organisation grants; anything else the API refuses with 400. */
export function grantableRoles(me: Me): string[] {
  return isOperator(me) ? OPERATOR_ROLES : PARTNER_ROLES;
}

/** The role only its holders may grant, revoke or remove (RoleChangeRules.administratorRole). */
export function administratorRole(me: Me): string {
  return isOperator(me) ? 'operator_admin' : 'global_admin';
}

/** Whether the caller may grant or revoke `role` at all (RoleChangeRules.requireRightToChange). */
export function mayChangeRole(me: Me, role: string): boolean {
  return role !== administratorRole(me) || me.roles.includes(role);
}
