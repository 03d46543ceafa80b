import { Field, Input, type InputProps } from '@fluentui/react-components';

interface LabelledInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: InputProps['type'];
  autoComplete?: string;
  disabled?: boolean;
}

/** One text input with its label, hint and the API's complaint about it: every form field here is one of these. */
export function LabelledInput({ label, value, onChange, error, hint, required, type, autoComplete, disabled }: LabelledInputProps) {
  return (
    <Field label={label} required={required} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Input type={type} value={value} autoComplete={autoComplete} disabled={disabled} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
