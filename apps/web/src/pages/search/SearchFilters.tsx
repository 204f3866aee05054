import { memo, useState } from 'react';
import { Button, Checkbox, Input, Radio, Select, Space } from 'antd';
import { shanghaiToday } from '../../components/format';
import type { ProvincesQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages';
import { useVocabulary } from '../../i18n/vocabulary';
import {
  activeFilterCount,
  FACETS,
  hasFilters,
  NO_FILTERS,
  windowFrom,
  windowTo,
  type SearchChange,
  type SearchState,
} from './searchParams';

interface Facet {
  field: string;
  values: Array<{ value: string; count: number }>;
}

interface Props {
  state: SearchState;
  facets: Facet[];
  provinces: ProvincesQuery['provinces'];
  onChange: (change: SearchChange) => void;
}

function SearchFiltersView({ state, facets, provinces, onChange }: Props) {
  const { t, lang } = useLanguage();
  const vocabulary = useVocabulary();
  const [locating, setLocating] = useState<'idle' | 'busy' | 'denied'>('idle');
  // On a phone the filters fold away above the results (styles.css): the results come first, the filters on demand.
  const [unfolded, setUnfolded] = useState(false);
  const chosen = activeFilterCount(state);
  // The platforms' today (Asia/Shanghai), not the browser's: availability is counted in Shanghai days.
  const today = shanghaiToday();

  const locate = () => {
    if (!navigator.geolocation) return setLocating('denied');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        onChange({ near: { kind: 'me', lat: position.coords.latitude, lng: position.coords.longitude } });
      },
      () => setLocating('denied'),
      { timeout: 10_000 },
    );
  };

  return (
    <aside className="filters" aria-label={t('filters')}>
      <div className="filters-head">
        <h2 className="section-title">{t('filters')}</h2>
        <Button
          className="filters-toggle"
          aria-expanded={unfolded}
          aria-controls="filters-body"
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? t('hideFilters') : chosen ? t('showFiltersChosen', { n: chosen }) : t('showFilters')}
        </Button>
      </div>
      <div id="filters-body" className={unfolded ? 'filters-body' : 'filters-body filters-folded'}>
        {FACETS.map((facet) => {
          const counts = new Map(facets.find((f) => f.field === facet.field)?.values.map((v) => [v.value, v.count]));
          const selected = state.facets[facet.param];
          // Values of the current result, plus the selected ones (which may have dropped out of it).
          const values = [...new Set([...selected, ...counts.keys()])];
          if (values.length === 0) return null;
          return (
            <fieldset key={facet.field}>
              <legend>{t(facet.label as MessageKey)}</legend>
              {values.map((value) => {
                const id = `facet-${facet.param}-${value}`;
                return (
                  <div className="facet-option" key={value}>
                    <Checkbox
                      id={id}
                      checked={selected.includes(value)}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        onChange((latest) => {
                          const chosen = latest.facets[facet.param].filter((v) => v !== value);
                          return { facets: { ...latest.facets, [facet.param]: checked ? [...chosen, value] : chosen } };
                        });
                      }}
                    >
                      {vocabulary.label(facet.vocabulary, value)}
                    </Checkbox>
                    {counts.has(value) && (
                      <span className="facet-count" aria-hidden="true">
                        {counts.get(value)}
                      </span>
                    )}
                  </div>
                );
              })}
            </fieldset>
          );
        })}

        <fieldset>
          <legend>{t('openAccess')}</legend>
          <Checkbox checked={state.openAccess} onChange={(event) => onChange({ openAccess: event.target.checked })}>
            {t('openAccessOnly')}
          </Checkbox>
        </fieldset>

        <fieldset>
          <legend>{t('price')}</legend>
          <label htmlFor="filter-max-price" className="muted">
            {t('maxPrice')}
          </label>
          {/* Keyed by the URL's value: Back or a cleared filter shows it afresh. */}
          <MaxPrice
            key={String(state.maxPrice)}
            value={state.maxPrice}
            onCommit={(maxPrice) => onChange({ maxPrice })}
          />
        </fieldset>

        <fieldset>
          <legend>{t('window')}</legend>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <label htmlFor="filter-from" className="muted">
              {t('windowStart')}
            </label>
            {/* The browser's own date input: keyboard- and screen-reader-friendly, and no date-picker code in the
              first load of the front door. */}
            <Input
              id="filter-from"
              type="date"
              value={state.from ?? ''}
              min={today}
              // Both ends are set from the search as last asked for, not from `state`, which may not hold yet the
              // other end chosen a moment ago (the end would then overwrite that start).
              onChange={(event) => {
                const from = event.target.value || null;
                onChange((latest) => windowFrom(latest, from));
              }}
            />
            <label htmlFor="filter-to" className="muted">
              {t('windowEnd')}
            </label>
            <Input
              id="filter-to"
              type="date"
              value={state.to ?? ''}
              min={state.from ?? today}
              onChange={(event) => {
                const to = event.target.value || null;
                onChange((latest) => windowTo(latest, to, today));
              }}
            />
          </Space>
        </fieldset>

        <fieldset>
          <legend>{t('near')}</legend>
          <Radio.Group
            value={state.near?.kind ?? 'none'}
            onChange={(event) => {
              const kind = event.target.value as 'none' | 'me' | 'city';
              if (kind === 'none')
                onChange((latest) => ({ near: null, sort: latest.sort === 'DISTANCE' ? 'RELEVANCE' : latest.sort }));
              else if (kind === 'me') locate();
              else onChange({ near: { kind: 'city', code: provinces[0]?.code ?? '11' } });
            }}
          >
            <Space orientation="vertical">
              <Radio value="none">{t('nearNone')}</Radio>
              <Radio value="me">{t('nearMe')}</Radio>
              <Radio value="city">{t('nearCity')}</Radio>
            </Space>
          </Radio.Group>
          {locating === 'busy' && <div className="muted">{t('locating')}</div>}
          {locating === 'denied' && (
            <div role="status" className="muted">
              {t('locationDenied')}
            </div>
          )}
          {state.near?.kind === 'city' && (
            <Select
              aria-label={t('nearCityPlaceholder')}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: '100%', marginTop: 8 }}
              value={state.near.code}
              options={provinces.map((p) => ({ value: p.code, label: `${p.capital[lang]} · ${p.name[lang]}` }))}
              onChange={(code: string) => onChange({ near: { kind: 'city', code } })}
            />
          )}
          {state.near && (
            <div style={{ marginTop: 8 }}>
              <label htmlFor="filter-radius" className="muted">
                {t('radiusKm')}
              </label>
              <Input
                id="filter-radius"
                type="number"
                min={1}
                max={5000}
                step={50}
                value={state.radiusKm}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (value > 0 && value <= 5000) onChange({ radiusKm: value });
                }}
              />
            </div>
          )}
        </fieldset>

        {hasFilters(state) && (
          <Button block onClick={() => onChange(NO_FILTERS)}>
            {t('clearFilters')}
          </Button>
        )}
      </div>
    </aside>
  );
}

/** The filters do not show the query text: typing it does not re-render them (only its results do). */
export const SearchFilters = memo(
  SearchFiltersView,
  (before, after) =>
    before.facets === after.facets &&
    before.provinces === after.provinces &&
    before.onChange === after.onChange &&
    JSON.stringify({ ...before.state, q: '', page: 0 }) === JSON.stringify({ ...after.state, q: '', page: 0 }),
);

/** The price is applied on Enter or when the field is left, not at every digit. */
function MaxPrice({ value, onCommit }: { value: number | null; onCommit: (value: number | null) => void }) {
  const [draft, setDraft] = useState<number | null>(value);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <Input
      id="filter-max-price"
      type="number"
      min={0}
      step={1000}
      inputMode="decimal"
      value={draft ?? ''}
      onChange={(event) => setDraft(event.target.value === '' ? null : Number(event.target.value))}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
