import { utcDay } from '../../shell/format';

/** What the audit log can be narrowed by (the gateway's AuditSearchField), one at a time as the API takes it. */
export type AuditFilterField = '' | 'CustomerId' | 'ResourceType' | 'CompanyName';

export interface AuditCriteria {
  /** yyyy-MM-dd, UTC, as the API reads dates. */
  startDate: string;
  /** yyyy-MM-dd, the whole day included (the API's endDate). */
  endDate: string;
  field: AuditFilterField;
  value: string;
}

/** The resource types the audit log records (AuditResourceType), in the wire's spelling. */
export const AUDIT_RESOURCE_TYPES = [
  'customer', 'customer_user', 'order', 'subscription', 'application', 'partner_user', 'invoice', 'agreement', 'undefined',
];

/** The operator each field accepts (AuditSearchField.OPERATORS): any other is a 400. */
const OPERATORS: Record<Exclude<AuditFilterField, ''>, string> = {
  CustomerId: 'equals',
  ResourceType: 'equals',
  CompanyName: 'substring',
};

/** A page of 100: the API's default of 500 rows is slow to render on a phone. */
const PAGE_SIZE = 100;

function utcDate(daysAgo: number): string {
  return utcDay(Date.now() - daysAgo * 86_400_000);
}

/** The last seven days, today included. */
export function defaultCriteria(): AuditCriteria {
  return { startDate: utcDate(6), endDate: utcDate(0), field: '', value: '' };
}

export interface CriteriaProblems {
  dates?: string;
  value?: string;
}

/** What the API would refuse (it needs the start on or before the end), said beside the field before asking it. */
export function problemsWith(criteria: AuditCriteria): CriteriaProblems | undefined {
  const problems: CriteriaProblems = {};
  if (!criteria.startDate || !criteria.endDate) {
    problems.dates = 'Enter both a start date and an end date.';
  } else if (criteria.startDate > criteria.endDate) {
    problems.dates = 'The start date must be on or before the end date.';
  }
  if (criteria.field && !criteria.value.trim()) {
    problems.value = 'Enter what to filter by, or choose "No filter".';
  }
  return problems.dates || problems.value ? problems : undefined;
}

/** `GET /v1/auditrecords` with the period and the SDKs' filter JSON ({"Field","Value","Operator"}). */
export function auditPath(criteria: AuditCriteria): string {
  const query = new URLSearchParams({ startDate: criteria.startDate, endDate: criteria.endDate, size: String(PAGE_SIZE) });
  if (criteria.field) {
    query.set('filter', JSON.stringify({ Field: criteria.field, Value: criteria.value.trim(), Operator: OPERATORS[criteria.field] }));
  }
  // A space as %20, not URLSearchParams' "+": not every server reads "+" in a query as a space.
  return `/v1/auditrecords?${query.toString().replace(/\+/g, '%20')}`;
}
