import { describe, expect, it } from '@jest/globals';
import { normalizeSuggestion, startsAWord, suggestionEntries, type SuggestionFields } from '../text/suggestions.js';
import { completionKey, completionKeysOf } from './meili-completion.js';

const fields = (overrides: Partial<SuggestionFields> = {}): SuggestionFields => ({
  titleZh: '注射剂合同研发生产与小批量试生产',
  titleEn: 'Contract development of injectables',
  keywords: ['冷冻干燥机', '富锂锰基', 'PI 薄膜', 'NCM811', '𠀀字'],
  platformNameZh: '上海生物医药合同研发生产平台',
  platformNameEn: null,
  ...overrides,
});

// How Meilisearch matches the key of typed text: the prefix of a whole word of the attribute.
const found = (doc: SuggestionFields, typed: string) =>
  completionKeysOf(doc).some((key) => key.startsWith(completionKey(normalizeSuggestion(typed))));

describe('completionKeysOf', () => {
  it('finds Chinese typed from inside a word or a long domain word, as the PostgreSQL engine does', () => {
    for (const typed of ['燥机', '干', '富锂锰', '锂锰', '剂合同研', '研发生产', '试生产', '字', '𠀀'])
      expect({ typed, found: found(fields(), typed) }).toEqual({ typed, found: true });
  });

  it('finds a Latin word from its start only, and after a CJK character', () => {
    expect(found(fields(), 'inject')).toBe(true);
    expect(found(fields(), 'development of inj')).toBe(true);
    expect(found(fields(), 'pi薄')).toBe(true);
    expect(found(fields(), 'ncm8')).toBe(true);
    for (const typed of ['njectables', 'cm811', 'evelopment'])
      expect({ typed, found: found(fields(), typed) }).toEqual({ typed, found: false });
  });

  it('finds text longer than a key by its first characters (suggestionsFrom then checks the whole)', () => {
    expect(found(fields(), '注射剂合同研发生产与小批量')).toBe(true);
    expect(found(fields(), '注射剂合同研')).toBe(true);
    expect(found(fields(), '注射剂合同研究')).toBe(true);
    expect(found(fields(), '注射剂合同研究'.slice(0, 5) + '发')).toBe(false);
  });

  it('finds exactly the typed text of up to a key’s length that startsAWord finds in one of the entries', () => {
    const doc = fields();
    const norms = suggestionEntries(doc).map((entry) => entry.norm);
    for (const norm of norms) {
      const chars = Array.from(norm);
      for (let from = 0; from < chars.length; from += 1)
        for (let length = 1; length <= 6 && from + length <= chars.length; length += 1) {
          const typed = chars.slice(from, from + length).join('');
          if (normalizeSuggestion(typed) !== typed) continue;
          const expected = norms.some((text) => startsAWord(text, typed));
          expect({ typed, found: found(doc, typed) }).toEqual({ typed, found: expected });
        }
    }
  });

  it('spells keys as one word of lower-case ASCII letters that begins apart from any word of a document', () => {
    for (const key of completionKeysOf(fields())) expect(key).toMatch(/^zq[a-z]{5,30}$/);
    expect(completionKey('a')).toBe('zqaaadt');
  });
});
