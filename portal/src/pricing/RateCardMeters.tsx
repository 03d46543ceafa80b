import { useDeferredValue, useMemo, useState } from 'react';
import { Caption1 } from '@fluentui/react-components';
import { EmptyState } from '../shell/EmptyState';
import { Pager } from '../shell/Pager';
import { MeterFilters } from './MeterFilters';
import { MeterTable } from './MeterTable';
import { distinct, NO_SEARCH, searchMeters, type MeterSearch } from './meterSearch';
import type { AzureRateCard } from './RateCard';
import { useClientPages } from './useClientPages';

export const METERS_PER_PAGE = 50;

/** The card's meters, searched in the browser and shown 50 at a time. */
export function RateCardMeters({ card }: { card: AzureRateCard }) {
  const [search, setSearch] = useState<MeterSearch>(NO_SEARCH);
  // Typing stays responsive while a large card is filtered behind it.
  const applied = useDeferredValue(search);
  const categories = useMemo(() => distinct(card.meters, 'category'), [card]);
  const regions = useMemo(() => distinct(card.meters, 'region'), [card]);
  const found = useMemo(() => searchMeters(card.meters, applied), [card, applied]);
  const pages = useClientPages(found, METERS_PER_PAGE, JSON.stringify(applied));
  return (
    <>
      <MeterFilters search={search} categories={categories} regions={regions} onChange={setSearch} />
      <Caption1 aria-live="polite">
        {found.length === 0
          ? 'No meters match.'
          : `Showing ${pages.first}–${pages.last} of ${found.length} ${found.length === card.meters.length ? '' : 'matching '}meters.`}
      </Caption1>
      {found.length === 0 ? (
        <EmptyState title="No meters match" hint="Search for a shorter part of the name, or choose All categories and All regions." />
      ) : (
        <>
          <MeterTable meters={pages.items} currency={card.currency} />
          <Pager list={pages.list} label="Meters" />
        </>
      )}
    </>
  );
}
