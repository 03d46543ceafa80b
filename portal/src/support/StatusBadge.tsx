import { Badge, makeStyles } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { statusLabel } from './labels';

const LOOKS = {
  open: { color: 'informative', icon: <CircleRegular /> },
  attention_needed: { color: 'warning', icon: <ErrorCircleRegular /> },
  closed: { color: 'subtle', icon: <CheckmarkCircleRegular /> },
} as const;

// A status of two words stays on one line in a narrow table column.
const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap' } });

/** A request's status in words with an icon: colour is never the only signal. */
export function StatusBadge({ status }: { status: string }) {
  const styles = useStyles();
  const look = LOOKS[status as keyof typeof LOOKS] ?? LOOKS.open;
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={look.color} icon={look.icon} data-status={status}>
      {statusLabel(status)}
    </Badge>
  );
}
