/**
 * Reading an official intercommunality's name (`lexicon/intercommunalities.ts`: EPCI and EPT core
 * names) at a word of a text. The names are indexed by their first word's key once, at module
 * load; a lookup compares the text's next words one by one, so its cost is the name's length.
 * Words may be split by spaces, a hyphen, an apostrophe, a spaced dash (`Lens - Liévin`) or one line
 * break, so `Gap-Tallard`, `Gap Tallard` and `Gap⏎Tallard` are one name; accents and `œ` are optional.
 */
import { fold } from '../../core/pattern.js';
import { INTERCOMMUNALITIES_SOURCE, TERRITORIAL_BODIES_SOURCE } from '../lexicon/intercommunalities.js';
import { WordsAfter } from './words-after.js';

/** An official name found in a text: where it ends and its words as the text writes them. */
export interface IntercommunalityMatch {
  readonly end: number;
  readonly words: readonly string[];
}

/** The next word after a name's word: blanks, then at most one line break, hyphen, apostrophe or dash. */
const NEXT_WORD = /[ \t]*(?:\n|[-'’–])?[ \t]*(?<word>[\p{L}\p{N}]+)/uy;

/** `St`/`Ste` written out (`saint`, `sainte`), as in the list and in its keys; any other folded word as it is. */
const writtenOut = (folded: string): string => (folded === 'st' ? 'saint' : folded === 'ste' ? 'sainte' : folded);

/** A word's key as the list holds it: folded, `œ` as `oe`, `St`/`Ste` written out. */
export function intercommunalityKey(word: string): string {
  return writtenOut(fold(word.replace(/œ/gu, 'oe').replace(/Œ/gu, 'OE')));
}

/** The names' words by their first word's key, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, string[][]>();
  for (const name of INTERCOMMUNALITIES_SOURCE.split('|')) {
    const words = name.split(' ').map(writtenOut);
    const first = words[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), words]);
  }
  for (const names of index.values()) names.sort((a, b) => b.length - a.length);
  return index;
})();

const TERRITORIAL_BODIES: ReadonlySet<string> = new Set(TERRITORIAL_BODIES_SOURCE.split('|'));

/** Whether the name's word keys are a Greater Paris territorial body's (`Est Ensemble`): bodies only, never a place. */
export function isTerritorialBody(keys: readonly string[]): boolean {
  return TERRITORIAL_BODIES.has(keys.join(' '));
}

/** Every name's first word (folded): the words a name may start with. */
export const INTERCOMMUNALITY_FIRST_WORDS: readonly string[] = [...BY_FIRST.keys()];

/**
 * The longest official name whose first word is `first`, written at `start` in `text`, or null.
 * The name ends at a word's end (`Grand Dole` is not read in `Grand Dolois`). The words after the
 * first are read lazily (speed only: most names fail on their second word).
 */
export function intercommunalityAt(text: string, start: number, first: string): IntercommunalityMatch | null {
  const names = BY_FIRST.get(intercommunalityKey(first));
  if (names === undefined) return null;
  const after = new WordsAfter(text, start + first.length, NEXT_WORD, intercommunalityKey);
  for (const words of names) {
    if (!words.every((word, index) => index === 0 || after.at(index - 1)?.key === word)) continue;
    const more = Array.from({ length: words.length - 1 }, (_, index) => after.at(index));
    const end = more.at(-1)?.end ?? start + first.length;
    return { end, words: [first, ...more.map((word) => word?.word ?? '')] };
  }
  return null;
}
