import { useEffect, useRef, useState } from 'react';
import { Button, Input } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SuggestionsDocument } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';

const LIST_ID = 'search-suggestions';
const SUGGEST_DELAY_MS = 150;
const optionId = (index: number) => `search-suggestion-${index}`;

/**
 * One box: results follow the text as it is typed (no debounce: the API answers in milliseconds), with
 * completions below it after a short pause in a WAI-ARIA combobox (arrow keys, Enter, Escape). While an input method is composing
 * Chinese, the half-typed pinyin is not searched. (Ant Design's AutoComplete points aria-activedescendant at an
 * element that does not exist while no option is active, which axe rightly flags; this one does not.)
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string, typing: boolean) => void }) {
  const { t } = useLanguage();
  const vocabulary = useVocabulary();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const composing = useRef(false);
  useEffect(() => {
    // The query changed under us (back button, a shared link): show it. Not while an input method is composing.
    if (!composing.current) setText(value);
  }, [value]);
  const search = onSearch;
  // Completions wait for a pause in typing, so they never compete with the results for the server.
  const [prefix, setPrefix] = useState(value.trim());
  useEffect(() => {
    const timer = setTimeout(() => setPrefix(text.trim()), SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery(SuggestionsDocument, { variables: { prefix }, skip: !prefix });
  const options = text.trim() ? (suggestions.data?.searchSuggestions ?? []) : [];
  const expanded = open && options.length > 0;

  const type = (next: string) => {
    setText(next);
    setOpen(true);
    setActive(-1);
    if (!composing.current) search(next, true);
  };
  const choose = (chosen: string) => {
    setText(chosen);
    setOpen(false);
    setActive(-1);
    search(chosen, false);
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        search(text, false);
      }}
    >
      <label htmlFor="search-input" className="section-title" style={{ display: 'block' }}>
        {t('searchLabel')}
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <div className="suggest">
          <Input
            id="search-input"
            size="large"
            autoComplete="off"
            placeholder={t('searchPlaceholder')}
            allowClear
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={LIST_ID}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={text}
            onChange={(event) => type(event.target.value)}
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={(event) => {
              composing.current = false;
              type((event.target as HTMLInputElement).value);
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && options.length) {
                event.preventDefault();
                setOpen(true);
                setActive((active + 1) % options.length);
              } else if (event.key === 'ArrowUp' && options.length) {
                event.preventDefault();
                setActive(active <= 0 ? options.length - 1 : active - 1);
              } else if (event.key === 'Escape') {
                setOpen(false);
                setActive(-1);
              } else if (event.key === 'Enter' && expanded && active >= 0) {
                event.preventDefault();
                choose(options[active].text);
              }
            }}
          />
          <ul id={LIST_ID} role="listbox" aria-label={t('suggestions')} className="suggest-list" hidden={!expanded}>
            {options.map((option, index) => (
              <li
                key={`${option.source}-${option.text}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                // mousedown, not click: it comes before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option.text);
                }}
              >
                <span>{option.text}</span>
                <span className="muted">{vocabulary.label('SuggestionSource', option.source)}</span>
              </li>
            ))}
          </ul>
        </div>
        <Button type="primary" size="large" htmlType="submit">
          {t('searchButton')}
        </Button>
      </div>
    </form>
  );
}
