import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { PriceListVersion } from './PriceList';
import { formatNumber, formatUtcDate, formatUtcDateTime } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '720px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
});

/** Published price list versions; a superseded one says so in words (a later publish with its effective date). */
export function PriceListsTable({ versions }: { versions: PriceListVersion[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Published price lists (scrolls sideways)">
      <Table className={styles.table} aria-label="Published price lists">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Effective</TableHeaderCell>
            <TableHeaderCell>Rate card</TableHeaderCell>
            <TableHeaderCell>Meters</TableHeaderCell>
            <TableHeaderCell>Currency</TableHeaderCell>
            <TableHeaderCell>Published</TableHeaderCell>
            <TableHeaderCell>Version</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {versions.map((version) => (
            <TableRow key={version.id}>
              <TableCell>{formatUtcDate(version.effectiveDate)}</TableCell>
              <TableCell>{version.kind === 'shared' ? 'Shared services' : 'Azure'}</TableCell>
              <TableCell>{formatNumber(version.meterCount)}</TableCell>
              <TableCell>{version.currency}</TableCell>
              <TableCell>{formatUtcDateTime(version.publishedAt)}</TableCell>
              <TableCell className={styles.id}>{version.id}</TableCell>
              <TableCell>
                {version.supersededBy ? (
                  <Badge appearance="outline" color="subtle" shape="rounded">Superseded</Badge>
                ) : (
                  <Badge appearance="tint" color="success" shape="rounded">Published</Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
