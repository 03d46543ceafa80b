import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../shell/TableScroll';
import { regionLabel } from './meterSearch';
import { priceFormatter } from './priceFormat';
import type { AzureMeter } from './RateCard';
import { TierRates } from './TierRates';
import { formatNumber, formatUtcDate } from '../shell/format';

const useStyles = makeStyles({
  // Columns as wide as their content: Fluent's fixed layout makes them equal whatever they hold.
  table: { minWidth: '900px', tableLayout: 'auto' },
  top: { verticalAlign: 'top', paddingTop: '8px', paddingBottom: '8px' },
  id: { display: 'block', fontFamily: 'monospace' },
  sub: { display: 'block' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** One page of meters, each with its tiers as a small table of its own. */
export function MeterTable({ meters, currency }: { meters: AzureMeter[]; currency: string }) {
  const styles = useStyles();
  const price = priceFormatter(currency);
  return (
    <TableScroll label="Meters (scrolls sideways)">
      <Table className={styles.table} aria-label="Meters">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Meter</TableHeaderCell>
            <TableHeaderCell>Category</TableHeaderCell>
            <TableHeaderCell>Region</TableHeaderCell>
            <TableHeaderCell>Included quantity</TableHeaderCell>
            <TableHeaderCell>Rates ({currency})</TableHeaderCell>
            <TableHeaderCell>Effective</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {meters.map((meter) => (
            <TableRow key={meter.id}>
              <TableCell className={styles.top}>
                {meter.name}
                <Caption1 className={styles.id}>{meter.id}</Caption1>
              </TableCell>
              <TableCell className={styles.top}>
                {meter.category}
                {meter.subcategory && <Caption1 className={styles.sub}>{meter.subcategory}</Caption1>}
              </TableCell>
              <TableCell className={styles.top}>{regionLabel(meter.region)}</TableCell>
              <TableCell className={`${styles.top} ${styles.nowrap}`}>
                {formatNumber(meter.includedQuantity, 10)} {meter.unit}
              </TableCell>
              <TableCell className={styles.top}>
                <TierRates meterName={meter.name} rates={meter.rates} unit={meter.unit} price={price} />
              </TableCell>
              <TableCell className={`${styles.top} ${styles.nowrap}`}>{formatUtcDate(meter.effectiveDate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
