import type { Feature } from '../../me/Me';
import type { ServiceRequest } from '../ServiceRequest';
import { escalateRequest, updateRequest } from '../serviceRequestApi';
import type { TextAction } from './TextActionDialog';

export type ActionName = 'note' | 'escalate' | 'close';

/**
 * Which actions the caller may take on this request, as support-service decides (request/StatusRules and the
 * gateway's routes): notes and status need service_requests.write; escalating is the partner's act
 * (service_requests.open), as is reopening, so a closed request takes notes only from the partner, which reopens it.
 */
export function allowedActions(request: ServiceRequest, can: (feature: Feature) => boolean): ActionName[] {
  const closed = request.status === 'closed';
  const partner = can('service_requests.open');
  const actions: ActionName[] = [];
  if (can('service_requests.write') && (!closed || partner)) {
    actions.push('note');
  }
  if (partner && !closed && !request.escalation.escalated) {
    actions.push('escalate');
  }
  if (can('service_requests.write') && !closed) {
    actions.push('close');
  }
  return actions;
}

export function textAction(name: ActionName, request: ServiceRequest): TextAction {
  const closed = request.status === 'closed';
  switch (name) {
    case 'note':
      return {
        title: 'Add a note',
        intro: closed ? 'This request is closed: adding a note reopens it.' : request.status === 'attention_needed' ? 'Support is waiting for your reply: a note reopens the request.' : undefined,
        fieldLabel: 'Note',
        required: true,
        maxLength: 10000,
        submitLabel: 'Save note',
        refusedTitle: 'The note was not added',
        run: (text) => updateRequest(request.id, { newNote: { text }, ...(closed ? { status: 'open' as const } : {}) }),
      };
    case 'escalate':
      return {
        title: 'Escalate to support',
        intro: "The operator's support takes the request into its queue, and the SLA clocks start.",
        fieldLabel: 'Reason',
        hint: 'Why you need support: what you tried and what is still wrong.',
        required: true,
        maxLength: 4000,
        submitLabel: 'Send to support',
        refusedTitle: 'The request was not escalated',
        run: (reason) => escalateRequest(request.id, reason),
      };
    case 'close':
      return {
        title: 'Close this request?',
        intro: 'Close it when the problem is solved; it can be reopened later by adding a note.',
        fieldLabel: 'Closing note',
        hint: 'Optional: how it was solved.',
        required: false,
        maxLength: 10000,
        submitLabel: 'Yes, close it',
        refusedTitle: 'The request was not closed',
        run: (text) => updateRequest(request.id, { status: 'closed', ...(text ? { newNote: { text } } : {}) }),
      };
  }
}
