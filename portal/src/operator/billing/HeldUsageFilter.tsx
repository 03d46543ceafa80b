import { Field, Select } from '@fluentui/react-components';

/** The reasons billing holds a record, as `GET /v1/usagerecords/unrated` names them (its `reason` filter). */
const REASONS: [string, string][] = [
  ['partner_unknown', 'The partner'],
  ['partner_currency_unknown', "The partner's currency"],
  ['customer_unknown', 'The customer'],
  ['subscription_unknown', 'The subscription'],
  ['price_unknown', 'A price'],
  ['exchange_rate_unknown', 'An exchange rate'],
];

/** Narrows the held usage to one reason; empty is every reason. */
export function HeldUsageFilter({ reason, onChange }: { reason: string; onChange: (reason: string) => void }) {
  return (
    <Field label="Waiting for">
      <Select value={reason} onChange={(_, data) => onChange(data.value)}>
        <option value="">Any reason</option>
        {REASONS.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </Select>
    </Field>
  );
}
