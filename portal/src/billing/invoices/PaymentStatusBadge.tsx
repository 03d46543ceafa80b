import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleHalfFillRegular, ClockRegular, WarningRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { PaymentStatus } from '../Invoice';

interface Look {
  label: string;
  color: BadgeProps['color'];
  icon: ReactElement;
}

/** Text and an icon for each status, so the colour is never the only signal. */
const LOOKS: Record<PaymentStatus, Look> = {
  unpaid: { label: 'Unpaid', color: 'informative', icon: <ClockRegular /> },
  partially_paid: { label: 'Partially paid', color: 'warning', icon: <CircleHalfFillRegular /> },
  paid: { label: 'Paid', color: 'success', icon: <CheckmarkCircleRegular /> },
  overdue: { label: 'Overdue', color: 'danger', icon: <WarningRegular /> },
};

export function paymentStatusLabel(status: PaymentStatus): string {
  return LOOKS[status]?.label ?? status;
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const look = LOOKS[status] ?? { label: status, color: 'informative', icon: <ClockRegular /> };
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} data-payment-status={status}>
      {look.label}
    </Badge>
  );
}
