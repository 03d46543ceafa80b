import { severityLabel, statusLabel } from '../labels';
import type { TimelineEntry } from '../ServiceRequest';

/** An entry of the timeline in words: what changed, from what to what. */
export function timelineWords(entry: TimelineEntry): string {
  switch (entry.action) {
    case 'created':
      return 'Opened the request';
    case 'note_added':
      return 'Added a note';
    case 'status_changed':
      return entry.from
        ? `Changed the status from ${statusLabel(entry.from)} to ${statusLabel(entry.to ?? '')}`
        : `Set the status to ${statusLabel(entry.to ?? '')}`;
    case 'severity_changed':
      return `Changed the severity from ${severityLabel(entry.from ?? '')} to ${severityLabel(entry.to ?? '')}`;
    case 'escalated':
      return 'Escalated the request to support';
    default:
      return entry.action;
  }
}

export function actorWords(entry: TimelineEntry): string {
  const side = entry.actor.side === 'operator' ? 'Support' : 'Partner';
  return entry.actor.name ? `${entry.actor.name} (${side})` : side;
}
