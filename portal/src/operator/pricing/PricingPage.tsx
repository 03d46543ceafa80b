import { usePagedList } from '../../api/usePagedList';
import { PageHeader } from '../../shell/PageHeader';
import { PagedTable } from '../PagedTable';
import { Section } from '../../shell/Section';
import { ExchangeRatesTable } from './ExchangeRatesTable';
import {
  EXCHANGE_RATES_KEY, EXCHANGE_RATES_PATH, PRICE_LISTS_KEY, PRICE_LISTS_PATH, type ExchangeRateSet, type PriceListVersion,
} from './PriceList';
import { PriceListsTable } from './PriceListsTable';
import { PublishExchangeRatesForm } from './PublishExchangeRatesForm';
import { PublishPriceListForm } from './PublishPriceListForm';

/** Publishing price lists and exchange rates from files, and what has been published (in publish order). */
export function PricingPage() {
  const versions = usePagedList<PriceListVersion>(PRICE_LISTS_KEY, PRICE_LISTS_PATH);
  const rateSets = usePagedList<ExchangeRateSet>(EXCHANGE_RATES_KEY, EXCHANGE_RATES_PATH);
  return (
    <>
      <PageHeader title="Price lists" />
      <Section title="Publish a price list">
        <PublishPriceListForm />
      </Section>
      <Section title="Price list versions">
        <PagedTable list={versions} label="Published price lists" empty={{ title: 'No price list published yet', hint: 'Choose a price list file above and publish it: until then nothing can be rated.' }}>
          {(items) => <PriceListsTable versions={items} />}
        </PagedTable>
      </Section>
      <Section title="Publish exchange rates">
        <PublishExchangeRatesForm />
      </Section>
      <Section title="Published exchange rates">
        <PagedTable list={rateSets} label="Published exchange rates" empty={{ title: 'No exchange rates published yet', hint: 'Publish a set above: partners billed in a currency other than USD are rated with it.' }}>
          {(items) => <ExchangeRatesTable sets={items} />}
        </PagedTable>
      </Section>
    </>
  );
}
