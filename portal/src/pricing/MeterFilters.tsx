import { Field, SearchBox, Select, makeStyles } from '@fluentui/react-components';
import { ANY_REGION, regionLabel, type MeterSearch } from './meterSearch';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end' },
  field: { minWidth: '160px', flex: '1 1 180px', maxWidth: '320px' },
});

interface MeterFiltersProps {
  search: MeterSearch;
  categories: string[];
  regions: string[];
  onChange: (search: MeterSearch) => void;
}

/** Narrows the loaded card as the user types: it is all in the browser, so each change costs no request. */
export function MeterFilters({ search, categories, regions, onChange }: MeterFiltersProps) {
  const styles = useStyles();
  const change = (part: Partial<MeterSearch>) => onChange({ ...search, ...part });
  return (
    <div className={styles.form} role="search" aria-label="Find meters">
      <Field className={styles.field} label="Search meters" hint="Part of a meter's name or subcategory.">
        <SearchBox value={search.text} onChange={(_, data) => change({ text: data.value })} />
      </Field>
      <Field className={styles.field} label="Category">
        <Select value={search.category} onChange={(_, data) => change({ category: data.value })}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category} value={category}>{category}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label="Region">
        <Select value={search.region} onChange={(_, data) => change({ region: data.value })}>
          <option value={ANY_REGION}>All regions</option>
          {regions.map((region) => (
            <option key={region} value={region}>{regionLabel(region)}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
