import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { RouterLink } from '../../shell/RouterLink';
import { TableScroll } from '../../shell/TableScroll';
import { PARTNER_TYPE_NAMES, type Partner } from './Partner';
import { PartnerStateBadge } from './PartnerStateBadge';

const useStyles = makeStyles({
  table: { minWidth: '760px', tableLayout: 'auto' },
  id: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
});

/** The registered partners; the name opens the partner's details, the last column suspends or reactivates it. */
export function PartnersTable({ partners, onChangeState }: { partners: Partner[]; onChangeState: (partner: Partner) => void }) {
  const styles = useStyles();
  return (
    <TableScroll label="Partners (scrolls sideways)">
      <Table className={styles.table} aria-label="Partners">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Tenant ID</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell>Market</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {partners.map((partner) => (
            <TableRow key={partner.tenantId}>
              <TableCell>
                <RouterLink to={`/operator/partners/${partner.tenantId}`}>{partner.name}</RouterLink>
              </TableCell>
              <TableCell className={styles.id}>{partner.tenantId}</TableCell>
              <TableCell>{PARTNER_TYPE_NAMES[partner.partnerType] ?? partner.partnerType}</TableCell>
              <TableCell>{[partner.country, partner.currency].filter(Boolean).join(' · ') || '—'}</TableCell>
              <TableCell>
                <PartnerStateBadge state={partner.state} />
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  icon={partner.state === 'suspended' ? <PlayRegular /> : <PauseRegular />}
                  onClick={() => onChangeState(partner)}
                >
                  {partner.state === 'suspended' ? 'Reactivate' : 'Suspend'}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
