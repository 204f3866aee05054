import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { parseSearch, toInput, toParams, type SearchChange, type SearchState } from './searchParams';
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
  // The router applies navigations in a transition, so the URL trails what the user does. `latest` is the search as
  // last asked for: every change builds on it (not on the URL, which may not show the previous change yet), and the
  // query text searched is the one typed, at once. `pending` lists the URLs written and not shown yet: when one
  // arrives it is ours; any other URL comes from Back or a link, and is the search.
  const [typed, setTyped] = useState<string | null>(null);
  const latest = useRef<SearchState>(fromUrl);
  const pending = useRef<string[]>([]);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  useEffect(() => {
    const index = pending.current.indexOf(params.toString());
    if (index >= 0) {
      pending.current.splice(0, index + 1);
      // Caught up, unless more has been typed since.
      setTyped((typedNow) => (pending.current.length === 0 && typedNow === fromUrl.q ? null : typedNow));
      return;
    }
    pending.current = [];
    clearTimeout(urlTimer.current);
    latest.current = fromUrl;
    setTyped(null);
  }, [params, fromUrl]);
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

  /** Typing replaces the current history entry; every other change is a new one the back button returns to. */
  const write = useCallback(
    (next: SearchState, replace: boolean) => {
      latest.current = next;
      const search = toParams(next);
      pending.current.push(search.toString());
      setParams(search, { replace });
    },
    [setParams],
  );
  const update = useCallback(
    (change: SearchChange) =>
      write({ ...latest.current, page: 1, ...(typeof change === 'function' ? change(latest.current) : change) }, false),
    [write],
  );
  const onSearch = useCallback(
    (q: string, typing: boolean) => {
      setTyped(q);
      latest.current = { ...latest.current, q, page: 1 };
      clearTimeout(urlTimer.current);
      // While typing, the URL follows after a pause: it would otherwise re-render the page while the results load.
      if (typing) urlTimer.current = setTimeout(() => write(latest.current, true), URL_DELAY_MS);
      else write(latest.current, false);
    },
    [write],
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
          resultsFor={search.data ? { q: state.q, search: toParams(state).toString() } : null}
        />
      </div>
    </>
  );
}
