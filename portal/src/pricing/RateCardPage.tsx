import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { EmptyState } from '../shell/EmptyState';
import { ErrorMessage } from '../shell/ErrorMessage';
import { Loading } from '../shell/Loading';
import { PageHeader } from '../shell/PageHeader';
import type { AzureRateCard } from './RateCard';
import { RateCardMeters } from './RateCardMeters';
import { RateCardQueryForm } from './RateCardQueryForm';
import { RateCardSummary } from './RateCardSummary';
import { CURRENT_PRICES, rateCardPath, type RateCardQuery } from './rateCardQuery';

/**
 * Pricing › Rate card: the Azure rate card of a market, currency and date, loaded whole (as the real API serves it)
 * and searched in the browser. A card changes only when the operator publishes prices, so it is kept for a while.
 */
export function RateCardPage() {
  const [query, setQuery] = useState<RateCardQuery>(CURRENT_PRICES);
  const path = rateCardPath(query);
  const card = useQuery({
    queryKey: ['pricing', 'ratecard', path],
    queryFn: () => api<AzureRateCard>(path),
    staleTime: 10 * 60_000,
  });
  return (
    <>
      <PageHeader title="Rate card" />
      <RateCardQueryForm applied={query} onApply={setQuery} />
      {card.isPending ? (
        <Loading label="Loading the rate card…" />
      ) : card.isError ? (
        <ErrorMessage error={card.error} title="The rate card could not be loaded" />
      ) : (
        <>
          <RateCardSummary card={card.data} query={query} />
          {card.data.meters.length === 0 ? (
            <EmptyState title="This rate card has no meters" hint="Choose another date, or ask the operator to publish an Azure price list." />
          ) : (
            <RateCardMeters key={path} card={card.data} />
          )}
        </>
      )}
    </>
  );
}
