import { Badge, makeStyles } from '@fluentui/react-components';
import { severityLabel } from './labels';

const COLORS = { critical: 'danger', moderate: 'warning', minimal: 'informative' } as const;

// A status of two words stays on one line in a narrow table column.
const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap' } });

/** A request's severity in words (the colour only repeats it). */
export function SeverityBadge({ severity }: { severity: string }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="outline" shape="rounded" color={COLORS[severity as keyof typeof COLORS] ?? 'informative'} data-severity={severity}>
      {severityLabel(severity)}
    </Badge>
  );
}
