import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLanguage } from './language';
import { lineStart } from './messages';
import { VocabularyDocument } from '../gql/graphql';

export interface VocabularyOption {
  value: string;
  label: string;
}

/**
 * Labels of the API's enums (and provinces) in the current language, from the `vocabulary` query: fetched once per
 * visit and cached, the one source of every label the app shows for a code. `label` and `options` are labels that
 * start a line (tags, cells, options: "At risk"); `phrase` is the same label inside a line ("¥80 per batch · start-up
 * price").
 */
export function useVocabulary() {
  const { lang } = useLanguage();
  const { data } = useQuery(VocabularyDocument, { fetchPolicy: 'cache-first' });
  const tables = data?.vocabulary;
  const options = useCallback(
    (name: string): VocabularyOption[] =>
      tables
        ?.find((table) => table.name === name)
        ?.values.map((v) => ({ value: v.value, label: lineStart(v.label[lang]) })) ?? [],
    [tables, lang],
  );
  const phrase = useCallback(
    (name: string, value: string | null | undefined): string => {
      if (!value) return '';
      const entry = tables?.find((table) => table.name === name)?.values.find((v) => v.value === value);
      // Until the vocabulary has loaded, show the code rather than nothing.
      return entry ? entry.label[lang] : value;
    },
    [tables, lang],
  );
  const label = useCallback(
    (name: string, value: string | null | undefined): string => lineStart(phrase(name, value)),
    [phrase],
  );
  return { ready: Boolean(tables), options, label, phrase };
}
