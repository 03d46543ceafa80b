import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Feature, Me } from './Me';
import { Loading } from '../shell/Loading';
import { ErrorMessage } from '../shell/ErrorMessage';

interface MeContext {
  me: Me;
  /** Whether the caller's roles and partner type allow `feature`: the gateway decided, the portal only reads. */
  can: (feature: Feature) => boolean;
}

const Context = createContext<MeContext | null>(null);

export function useMe(): MeContext {
  const value = useContext(Context);
  if (!value) {
    throw new Error('useMe outside MeProvider');
  }
  return value;
}

export function MeProvider({ children }: { children: ReactNode }) {
  const query = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/v1/me'), staleTime: 60_000 });
  if (query.isPending) {
    return <Loading label="Loading your account…" />;
  }
  if (query.isError) {
    return <ErrorMessage error={query.error} title="Your account could not be loaded" />;
  }
  const me = query.data;
  const can = (feature: Feature) => me.features.includes(feature);
  return <Context.Provider value={{ me, can }}>{children}</Context.Provider>;
}
