/**
 * Answers of pure word functions kept by word. The lexicon lookups (`isCommonWord`, `isPlaceName`,
 * `isFirstName`…) and `fold` run thousands of times per page on the same few hundred words; a kept
 * answer costs one map lookup instead of a fold, a hash or a Bloom filter probe.
 */

/** Words kept at most: past it the answers are forgotten at once, so memory stays bounded over a long import. */
const DEFAULT_LIMIT = 50_000;

/** Longer text (a phrase, a line) is rarely asked twice: it is answered each time, not kept. */
const LONGEST_KEPT = 48;

/** `answer` with its answers kept by word. `answer` must be pure and never return undefined. */
export function memoised<T>(answer: (word: string) => T, limit = DEFAULT_LIMIT): (word: string) => T {
  const kept = new Map<string, T>();
  return (word: string): T => {
    if (word.length > LONGEST_KEPT) return answer(word);
    let known = kept.get(word);
    if (known === undefined) {
      if (kept.size >= limit) kept.clear();
      known = answer(word);
      kept.set(word, known);
    }
    return known;
  };
}

/**
 * `answer(text, key)` with the answers of the last `text` kept by key. Parsers ask the same
 * question of every match on one page, then move to the next page: keeping one page's answers
 * costs nothing to grow over a long import.
 */
export function memoisedForPage<T>(answer: (text: string, key: string) => T): (text: string, key: string) => T {
  let page = '';
  const kept = new Map<string, T>();
  return (text: string, key: string): T => {
    if (text !== page) {
      page = text;
      kept.clear();
    }
    let known = kept.get(key);
    if (known === undefined) {
      known = answer(text, key);
      kept.set(key, known);
    }
    return known;
  };
}
