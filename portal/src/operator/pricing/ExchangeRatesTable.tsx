import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { ExchangeRateSet } from './PriceList';
import { formatUtcDate, formatUtcDateTime } from '../../shell/format';

const useStyles = makeStyles({ table: { minWidth: '640px', tableLayout: 'auto' }, rates: { minWidth: '240px' } });

const SHOWN = 8;

function ratesText(rates: Record<string, number>): string {
  const entries = Object.entries(rates);
  const shown = entries.slice(0, SHOWN).map(([currency, rate]) => `${currency} ${rate}`).join(', ');
  return entries.length > SHOWN ? `${shown} and ${entries.length - SHOWN} more` : shown;
}

/** Published exchange rate sets: per US dollar, from their effective date on. */
export function ExchangeRatesTable({ sets }: { sets: ExchangeRateSet[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Published exchange rates (scrolls sideways)">
      <Table className={styles.table} aria-label="Published exchange rates">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Effective</TableHeaderCell>
            <TableHeaderCell>Base</TableHeaderCell>
            <TableHeaderCell>Rates</TableHeaderCell>
            <TableHeaderCell>Published</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sets.map((set) => (
            <TableRow key={set.id}>
              <TableCell>{formatUtcDate(set.effectiveDate)}</TableCell>
              <TableCell>{set.base}</TableCell>
              <TableCell className={styles.rates}>{ratesText(set.rates)}</TableCell>
              <TableCell>{formatUtcDateTime(set.publishedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
