export type Severity = 'critical' | 'moderate' | 'minimal';
export type RequestStatus = 'open' | 'attention_needed' | 'closed';

/** `ClockView`: `remaining` is an ISO-8601 duration of working time, negative once overdue. */
export interface SlaClock {
  state: 'not_started' | 'running' | 'paused' | 'stopped';
  target?: string;
  startedDate?: string;
  dueDate?: string;
  remaining?: string;
  breached: boolean;
  stoppedDate?: string;
}

/** The parts of support-service's `ServiceRequestView` the queue shows (the API writes no nulls). */
export interface ServiceRequest {
  id: string;
  title: string;
  severity: Severity;
  status: RequestStatus;
  supportTopicName?: string;
  organization?: { id?: string; name?: string };
  createdDate: string;
  escalation?: { escalated: boolean; escalatedDate?: string; reason?: string };
  sla?: { businessHours: boolean; firstResponse?: SlaClock; nextUpdate?: SlaClock; resolution?: SlaClock };
}

export const SEVERITY_NAMES: Record<Severity, string> = { critical: 'Critical', moderate: 'Moderate', minimal: 'Minimal' };
export const STATUS_NAMES: Record<RequestStatus, string> = { open: 'Open', attention_needed: 'Attention needed', closed: 'Closed' };
