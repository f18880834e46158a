/**
 * Whether a phrase's words spell an acronym's initials: the one test of `expansion-part` (a name that is the tail of an
 * acronym's expansion), `expansionToAcronym` (name-guards.ts: a name running on to its acronym in brackets) and
 * `acronym-before-name` (parsers/organisation-named.ts: a kind written out, then its acronym). Each caller reads the
 * words out of its text and says which it leaves out (connectors); what differs on purpose is the named reading of a
 * lower-case word (`LowerCaseWord`).
 */
import { fold } from '../../core/pattern.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/**
 * What a lower-case word left after the skipped ones does: `'spells'`, it lends its initial like any other word (a
 * kind written out, `Pôle d'accueil et de réemploi` → PAR: the acronym is the whole phrase's); `'may-spell'`, it
 * lends it or is passed over (`Association départementale de Lunel pour l'aide à l'enfance` → ADLAE, where the
 * name's own words are read up to a bracket and some are no part of the acronym). A capitalised word always lends
 * its initial, and so does the first word.
 */
export type LowerCaseWord = 'spells' | 'may-spell';

/** A word's initial, accents aside, in capitals (`école` → `E`). */
const initialOf = (word: string): string => fold(word.charAt(0)).toUpperCase();

/**
 * Whether `words`, less those `skipped` says an acronym leaves out, spell `acronym` (in capitals, as the caller
 * compares it) by their initials, in order: every letter spelled, the first word's first, each word lending at most
 * one, never more than two words a letter.
 */
export function spellsInitials(acronym: string, words: readonly string[], lowerCase: LowerCaseWord, skipped: (word: string) => boolean = () => false): boolean {
  const kept = words.filter((word) => !skipped(word));
  if (kept.length < 2 || acronym.length * 2 < kept.length) return false;
  let next = 0;
  for (const [index, word] of kept.entries()) {
    if (initialOf(word) === acronym.charAt(next)) next += 1;
    else if (index === 0 || lowerCase === 'spells' || OPENS_UPPER.test(word)) return false;
  }
  return next === acronym.length;
}

/**
 * Whether content words' initials run along an acronym's folded `letters` loosely: the first word lends the first letter,
 * each next word a later one, and one letter may be left unspelled (two words at least, no more words than letters).
 * Read by thing-expansion.ts and programme-led-expansion.ts, which say which words are content words.
 */
export function looselySpells(letters: string, content: readonly string[]): boolean {
  if (content.length < 2 || content.length < letters.length - 1 || content.length > letters.length) return false;
  let next = 0;
  for (const word of content) {
    const found = letters.indexOf(fold(word.charAt(0)), next);
    if (found === -1 || (next === 0 && found !== 0)) return false;
    next = found + 1;
  }
  return true;
}

/** How the phrase before `(ACR)` is read: how far back, where it stops, and whether wrapped lines are joined first. */
export interface PhraseBeforeBracket {
  /** Characters read back from the bracket. */
  readonly window: number;
  /** The phrase at the end of the text read back, as the group `phrase` (anchored at `$`). */
  readonly pattern: RegExp;
  /** Whether one line break reads as a space (text layers wrap lines anywhere; a blank line still parts phrases). */
  readonly unwrap: boolean;
}

/** Brackets read at most per page and acronym: a page that writes `(ACR)` more often says nothing new by it. */
const MOST_BRACKETS = 20;

/** Text layers wrap lines anywhere: one line break reads as a space, a blank line still parts two phrases. */
export const unwrapped = (slice: string): string => slice.replace(/([^\n])\n(?=[^\n])/gu, '$1 ');

/**
 * The phrases a page writes right before `(acronym)`, its first twenty brackets in order: the one loop of the guards
 * that read an acronym's expansion back from its bracket (thing-expansion.ts, programme-led-expansion.ts), each with
 * its own reading of where the phrase stops.
 */
export function* phrasesBeforeBracket(text: string, acronym: string, reading: PhraseBeforeBracket): Generator<string> {
  const bracketed = `(${acronym})`;
  let seen = 0;
  for (let at = text.indexOf(bracketed); at !== -1 && seen < MOST_BRACKETS; at = text.indexOf(bracketed, at + 1)) {
    seen += 1;
    const slice = text.slice(Math.max(0, at - reading.window), at);
    const phrase = reading.pattern.exec((reading.unwrap ? unwrapped(slice) : slice).trimEnd())?.groups?.['phrase'];
    if (phrase !== undefined) yield phrase;
  }
}
