import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { formatNumber } from '../shell/format';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: 'auto', minWidth: '200px' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
});

interface TierRatesProps {
  meterName: string;
  rates: Record<string, number>;
  unit: string;
  price: (value: number) => string;
}

/** A meter's tiers, lowest first: from each start quantity on, the unit price (the API's `rates` map). */
export function TierRates({ meterName, rates, unit, price }: TierRatesProps) {
  const styles = useStyles();
  const tiers = Object.entries(rates).sort(([a], [b]) => Number(a) - Number(b));
  return (
    <Table size="extra-small" className={styles.table} aria-label={`Rates of ${meterName}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>From ({unit || 'units'})</TableHeaderCell>
          <TableHeaderCell>Unit price</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tiers.map(([start, value]) => (
          <TableRow key={start}>
            <TableCell className={styles.number}>{formatNumber(start, 10)}</TableCell>
            <TableCell className={styles.number}>{price(value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
