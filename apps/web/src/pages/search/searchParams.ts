import dayjs from 'dayjs';
import { toMoney } from '../../components/format';
import type { SearchOfferingsInput, SearchSort } from '../../gql/graphql';

export const PAGE_SIZE = 20;
export const DEFAULT_RADIUS_KM = 100;

/** Facet fields of the API, with the vocabulary that labels them and the URL parameter that holds them. */
export const FACETS = [
  { field: 'serviceType', vocabulary: 'ServiceType', param: 'st', label: 'serviceType' },
  { field: 'industryDirection', vocabulary: 'IndustryDirection', param: 'dir', label: 'industryDirection' },
  { field: 'province', vocabulary: 'Province', param: 'prov', label: 'province' },
  { field: 'level', vocabulary: 'PlatformLevel', param: 'lvl', label: 'level' },
  { field: 'accreditation', vocabulary: 'Accreditation', param: 'acc', label: 'accreditation' },
] as const;

export type FacetParam = (typeof FACETS)[number]['param'];

/** The whole search, as the URL holds it (shareable, and the back button walks through it). */
export interface SearchState {
  q: string;
  facets: Record<FacetParam, string[]>;
  openAccess: boolean;
  maxPrice: number | null;
  /** Shanghai calendar days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** A point to measure distance from: the user's position or a province capital. */
  near: { kind: 'me'; lat: number; lng: number } | { kind: 'city'; code: string } | null;
  radiusKm: number;
  sort: SearchSort;
  page: number;
}

/**
 * A change to the search: the fields that change, or a function of the search as last asked for that returns them.
 * A change that depends on other fields (the window's other end, the facet values already chosen) uses the function:
 * the state a component was rendered with may not hold a change made a moment earlier yet.
 */
export type SearchChange = Partial<SearchState> | ((latest: SearchState) => Partial<SearchState>);

/** Days a window spans when only its start is chosen, or its end falls before the start: two weeks. */
const DEFAULT_WINDOW_DAYS = 14;

/** The window once its first day is chosen (null: cleared, which clears the window). */
export function windowFrom(latest: SearchState, from: string | null): Partial<SearchState> {
  if (!from) return { from: null, to: null };
  const to =
    latest.to && latest.to >= from
      ? latest.to
      : dayjs(from)
          .add(DEFAULT_WINDOW_DAYS - 1, 'day')
          .format('YYYY-MM-DD');
  return { from, to };
}

/**
 * The window once its last day is chosen (null: cleared). Without a start it starts `today` (a Shanghai day); an end
 * before the start makes a one-day window rather than one the API would refuse.
 */
export function windowTo(latest: SearchState, to: string | null, today: string): Partial<SearchState> {
  if (!to) return { from: null, to: null };
  const from = latest.from ?? today;
  return { from: from <= to ? from : to, to };
}

const SORTS: readonly SearchSort[] = [
  'RELEVANCE',
  'PRICE_ASC',
  'PRICE_DESC',
  'EARLIEST_AVAILABLE',
  'DISTANCE',
  'RATING',
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const list = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const number = (value: string | null): number | null => {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

export function parseSearch(params: URLSearchParams): SearchState {
  const facets = Object.fromEntries(FACETS.map((f) => [f.param, list(params, f.param)])) as SearchState['facets'];
  const lat = number(params.get('lat'));
  const lng = number(params.get('lng'));
  const city = params.get('city');
  const sort = params.get('sort') as SearchSort | null;
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: params.get('q') ?? '',
    facets,
    openAccess: params.get('oa') === '1',
    maxPrice: number(params.get('max')),
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    near: city ? { kind: 'city', code: city } : lat !== null && lng !== null ? { kind: 'me', lat, lng } : null,
    radiusKm: number(params.get('r')) ?? DEFAULT_RADIUS_KM,
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    page: Math.max(1, Math.floor(number(params.get('page')) ?? 1)),
  };
}

export function toParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    const values = state.facets[facet.param];
    if (values.length) params.set(facet.param, values.join(','));
  }
  if (state.openAccess) params.set('oa', '1');
  if (state.maxPrice !== null) params.set('max', String(state.maxPrice));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.near?.kind === 'city') params.set('city', state.near.code);
  if (state.near?.kind === 'me') {
    params.set('lat', state.near.lat.toFixed(4));
    params.set('lng', state.near.lng.toFixed(4));
  }
  if (state.near && state.radiusKm !== DEFAULT_RADIUS_KM) params.set('r', String(state.radiusKm));
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The API input for a state; `capital` resolves a province code to its capital's coordinates. */
export function toInput(
  state: SearchState,
  capital: (code: string) => { lat: number; lng: number } | undefined,
): SearchOfferingsInput {
  const point = state.near?.kind === 'city' ? capital(state.near.code) : state.near;
  const near = point ? { lat: point.lat, lng: point.lng, radiusKm: state.radiusKm } : undefined;
  const values = <T extends string>(param: FacetParam) =>
    state.facets[param].length ? (state.facets[param] as T[]) : undefined;
  return {
    query: state.q.trim() || undefined,
    serviceTypes: values('st'),
    industryDirections: values('dir'),
    provinces: values('prov'),
    levels: values('lvl'),
    accreditations: values('acc'),
    openAccessOnly: state.openAccess || undefined,
    maxPrice: state.maxPrice === null ? undefined : toMoney(state.maxPrice),
    // Whole Shanghai days, as the API counts availability.
    availableFrom: state.from && state.to ? `${state.from}T00:00:00+08:00` : undefined,
    availableTo: state.from && state.to ? `${state.to}T23:59:59+08:00` : undefined,
    near,
    // Sorting by distance needs a point; without one the API would refuse it.
    sort: state.sort === 'DISTANCE' && !near ? 'RELEVANCE' : state.sort,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/** How many filters are set (each facet value counts), for the folded filters' button on a phone. */
export function activeFilterCount(state: SearchState): number {
  return (
    Object.values(state.facets).reduce((n, values) => n + values.length, 0) +
    [state.openAccess, state.maxPrice !== null, state.from !== null || state.to !== null, state.near !== null].filter(
      Boolean,
    ).length
  );
}

export function hasFilters(state: SearchState): boolean {
  return activeFilterCount(state) > 0;
}

/** What "clear filters" sets: the words, sort and page stay. */
export const NO_FILTERS: Partial<SearchState> = {
  facets: { st: [], dir: [], prov: [], lvl: [], acc: [] },
  openAccess: false,
  maxPrice: null,
  from: null,
  to: null,
  near: null,
};
