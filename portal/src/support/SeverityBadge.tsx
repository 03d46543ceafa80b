import { Badge } from '@fluentui/react-components';
import { severityLabel } from './labels';

const COLORS = { critical: 'danger', moderate: 'warning', minimal: 'informative' } as const;

/** A request's severity in words (the colour only repeats it). */
export function SeverityBadge({ severity }: { severity: string }) {
  return (
    <Badge appearance="outline" shape="rounded" color={COLORS[severity as keyof typeof COLORS] ?? 'informative'} data-severity={severity}>
      {severityLabel(severity)}
    </Badge>
  );
}
