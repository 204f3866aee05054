import { memo } from 'react';
import { Button, Empty, Pagination, Select, Skeleton } from 'antd';
import { Link } from 'react-router';
import { canPostPilotRequests } from '../../app/capabilities';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../components/format';
import { Highlight } from '../../components/Highlight';
import type { SearchOfferingsQuery, SearchSort } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { hasFilters, NO_FILTERS, PAGE_SIZE, type SearchState } from './searchParams';

type Result = SearchOfferingsQuery['searchOfferings'];
type Hit = Result['hits'][number];

interface Props {
  state: SearchState;
  result: Result | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onChange: (change: Partial<SearchState>) => void;
  /**
   * The query (and the whole search, as URL parameters) whose results are on screen; null while they are stale.
   * Lets the tests and the benchmark see results land.
   */
  resultsFor: { q: string; search: string } | null;
}

export function SearchResults({ state, result, loading, error, onRetry, onChange, resultsFor }: Props) {
  const { t } = useLanguage();
  const { user } = useSession();
  const vocabulary = useVocabulary();
  const sorts = vocabulary.options('SearchSort').filter((o) => o.value !== 'DISTANCE' || state.near);

  return (
    <section
      aria-labelledby="results-heading"
      aria-busy={loading}
      data-results-for={resultsFor?.q}
      data-results-search={resultsFor?.search}
    >
      <div className="results-header">
        <h2 id="results-heading" className="section-title" aria-live="polite">
          {result ? t('resultsCount', { n: result.total }) : error ? t('errorTitle') : t('loading')}
          {result && <span className="muted"> · {t('resultsTook', { ms: result.tookMs })}</span>}
        </h2>
        <label>
          <span className="muted" style={{ marginRight: 8 }}>
            {t('sort')}
          </span>
          <Select
            aria-label={t('sort')}
            style={{ minWidth: 180 }}
            value={state.sort}
            options={sorts}
            onChange={(sort: SearchSort) => onChange({ sort })}
          />
        </label>
      </div>
      {/* Explicit sorts need every word (docs/search.md), so switching sort can change the total: say so. */}
      {state.sort !== 'RELEVANCE' && state.q.trim() !== '' && (
        <p className="muted" data-testid="sort-hint">
          {t('sortNeedsEveryWord')}
        </p>
      )}
      {/* Words of the query no service on this page mentions (a typo beyond reach, a brand nobody offers): say so. */}
      {result && result.unmatchedWords.length > 0 && (
        <p className="muted" data-testid="unmatched-words">
          {t('unmatchedWords', {
            words: result.unmatchedWords.map((word) => `“${word}”`).join(t('unmatchedWordsJoin')),
          })}
        </p>
      )}
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : !result ? (
        <Skeleton active />
      ) : result.hits.length === 0 ? (
        <Empty
          description={
            <>
              <strong>{t('noResultsTitle')}</strong>
              <p className="muted">{t('noResultsHint')}</p>
            </>
          }
        >
          {hasFilters(state) && (
            <Button onClick={() => onChange(NO_FILTERS)} style={{ marginRight: 8 }}>
              {t('clearFilters')}
            </Button>
          )}
          {(!user || canPostPilotRequests(user)) && <Link to="/requests/new">{t('postRequest')}</Link>}
        </Empty>
      ) : (
        <>
          <ol className="result-list">
            {result.hits.map((hit) => (
              <ResultItem key={hit.offering.id} hit={hit} />
            ))}
          </ol>
          <Pagination
            style={{ marginTop: 16 }}
            current={state.page}
            pageSize={PAGE_SIZE}
            total={Math.min(result.total, 10_000)}
            showSizeChanger={false}
            onChange={(page) => {
              onChange({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </section>
  );
}

/** Memoised: while the next results load, the shown ones are not rendered again. */
const ResultItem = memo(function ResultItem({ hit }: { hit: Hit }) {
  const { t, lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { offering } = hit;
  const titleField = lang === 'en' ? 'titleEn' : 'titleZh';
  const descriptionField = lang === 'en' ? 'descriptionEn' : 'descriptionZh';
  const title = hit.highlights.find((h) => h.field === titleField)?.snippet;
  const snippet = hit.highlights.find((h) => h.field === descriptionField)?.snippet;
  // The price the signed-in requester would pay (their tier's), which the price filter and sort used.
  const price = hit.price.amount;
  return (
    <li className="result">
      <h3>
        <Link to={`/offerings/${offering.id}`}>
          {title ? <Highlight snippet={title} /> : pick(offering.title, offering.titleEn)}
        </Link>
      </h3>
      <div>
        {pick(offering.platform.name, offering.platform.nameEn)} · {offering.platform.city} ·{' '}
        {vocabulary.label('Province', offering.platform.province)}
      </div>
      {snippet && (
        <p className="result-snippet">
          <Highlight snippet={snippet} />
        </p>
      )}
      <div className="result-meta">
        <span className="tag tag-info">{vocabulary.label('ServiceType', offering.serviceType)}</span>
        <span>{vocabulary.label('PlatformLevel', offering.platform.level)}</span>
        {offering.platform.organization?.verified ? (
          <span className="tag tag-verified">{t('operatorVerified')}</span>
        ) : (
          <span className="tag tag-neutral">{t('operatorUnverified')}</span>
        )}
        <span className="price">
          {price === null || price === undefined
            ? t('onQuotation')
            : `${formatMoney(price, lang)} ${vocabulary.phrase('PriceModel', hit.price.model)}${
                hit.price.tier === 'BASE' ? '' : ` · ${vocabulary.phrase('PriceTier', hit.price.tier)}`
              }`}
        </span>
        <span>{offering.leadTimeDays ? t('leadTime', { days: offering.leadTimeDays }) : t('leadTimeNow')}</span>
        <span>
          {offering.ratingAverage
            ? t('rating', { avg: offering.ratingAverage.toFixed(1), n: offering.ratingCount })
            : t('noRating')}
        </span>
        {hit.distanceKm !== null && hit.distanceKm !== undefined && (
          <span>{t('distanceKm', { km: Math.round(hit.distanceKm) })}</span>
        )}
        {offering.accreditations.map((a) => (
          <span key={a} className="tag tag-neutral">
            {vocabulary.label('Accreditation', a)}
          </span>
        ))}
      </div>
    </li>
  );
});
