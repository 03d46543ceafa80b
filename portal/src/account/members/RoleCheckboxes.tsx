import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { roleLabel } from './roles';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'grid', gap: '2px' },
  legend: { padding: 0, marginBottom: '4px', fontWeight: tokens.fontWeightSemibold },
});

interface RoleCheckboxesProps {
  legend: string;
  roles: string[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  disabled?: boolean;
  hint?: string;
}

/**
 * A fieldset rather than a Fluent Field: a Field labels one control, and each checkbox here has its own label
 * ("Sales agent (sales_agent)") while the legend names the group.
 */
export function RoleCheckboxes({ legend, roles, selected, onChange, disabled, hint }: RoleCheckboxesProps) {
  const styles = useStyles();
  const toggle = (role: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) {
      next.add(role);
    } else {
      next.delete(role);
    }
    onChange(next);
  };
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend className={styles.legend}>{legend}</legend>
      {roles.map((role) => (
        <Checkbox
          key={role}
          label={roleLabel(role)}
          checked={selected.has(role)}
          disabled={disabled}
          onChange={(_, data) => toggle(role, data.checked === true)}
        />
      ))}
      {hint && <Caption1>{hint}</Caption1>}
    </fieldset>
  );
}
