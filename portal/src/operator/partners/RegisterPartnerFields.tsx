import { Checkbox, Field, Select } from '@fluentui/react-components';
import type { FieldErrors } from '../../api/fieldErrors';
import { TextField } from '../../shell/TextField';
import { PARTNER_TYPE_NAMES } from './Partner';
import type { RegistrationDraft } from './registrationDraft';

interface Props {
  draft: RegistrationDraft;
  onChange: (draft: RegistrationDraft) => void;
  errors: FieldErrors;
  disabled: boolean;
}

const TYPES = ['direct', 'indirect_provider', 'indirect_reseller'] as const;
const GUID_HINT = 'A GUID, as Azure AD shows it.';

/** The organisation, its first global admin and its market: `PartnerRegistration` less the address. */
export function RegisterPartnerFields({ draft, onChange, errors, disabled }: Props) {
  const set = <K extends keyof RegistrationDraft>(key: K) => (value: RegistrationDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <TextField label="Tenant ID" required hint={GUID_HINT} value={draft.tenantId} onChange={set('tenantId')} error={errors.tenantId} disabled={disabled} />
      <TextField label="Organization name" required value={draft.name} onChange={set('name')} error={errors.name} disabled={disabled} />
      <Field label="Partner type" required validationMessage={errors.partnerType} validationState={errors.partnerType ? 'error' : 'none'}>
        <Select
          value={draft.partnerType}
          disabled={disabled}
          onChange={(_, data) => set('partnerType')(data.value as RegistrationDraft['partnerType'])}
        >
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {PARTNER_TYPE_NAMES[type]}
            </option>
          ))}
        </Select>
      </Field>
      {draft.partnerType === 'indirect_reseller' && (
        <TextField
          label="Provider tenant ID"
          required
          hint="The tenant ID of the indirect provider this reseller buys through."
          value={draft.providerTenantId}
          onChange={set('providerTenantId')}
          error={errors.providerTenantId}
          disabled={disabled}
        />
      )}
      <TextField label="Global admin object ID" required hint={`${GUID_HINT} This user receives the global admin role.`}
        value={draft.adminObjectId} onChange={set('adminObjectId')} error={errors['globalAdmin.objectId'] ?? errors.globalAdmin} disabled={disabled} />
      <TextField label="Global admin user principal name" required placeholder="admin@contoso.onmicrosoft.com"
        value={draft.adminUserPrincipalName} onChange={set('adminUserPrincipalName')} error={errors['globalAdmin.userPrincipalName']} disabled={disabled} />
      <TextField label="MPN ID" value={draft.mpnId} onChange={set('mpnId')} error={errors.mpnId} disabled={disabled} />
      <TextField label="Country" hint="ISO 3166 two-letter code, such as US." value={draft.country} onChange={set('country')} error={errors.country} disabled={disabled} />
      <TextField label="Billing currency" hint="ISO 4217 three-letter code, such as USD." value={draft.currency} onChange={set('currency')} error={errors.currency} disabled={disabled} />
      <Checkbox
        label="Require multi-factor authentication for its users"
        checked={draft.requireMfa}
        disabled={disabled}
        onChange={(_, data) => set('requireMfa')(data.checked === true)}
      />
    </>
  );
}
