import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_DICTIONARY } from './domain-dictionary.js';

/**
 * Chinese word segmentation: jieba (@node-rs/jieba, the Rust jieba Meilisearch's tokenizer also uses) with its default
 * dictionary and the domain dictionary, HMM off as in Meilisearch, so that an unknown run falls into known words and
 * characters the same way in documents and queries.
 *
 * A domain word gets a frequency high enough to win over the default dictionary's cuts (热压|罐 → 热压罐, 中|试验|证 →
 * 中试|验证) without making it swallow its neighbours' characters. Loading takes about 150 ms, once per process, on
 * first use.
 */
const DOMAIN_WORD_FREQUENCY = 20_000;

let instance: Jieba | undefined;

function jieba(): Jieba {
  if (!instance) {
    const segmenter = Jieba.withDict(dict);
    segmenter.loadDict(Buffer.from(DOMAIN_DICTIONARY.map((word) => `${word} ${DOMAIN_WORD_FREQUENCY} n`).join('\n')));
    instance = segmenter;
  }
  return instance;
}

/** The words of a run of Chinese characters (no spaces or punctuation inside), in order. */
export function cutChinese(run: string): string[] {
  return jieba().cut(run, false);
}

/**
 * The dictionary words inside a word that tile it whole, fewest first (正极材料 → 正极 + 材料, 燃料电池 → 燃料 + 电池);
 * empty when it cannot be tiled by words of two characters or more (锂电池: 锂电 and 电池 overlap).
 */
export function tileWithSubWords(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 3) return [];
  const inner = new Set(
    jieba()
      .cutForSearch(word, false)
      .filter((sub) => sub !== word && Array.from(sub).length >= 2),
  );
  // best[i]: the fewest sub-words covering chars[0..i), or null.
  const best: Array<string[] | null> = [[], ...chars.map(() => null)];
  for (let end = 2; end <= chars.length; end += 1) {
    for (let start = 0; start <= end - 2; start += 1) {
      const before = best[start];
      const piece = chars.slice(start, end).join('');
      if (before && inner.has(piece) && (best[end] === null || before.length + 1 < (best[end]?.length ?? 0)))
        best[end] = [...before, piece];
    }
  }
  const tiling = best[chars.length];
  return tiling && tiling.length >= 2 ? tiling : [];
}
