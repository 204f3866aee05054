import { useEffect, useRef, useState } from 'react';
import { AutoComplete, Button, Input } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../i18n/language';
import { SuggestionsDocument } from '../../gql/graphql';

/**
 * One box: results follow the text as it is typed (no debounce: the API answers in a few milliseconds), with
 * completions below it. While an input method is composing Chinese, the half-typed pinyin is not searched.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string, typing: boolean) => void }) {
  const { t } = useLanguage();
  const [text, setText] = useState(value);
  const composing = useRef(false);
  useEffect(() => {
    // The URL changed under us (back button, a shared link): show its query.
    if (!composing.current) setText(value);
  }, [value]);
  const suggestions = useQuery(SuggestionsDocument, { variables: { prefix: text.trim() }, skip: !text.trim() });
  const options = (suggestions.data?.searchSuggestions ?? []).map((s) => ({ value: s.text, label: s.text }));

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text, false);
      }}
    >
      <label htmlFor="search-input" className="section-title" style={{ display: 'block' }}>
        {t('searchLabel')}
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <AutoComplete
          style={{ flex: 1 }}
          value={text}
          options={options}
          onSelect={(selected: string) => {
            setText(selected);
            onSearch(selected, false);
          }}
          onChange={(next: string) => {
            setText(next);
            if (!composing.current) onSearch(next, true);
          }}
        >
          <Input
            id="search-input"
            size="large"
            placeholder={t('searchPlaceholder')}
            allowClear
            aria-label={t('searchLabel')}
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={(event) => {
              composing.current = false;
              const next = (event.target as HTMLInputElement).value;
              setText(next);
              onSearch(next, true);
            }}
          />
        </AutoComplete>
        <Button type="primary" size="large" htmlType="submit">
          {t('searchButton')}
        </Button>
      </div>
    </form>
  );
}
