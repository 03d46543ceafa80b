import { makeStyles, tokens } from '@fluentui/react-components';
import type { FieldErrors } from '../../api/fieldErrors';
import { TextField } from '../../shell/TextField';
import type { PartnerAddress } from './Partner';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: '8px', gridTemplateColumns: 'minmax(0, 1fr)' },
  legend: { padding: 0, marginBottom: '4px', fontWeight: tokens.fontWeightSemibold },
});

const LINES: [keyof PartnerAddress, string][] = [
  ['addressLine1', 'Address line 1'],
  ['addressLine2', 'Address line 2'],
  ['addressLine3', 'Address line 3'],
  ['city', 'City'],
  ['state', 'State or province'],
  ['postalCode', 'Postal code'],
  ['region', 'Region'],
  ['country', 'Address country'],
];

interface Props {
  address: Required<PartnerAddress>;
  onChange: (address: Required<PartnerAddress>) => void;
  errors: FieldErrors;
  disabled: boolean;
}

/** The optional postal address its invoice statements print; a fieldset, since the legend names eight fields. */
export function PartnerAddressFields({ address, onChange, errors, disabled }: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend className={styles.legend}>Postal address (optional)</legend>
      {LINES.map(([key, label]) => (
        <TextField
          key={key}
          label={label}
          value={address[key]}
          onChange={(value) => onChange({ ...address, [key]: value })}
          error={errors[`address.${key}`]}
          disabled={disabled}
        />
      ))}
    </fieldset>
  );
}
