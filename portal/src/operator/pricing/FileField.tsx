import { Field } from '@fluentui/react-components';

interface Props {
  label: string;
  accept: string;
  hint: string;
  onFile: (file: File | undefined) => void;
  disabled?: boolean;
}

/** A native file input (Fluent has none) labelled through Field, which hands it its id and descriptions. */
export function FileField({ label, accept, hint, onFile, disabled }: Props) {
  return (
    <Field label={label} hint={hint} required>
      {(fieldProps) => (
        <input {...fieldProps} type="file" accept={accept} disabled={disabled} onChange={(event) => onFile(event.target.files?.[0])} />
      )}
    </Field>
  );
}
