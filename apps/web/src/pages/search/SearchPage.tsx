import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { parseSearch, toInput, toParams, type SearchState } from './searchParams';
import { SearchBox } from './SearchBox';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { ProvincesDocument, SearchOfferingsDocument } from '../../gql/graphql';

export function SearchPage() {
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  usePageTitle(state.q ? `${state.q} · ${t('navSearch')}` : undefined);

  const provinces = useQuery(ProvincesDocument, { fetchPolicy: 'cache-first' });
  const capital = useCallback(
    (code: string) => provinces.data?.provinces.find((p) => p.code === code)?.capitalLocation,
    [provinces.data],
  );
  // A search near a city waits for the city's coordinates rather than searching everywhere first.
  const waiting = state.near?.kind === 'city' && !provinces.data;
  const input = useMemo(() => toInput(state, capital), [state, capital]);
  const search = useQuery(SearchOfferingsDocument, { variables: { input }, skip: waiting });

  /** Typing replaces the current history entry; every other change is a new one the back button returns to. */
  const update = useCallback(
    (change: Partial<SearchState>, options: { typing?: boolean } = {}) => {
      const next: SearchState = { ...state, page: 1, ...change };
      setParams(toParams(next), { replace: options.typing ?? false });
    },
    [state, setParams],
  );

  const shown = search.data ?? search.previousData;
  return (
    <>
      <h1 className="page-title">{t('navSearch')}</h1>
      <SearchBox value={state.q} onSearch={(q, typing) => update({ q }, { typing })} />
      <div className="search-layout">
        <SearchFilters
          state={state}
          facets={shown?.searchOfferings.facets ?? []}
          provinces={provinces.data?.provinces ?? []}
          onChange={update}
        />
        <SearchResults
          state={state}
          result={shown?.searchOfferings}
          loading={search.loading || waiting}
          error={search.error}
          onRetry={() => void search.refetch()}
          onChange={update}
          resultsFor={search.data ? state.q : null}
        />
      </div>
    </>
  );
}
