import { Field, Input, type InputProps } from '@fluentui/react-components';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The API's complaint about this field, shown under it. */
  error?: string;
  hint?: string;
  required?: boolean;
  type?: InputProps['type'];
  placeholder?: string;
  disabled?: boolean;
}

/** A labelled input with its hint and the API's message about it: every text field of the operator's forms. */
export function TextField({ label, value, onChange, error, hint, required, type, placeholder, disabled }: TextFieldProps) {
  return (
    <Field label={label} required={required} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Input
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete="off"
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
