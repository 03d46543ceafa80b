import { useQuery } from '@tanstack/react-query';
import { countAll } from '../api/countAll';
import { useMe } from '../me/MeProvider';
import { Tile } from '../shell/Tile';
import type { Invoice } from './Invoice';
import { usageSummaryQuery } from './unbilled/useUnbilled';
import { formatCount, formatMoney } from '../shell/format';

/**
 * The home page's billing tiles: this month's unbilled cost and the invoices not paid yet. Renders nothing for
 * callers without invoices.read; the unbilled tile needs usage.read too, and is left out for the operator, whose
 * unbilled usage is always some partner's (the page asks which).
 */
export function BillingTiles() {
  const { can } = useMe();
  const allowed = can('invoices.read');
  const showUnbilled = allowed && can('usage.read') && !can('operator.admin');
  const unbilled = useQuery({ ...usageSummaryQuery(), enabled: showUnbilled });
  const unpaid = useQuery({
    queryKey: ['billing', 'tiles', 'unpaid'],
    queryFn: () => countAll<Invoice>('/v1/invoices?size=1000', (invoice) => invoice.paymentStatus !== 'paid'),
    enabled: allowed,
  });
  if (!allowed) {
    return null;
  }
  const unpaidFigure = unpaid.data && formatCount(unpaid.data);
  return (
    <>
      {showUnbilled && (
        <Tile
          title="Unbilled this month"
          figure={unbilled.data && formatMoney(unbilled.data.totalCost, unbilled.data.currencyCode)}
          failed={unbilled.isError}
          to="/billing/unbilled"
          linkText="View unbilled usage"
        />
      )}
      <Tile title="Unpaid invoices" figure={unpaidFigure} failed={unpaid.isError} to="/billing/invoices" linkText="View invoices" />
    </>
  );
}
