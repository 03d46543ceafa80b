import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { TableScroll } from '../../shell/TableScroll';
import type { RowProblem } from './rowProblems';

const useStyles = makeStyles({
  table: { minWidth: '520px', tableLayout: 'auto' },
  where: { whiteSpace: 'nowrap', fontFamily: 'monospace' },
});

/** What the API found wrong in a file, row by row, so the operator fixes the file once. */
export function RowProblemsTable({ problems, label }: { problems: RowProblem[]; label: string }) {
  const styles = useStyles();
  return (
    <TableScroll label={`${label} (scrolls sideways)`}>
      <Table className={styles.table} aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Row or field</TableHeaderCell>
            <TableHeaderCell>Problem</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((row, index) => (
            <TableRow key={`${row.where}-${index}`}>
              <TableCell className={styles.where}>{row.where}</TableCell>
              <TableCell>{row.problem}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
