import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import { bytes } from '../format';
import type { ExportPart } from './ExportManifest';
import { PartDownload } from './PartDownload';
import { formatNumber } from '../../shell/format';

const useStyles = makeStyles({
  table: { minWidth: '760px', tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  amount: { whiteSpace: 'nowrap', textAlign: 'end' },
  hash: { fontFamily: 'monospace', wordBreak: 'break-all', minWidth: '200px' },
});

/** The export's gzip parts: rows, size and SHA-256 as the manifest states them, and each one's download. */
export function ExportPartsTable({ parts }: { parts: ExportPart[] }) {
  const styles = useStyles();
  return (
    <TableScroll label="Export parts table (scrolls sideways)">
      <Table className={styles.table} aria-label="Export parts" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Part</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Rows</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>Size</TableHeaderCell>
            <TableHeaderCell>SHA-256</TableHeaderCell>
            <TableHeaderCell>Download</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {parts.map((part) => (
            <TableRow key={part.name} data-part={part.name}>
              <TableCell className={styles.nowrap}>{part.name}</TableCell>
              <TableCell className={styles.amount}>{formatNumber(part.rowCount)}</TableCell>
              <TableCell className={styles.amount} title={`${part.byteCount} bytes`}>{bytes(part.byteCount)}</TableCell>
              <TableCell className={styles.hash} data-sha256={part.sha256}>{part.sha256}</TableCell>
              <TableCell>
                <PartDownload part={part} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
