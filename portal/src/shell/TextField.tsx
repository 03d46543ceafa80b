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
  /** The browser's autofill hint (`email`, `postal-code`); off unless a field says what it holds. */
  autoComplete?: string;
  disabled?: boolean;
}

/** A labelled input with its hint and the API's message about it: every text field of the portal's forms. */
export function TextField({ label, value, onChange, error, hint, required, type, placeholder, autoComplete = 'off', disabled }: TextFieldProps) {
  return (
    <Field label={label} required={required} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Input
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        autoComplete={autoComplete}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
