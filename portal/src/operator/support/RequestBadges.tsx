import { Badge } from '@fluentui/react-components';
import { SEVERITY_NAMES, STATUS_NAMES, type RequestStatus, type Severity } from './ServiceRequest';

const SEVERITY_COLOURS: Record<Severity, 'danger' | 'warning' | 'informative'> = { critical: 'danger', moderate: 'warning', minimal: 'informative' };

/** Severity in words (colour only repeats it). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge appearance="tint" shape="rounded" color={SEVERITY_COLOURS[severity] ?? 'informative'} data-severity={severity}>
      {SEVERITY_NAMES[severity] ?? severity}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: RequestStatus }) {
  return (
    <Badge appearance="outline" shape="rounded" color={status === 'closed' ? 'subtle' : 'brand'} data-status={status}>
      {STATUS_NAMES[status] ?? status}
    </Badge>
  );
}
