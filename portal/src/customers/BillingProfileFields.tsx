import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { BillingDraft, DraftField } from './billingDraft';
import type { FieldErrors } from '../api/fieldErrors';
import { TextField } from '../shell/TextField';
import { MARKETS, marketOf } from './markets';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: '12px 16px', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))', alignItems: 'start', minWidth: 0 },
});

interface Props {
  draft: BillingDraft;
  onChange: (draft: BillingDraft) => void;
  errors: FieldErrors;
  disabled?: boolean;
}

/** A billing profile's fields, for a new customer and for editing one; the field names are the API's. */
export function BillingProfileFields({ draft, onChange, errors, disabled }: Props) {
  const styles = useStyles();
  const input = (field: DraftField, label: string, extra: { required?: boolean; type?: 'email' | 'tel'; autoComplete?: string; hint?: string } = {}) => (
    <TextField
      label={label}
      value={draft[field]}
      error={errors[field]}
      disabled={disabled}
      onChange={(value) => onChange({ ...draft, [field]: value })}
      {...extra}
    />
  );
  const changeCountry = (country: string) => {
    // A new country brings its usual culture and language; the user can still change them.
    const market = marketOf(country);
    onChange({ ...draft, country, culture: market?.culture ?? draft.culture, language: market?.language ?? draft.language });
  };
  return (
    <div className={styles.grid}>
      {input('companyName', 'Company name', { required: true, autoComplete: 'organization' })}
      {input('email', 'Email', { required: true, type: 'email', autoComplete: 'email', hint: 'Where billing notices go.' })}
      <Field label="Country" required validationMessage={errors.country} validationState={errors.country ? 'error' : 'none'}>
        <Select value={draft.country} disabled={disabled} onChange={(_, data) => changeCountry(data.value)}>
          {!marketOf(draft.country) && <option value={draft.country}>{draft.country || 'Choose a country'}</option>}
          {MARKETS.map((market) => (
            <option key={market.code} value={market.code}>
              {market.name} ({market.code})
            </option>
          ))}
        </Select>
      </Field>
      {input('culture', 'Culture', { required: true, hint: 'Such as en-US.' })}
      {input('language', 'Language', { required: true, hint: 'Such as en.' })}
      {input('addressLine1', 'Address line 1', { required: true, autoComplete: 'address-line1' })}
      {input('addressLine2', 'Address line 2', { autoComplete: 'address-line2' })}
      {input('city', 'City', { required: true, autoComplete: 'address-level2' })}
      {input('state', 'State or region', { autoComplete: 'address-level1', hint: 'Required in some countries, such as US (e.g. WA).' })}
      {input('postalCode', 'Postal code', { required: true, autoComplete: 'postal-code' })}
      {input('firstName', 'First name', { required: true, autoComplete: 'given-name' })}
      {input('lastName', 'Last name', { required: true, autoComplete: 'family-name' })}
      {input('phoneNumber', 'Phone number', { type: 'tel', autoComplete: 'tel' })}
    </div>
  );
}
