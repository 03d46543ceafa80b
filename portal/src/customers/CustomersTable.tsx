import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { Link } from 'react-router-dom';
import { TableScroll } from '../shell/TableScroll';
import type { Customer } from './types';

export function CustomersTable({ customers }: { customers: Customer[] }) {
  return (
    <TableScroll label="Customers (scrolls sideways)">
      <Table aria-label="Customers" style={{ minWidth: 760 }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Company name</TableHeaderCell>
            <TableHeaderCell>Domain</TableHeaderCell>
            <TableHeaderCell style={{ width: 120 }}>Relationship</TableHeaderCell>
            {/* Wide enough for a tenant id on one line. */}
            <TableHeaderCell style={{ width: 320 }}>Customer ID</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {customers.map((customer) => (
            <TableRow key={customer.id}>
              <TableCell>
                <Link to={`/customers/${customer.id}`}>{customer.companyProfile.companyName}</Link>
              </TableCell>
              <TableCell>{customer.companyProfile.domain}</TableCell>
              <TableCell>{relationship(customer.relationshipToPartner)}</TableCell>
              <TableCell>
                <code>{customer.id}</code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** The API's lower-case enum (`reseller`) in words. */
function relationship(value: string | undefined): string {
  if (!value || value === 'none') {
    return '—';
  }
  return value.charAt(0).toUpperCase() + value.slice(1);
}
