/**
 * Reading an official intercommunality's name (`lexicon/intercommunalities.ts`: EPCI and EPT core
 * names) at a word of a text. The names are indexed by their first word's key once, at module
 * load; a lookup compares the text's next words one by one, so its cost is the name's length.
 * Words may be split by spaces, a hyphen, an apostrophe, a spaced dash (`Lens - Liévin`) or one line
 * break, so `Gap-Tallard`, `Gap Tallard` and `Gap⏎Tallard` are one name; accents and `œ` are optional.
 */
import { fold } from '../../core/pattern.js';
import { INTERCOMMUNALITIES_SOURCE, TERRITORIAL_BODIES_SOURCE } from '../lexicon/intercommunalities.js';

/** An official name found in a text: where it ends and its words as the text writes them. */
export interface IntercommunalityMatch {
  readonly end: number;
  readonly words: readonly string[];
}

/** The next word after a name's word: blanks, then at most one line break, hyphen, apostrophe or dash. */
const NEXT_WORD = /[ \t]*(?:\n|[-'’–])?[ \t]*(?<word>[\p{L}\p{N}]+)/uy;

/** A word's key as the list holds it: folded, `œ` as `oe`, `St`/`Ste` written out. */
export function intercommunalityKey(word: string): string {
  const folded = fold(word.replace(/œ/gu, 'oe').replace(/Œ/gu, 'OE'));
  return folded === 'st' ? 'saint' : folded === 'ste' ? 'sainte' : folded;
}

/** The names' words by their first word's key, longest first. */
const BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, string[][]>();
  for (const name of INTERCOMMUNALITIES_SOURCE.split('|')) {
    const words = name.split(' ').map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word));
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

/** The words after a name's first word, read and keyed one at a time, only as far as a name asks. */
class WordsAfter {
  readonly words: { word: string; end: number }[] = [];
  private readonly keys: string[] = [];
  private position: number;
  private ended = false;

  constructor(private readonly text: string, offset: number) {
    this.position = offset;
  }

  /** The key of the word at `index` (0: the first word after the name's first), or undefined past the last word. */
  keyAt(index: number): string | undefined {
    while (this.keys.length <= index && !this.ended) {
      NEXT_WORD.lastIndex = this.position;
      const match = NEXT_WORD.exec(this.text);
      if (match === null) this.ended = true;
      else {
        this.position = NEXT_WORD.lastIndex;
        const word = match.groups?.['word'] ?? '';
        this.words.push({ word, end: this.position });
        this.keys.push(intercommunalityKey(word));
      }
    }
    return this.keys[index];
  }
}

/**
 * The longest official name whose first word is `first`, written at `start` in `text`, or null.
 * The name ends at a word's end (`Grand Dole` is not read in `Grand Dolois`). The words after the
 * first are read lazily (speed only: most names fail on their second word).
 */
export function intercommunalityAt(text: string, start: number, first: string): IntercommunalityMatch | null {
  const names = BY_FIRST.get(intercommunalityKey(first));
  if (names === undefined) return null;
  const after = new WordsAfter(text, start + first.length);
  for (const words of names) {
    if (!words.every((word, index) => index === 0 || after.keyAt(index - 1) === word)) continue;
    const end = words.length === 1 ? start + first.length : after.words[words.length - 2]?.end ?? start;
    return { end, words: [first, ...after.words.slice(0, words.length - 1).map((word) => word.word)] };
  }
  return null;
}
