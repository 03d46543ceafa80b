import { Caption1, makeStyles } from '@fluentui/react-components';
import type { AzureRateCard } from './RateCard';
import type { RateCardQuery } from './rateCardQuery';
import { formatUtcDate } from '../shell/format';

const useStyles = makeStyles({ line: { display: 'block' } });

/** What the loaded card is: whose prices, in which currency, and how they were converted. */
export function RateCardSummary({ card, query }: { card: AzureRateCard; query: RateCardQuery }) {
  const styles = useStyles();
  const when = query.asOf ? `in force on ${formatUtcDate(`${query.asOf}T00:00:00Z`)} (00:00 UTC)` : 'in force now';
  const rate = card.exchangeRate;
  return (
    <div>
      <Caption1 className={styles.line}>
        Prices {when}, in {card.currency}, {card.isTaxIncluded ? 'tax included' : 'before tax'}; {card.meters.length} meters.
        Each meter shows the date its price took effect.
      </Caption1>
      {rate && (
        <Caption1 className={styles.line}>
          Converted from {rate.base} at {rate.rate} {rate.currency} per {rate.base} (rates effective {formatUtcDate(rate.effectiveDate)}).
        </Caption1>
      )}
    </div>
  );
}
