/**
 * The tagger's gold labels of a page's tokens (B/I on a gold organisation's name, don't care on an
 * optional one's, O elsewhere), shared by `npm run fit:tagger` and `npm run fit:org` (which
 * trains taggers out of fold for the decision's tagger features).
 */
import type { Label, TaggerToken } from '../../extractors/fr/organisation/tagger-features.js';
import { fold } from './score.js';
import type { GoldDocument } from './score.js';

/** A name's words as the scorer folds them, apostrophes as spaces, leading articles left out. */
const ARTICLE_WORDS = new Set(['l', 'la', 'le', 'les', 'd', 'du', 'des']);
export function nameWords(name: string): string[] {
  const words = fold(name).replace(/'/gu, ' ').split(' ').filter((word) => word.length > 0);
  let first = 0;
  while (first < words.length - 1 && (ARTICLE_WORDS.has(words[first] ?? '') || (words[first] === 'de' && words[first + 1] === 'la'))) first += 1;
  return words.slice(first);
}

interface WordAt {
  readonly word: string;
  readonly token: number;
  readonly opens: boolean;
  readonly closes: boolean;
}

/**
 * The label of each token: B/I where a gold organisation's name is written (longest names first),
 * null (don't care) on an optional one's, O elsewhere. A name written with a capital or a digit
 * is not looked for in words all in lower case (`Envie` is not the word `envie`).
 */
export function goldLabels(tokens: readonly TaggerToken[], gold: GoldDocument): (Label | null)[] {
  const stream: WordAt[] = tokens.flatMap((token, index) => {
    const words = fold(token.text).replace(/'/gu, ' ').split(' ').filter((word) => word.length > 0);
    return words.map((word, k) => ({ word, token: index, opens: k === 0, closes: k === words.length - 1 }));
  });
  const names = gold.entities
    .filter((entity) => entity.type === 'organisation')
    .flatMap((entity) => [entity.norm, ...(entity.aliases ?? []), entity.text]
      .filter((name): name is string => typeof name === 'string' && name.length > 0)
      .map((name) => ({ words: nameWords(name), optional: entity.optional === true, marked: /[\p{Lu}\p{N}]/u.test(name) })))
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || Number(a.optional) - Number(b.optional));
  const labels: (Label | null)[] = tokens.map(() => 0);
  const taken = new Uint8Array(tokens.length);
  for (const name of names) {
    for (let p = 0; p + name.words.length <= stream.length; p += 1) {
      if (!name.words.every((word, k) => stream[p + k]?.word === word)) continue;
      const first = stream[p];
      const last = stream[p + name.words.length - 1];
      if (first === undefined || last === undefined || !first.opens || !last.closes) continue;
      const span = tokens.slice(first.token, last.token + 1);
      if (name.marked && !span.some((token) => /[\p{Lu}\p{N}]/u.test(token.text))) continue;
      if (taken.subarray(first.token, last.token + 1).some((value) => value === 1)) continue;
      taken.fill(1, first.token, last.token + 1);
      for (let i = first.token; i <= last.token; i += 1) labels[i] = name.optional ? null : i === first.token ? 1 : 2;
    }
  }
  return labels;
}

