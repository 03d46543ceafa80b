import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { SEVERITY_LABELS } from './labels';
import type { Severity } from './ServiceRequest';
import { CUSTOMERS_OFFERED, useRequestChoices } from './useRequestChoices';

export interface RequestDraft {
  title: string;
  description: string;
  severity: Severity;
  supportTopicId: string;
  customerId: string;
}

export const EMPTY_DRAFT: RequestDraft = { title: '', description: '', severity: 'moderate', supportTopicId: '', customerId: '' };

interface NewRequestFieldsProps {
  draft: RequestDraft;
  onChange: (part: Partial<RequestDraft>) => void;
  disabled: boolean;
}

/** The fields of a new request: what the API requires, and the customer it concerns if any. */
export function NewRequestFields({ draft, onChange, disabled }: NewRequestFieldsProps) {
  const { topics, customers, mayChooseCustomer } = useRequestChoices();
  const topicItems = topics.data?.items ?? [];
  const customerItems = customers.data?.items ?? [];
  const topicProblem = topics.isError ? `The support topics could not be loaded: ${(topics.error as Error).message}` : undefined;
  return (
    <>
      <Field label="Title" required>
        <Input value={draft.title} onChange={(_, data) => onChange({ title: data.value })} disabled={disabled} maxLength={256} />
      </Field>
      <Field label="Description" required hint="What happens, since when, and what you already tried.">
        <Textarea value={draft.description} onChange={(_, data) => onChange({ description: data.value })} disabled={disabled} maxLength={10000} rows={5} resize="vertical" />
      </Field>
      <Field label="Severity" required hint="Critical: a service is down for your customers. Minimal: a question.">
        <Select value={draft.severity} onChange={(_, data) => onChange({ severity: data.value as Severity })} disabled={disabled}>
          {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </Select>
      </Field>
      <Field label="Support topic" required validationMessage={topicProblem}>
        <Select value={draft.supportTopicId} onChange={(_, data) => onChange({ supportTopicId: data.value })} disabled={disabled || topics.isPending}>
          <option value="">{topics.isPending ? 'Loading topics…' : 'Choose a topic'}</option>
          {topicItems.map((topic) => (
            <option key={topic.id} value={String(topic.id)}>{topic.name}</option>
          ))}
        </Select>
      </Field>
      {mayChooseCustomer && (
        <Field
          label="Customer"
          hint={customers.data?.links?.next ? `Optional. Your first ${CUSTOMERS_OFFERED} customers are listed.` : 'Optional: the customer this request is about.'}
          validationMessage={customers.isError ? `The customers could not be loaded: ${(customers.error as Error).message}` : undefined}
        >
          <Select value={draft.customerId} onChange={(_, data) => onChange({ customerId: data.value })} disabled={disabled}>
            <option value="">No customer</option>
            {customerItems.map((customer) => (
              <option key={customer.id} value={customer.id}>{customer.companyProfile.companyName}</option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
