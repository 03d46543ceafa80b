import { api } from '../api/client';
import type { ServiceRequest, Severity, Status } from './ServiceRequest';

export const REQUESTS_PER_PAGE = 50;

/** The list's filters; the API filters on both itself (`status`, `severity` query parameters, one value each). */
export interface RequestFilter {
  status: Status | '';
  severity: Severity | '';
}

export function listPath(filter: RequestFilter): string {
  const parameters = new URLSearchParams({ size: String(REQUESTS_PER_PAGE) });
  if (filter.status) {
    parameters.set('status', filter.status);
  }
  if (filter.severity) {
    parameters.set('severity', filter.severity);
  }
  return `/v1/servicerequests?${parameters}`;
}

export function requestPath(id: string): string {
  return `/v1/servicerequests/${encodeURIComponent(id)}`;
}

export function timelinePath(id: string): string {
  return `${requestPath(id)}/timeline?size=50`;
}

/** `POST /v1/servicerequests/{agentLocale}`'s body (ServiceRequestCreate; bound in any case). */
export interface NewRequest {
  title: string;
  description: string;
  severity: Severity;
  supportTopicId: number;
  customerId?: string;
}

/** The agent locale is the language support answers in; the API takes a BCP 47 tag such as en-US. */
function agentLocale(): string {
  const language = navigator.language;
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(language) ? language : 'en-US';
}

export function openRequest(request: NewRequest): Promise<ServiceRequest> {
  return api<ServiceRequest>(`/v1/servicerequests/${agentLocale()}`, { method: 'POST', body: request });
}

/** A PATCH (ServiceRequestPatch): a note, a status, or both at once (a note on a closed request must reopen it). */
export function updateRequest(id: string, change: { newNote?: { text: string }; status?: Status }): Promise<ServiceRequest> {
  return api<ServiceRequest>(requestPath(id), { method: 'PATCH', body: change });
}

/** `POST .../escalate` (EscalationRequest): to the operator's support, with the reason; starts the SLA clocks. */
export function escalateRequest(id: string, reason: string): Promise<ServiceRequest> {
  return api<ServiceRequest>(`${requestPath(id)}/escalate`, { method: 'POST', body: { reason } });
}
