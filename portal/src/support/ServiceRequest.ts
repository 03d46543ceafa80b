/** The wire shapes of support-service (request/ServiceRequestView, timeline/TimelineEntryView, topic/SupportTopicView). */
export type Status = 'open' | 'attention_needed' | 'closed';
export type Severity = 'critical' | 'moderate' | 'minimal';
export type ClockState = 'not_started' | 'running' | 'paused' | 'stopped';

/** One SLA clock; durations are ISO-8601 working time, and `remaining` is negative once overdue. */
export interface Clock {
  state: ClockState;
  target: string;
  startedDate: string | null;
  dueDate: string | null;
  remaining: string;
  breached: boolean;
  stoppedDate: string | null;
}

export interface Sla {
  /** Whether the clocks count business hours only (else around the clock). */
  businessHours: boolean;
  firstResponse: Clock;
  nextUpdate: Clock;
  resolution: Clock;
}

export interface Note {
  text: string;
  createdByName: string | null;
  createdDate: string;
}

export interface ServiceRequest {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  status: Status;
  supportTopicId: string;
  supportTopicName: string;
  organization: { id: string; name: string | null } | null;
  primaryContact: { firstName: string | null; lastName: string | null; email: string | null; phoneNumber: string | null } | null;
  createdDate: string;
  lastModifiedDate: string;
  lastClosedDate: string | null;
  /** The latest 100 only; the timeline has them all. */
  notes: Note[];
  countryCode: string | null;
  customerId: string | null;
  escalation: { escalated: boolean; escalatedDate: string | null; reason: string | null };
  sla: Sla;
}

export type TimelineAction = 'created' | 'note_added' | 'status_changed' | 'severity_changed' | 'escalated';

export interface TimelineEntry {
  id: string;
  date: string;
  actor: { side: 'partner' | 'operator'; id: string | null; name: string | null };
  action: TimelineAction;
  from: string | null;
  to: string | null;
  text: string | null;
}

export interface SupportTopic {
  /** A number here, unlike a request's `supportTopicId` (text), as in the real API. */
  id: number;
  name: string;
  description: string | null;
}
