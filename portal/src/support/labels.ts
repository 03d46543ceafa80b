import type { Severity, Status } from './ServiceRequest';

/** The API's statuses and severities (support-service ServiceRequestStatus, Severity), in words. */
export const STATUS_LABELS: Record<Status, string> = {
  open: 'Open',
  attention_needed: 'Attention needed',
  closed: 'Closed',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  moderate: 'Moderate',
  minimal: 'Minimal',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as Status] ?? status;
}

export function severityLabel(severity: string): string {
  return SEVERITY_LABELS[severity as Severity] ?? severity;
}
