import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { parseSearch, toInput, toParams, type SearchState } from './searchParams';
import { SearchBox } from './SearchBox';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { ProvincesDocument, SearchOfferingsDocument } from '../../gql/graphql';

/** How long the URL waits for typing to pause before it records the query. */
const URL_DELAY_MS = 400;

export function SearchPage() {
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseSearch(params), [params]);
  // The router applies navigations in a transition, so the URL trails fast typing: the query searched is the one
  // typed (at once), and the URL's older values, as they arrive, must not undo newer keystrokes.
  const [typed, setTyped] = useState<string | null>(null);
  const pending = useRef<string[]>([]);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  useEffect(() => {
    const index = pending.current.indexOf(fromUrl.q);
    if (index >= 0) {
      pending.current.splice(0, index + 1);
      // Caught up, unless more has been typed since.
      setTyped((typedNow) => (pending.current.length === 0 && typedNow === fromUrl.q ? null : typedNow));
    } else {
      // Back button, a shared link: the URL is the search.
      pending.current = [];
      clearTimeout(urlTimer.current);
      setTyped(null);
    }
  }, [fromUrl.q]);
  const state = useMemo(() => (typed === null ? fromUrl : { ...fromUrl, q: typed, page: 1 }), [fromUrl, typed]);
  usePageTitle(state.q ? `${state.q} · ${t('navSearch')}` : undefined);

  const provinces = useQuery(ProvincesDocument, { fetchPolicy: 'cache-first' });
  const capital = useCallback(
    (code: string) => provinces.data?.provinces.find((p) => p.code === code)?.capitalLocation,
    [provinces.data],
  );
  // A search near a city waits for the city's coordinates rather than searching everywhere first.
  const waiting = state.near?.kind === 'city' && !provinces.data;
  const input = useMemo(() => toInput(state, capital), [state, capital]);
  // Results are not normalised into the cache: nothing else reads them, and writing them there costs time per keystroke.
  const search = useQuery(SearchOfferingsDocument, { variables: { input }, skip: waiting, fetchPolicy: 'no-cache' });

  // The latest state through a ref: `update` keeps its identity, so memoised filters skip re-rendering per keystroke.
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  /** Typing replaces the current history entry; every other change is a new one the back button returns to. */
  const update = useCallback(
    (change: Partial<SearchState>, options: { typing?: boolean } = {}) => {
      const next: SearchState = { ...current.current, page: 1, ...change };
      setParams(toParams(next), { replace: options.typing ?? false });
    },
    [setParams],
  );
  const onSearch = useCallback(
    (q: string, typing: boolean) => {
      setTyped(q);
      clearTimeout(urlTimer.current);
      const write = () => {
        pending.current.push(q);
        update({ q }, { typing });
      };
      // While typing, the URL follows after a pause: it would otherwise re-render the page while the results load.
      if (typing) urlTimer.current = setTimeout(write, URL_DELAY_MS);
      else write();
    },
    [update],
  );

  const shown = search.data ?? search.previousData;
  return (
    <>
      <h1 className="page-title">{t('navSearch')}</h1>
      <SearchBox value={state.q} onSearch={onSearch} />
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
