/**
 * Proposer family "a paired name": two capitalised common nouns joined by `et` inside running prose
 * (`… membre du réseau, Terre et Partage accompagne…`, `les bénévoles de Loisirs et Cité ont…`).
 * French writes a phrase of the sentence in lower case; a capital on both nouns, where no sentence
 * starts, says that the pair is written as a name. Read only in prose: after a lower-case word, an
 * elision or a comma that ends no capitalised word (`Accueil, Vision et Partage` is an item of a
 * list of capitals, which the list proposers read), a line break only when the line before is long
 * (wrapped prose, not a heading). Not proposed: a pair that goes on a capitalised name begun before
 * it (`Maison des Arts et Métiers`, `Soutien à Domicile et Partage`) or after it (a
 * capital, a number, or a connector and a capital next: `Ateliers et Jardins d'Avenir`), a pair
 * after a scheme word (`le programme Culture et Santé`) or a body's division (`le service Achats et Logistique`,
 * `la mission Santé et Sport`: `DIVISION_WORDS`, lexicon/organisation-cues.ts), a type word, a place, a first name, a word of
 * the calendar or a form of address in the pair, a pair of field words (`économie Sociale et
 * Solidaire`: the field's phrase written in capitals). Evidence `paired-name`; the name's own
 * evidence still weighs.
 */
import { alternation, fold } from '../../core/pattern.js';
import { DIVISION_WORDS, SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { FIELD_WORDS } from '../lexicon/field-words.js';
import { ADDRESS_FORMS } from '../lexicon/titles.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { HEAD_WORDS } from './name-words.js';
import type { SourcedSpan } from '../../core/types.js';

export type PairedName = SourcedSpan<'paired-name'>;

/** A capitalised word of letters, two lower-case letters or more after its capital (`Cité`, `Études`). */
const NOUN = '\\p{Lu}\\p{Ll}{2,}';
/** Spaces, or one line break and its spaces. */
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
/**
 * `Noun et Noun`, the `et` searched for first (speed only): no letter, digit, hyphen or `&` glued
 * before the first noun, none after the second.
 */
const PAIR = new RegExp(
  `et(?<=(?<![\\p{L}\\p{N}&-])(?<lead>(?<first>${NOUN})${GAP})et)${GAP}(?<second>${NOUN})(?![\\p{L}\\p{N}'’&-])`,
  'gu',
);
/** An elided article or conjunction glued before the pair (`d'`, `l'`, `qu'`): read past it, as prose's. */
const ELISION_BEFORE = /(?:^|[^\p{L}])(?:[dlj]|qu|lorsqu|puisqu)['’]$/iu;
/** The word (or mark) right before, and the gap to the pair: at most one line break. */
const TOKEN_BEFORE = /(?<token>[^ \t\n]+)(?<gap>[ \t]*\n?[ \t]*)$/u;
/** Connectors a capitalised name goes on over (`Maison des`, `Soutien à`, `Maison de la`; `a`: an OCR's `à`). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'à', 'a', 'au', 'aux', 'en', 'sur', 'pour', 'et', 'la', 'le', 'les', 'l']);
/** After the pair, a capitalised name going on: a capital or a number, or a connector and a capital. */
const NAME_GOES_ON = /^[ \t]*\n?[ \t]*(?:[\p{Lu}\p{N}&]|(?:et|de|du|des|en|à|sur|pour)[ \t\n]+(?:(?:la|le|les)[ \t\n]+|l['’])?\p{Lu}|[dl]['’][ \t]*\p{Lu})/u;
/** A line at least this long is wrapped prose, not a heading. */
const PROSE_LINE = 30;
const CALENDAR: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map(fold));
const ADDRESSES: ReadonlySet<string> = new Set(ADDRESS_FORMS);
/**
 * A scheme word right before the pair (`le programme Culture et Santé`): a scheme's name, no body's; so is a division's
 * word, maybe at the end of the line before (`le service⏎Achats et Logistique`): the part of a body the pair titles.
 */
const SCHEME_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(SCHEME_WORDS)}[ \\t]+|${alternation(DIVISION_WORDS)}[ \\t]*\\n?[ \\t]*)$`, 'iu');

/** Whether `word` may be one of the pair: a common noun, no type word, place, first name, month or form of address. */
function pairWord(word: string): boolean {
  const folded = fold(word);
  if (!isCommonWord(word) || HEAD_WORDS.has(folded) || CALENDAR.has(folded) || ADDRESSES.has(folded)) return false;
  return !isPlaceName(word) && !isFirstName(word);
}

/** The words of the 80 characters before `end`, an elided article split from its word (`d'`, `Chambre`). */
function wordsBefore(text: string, end: number): string[] {
  return text.slice(Math.max(0, end - 80), end).split(/[ \t\n]+|(?<=['’])/u).filter((word) => word !== '');
}

/**
 * Whether the pair starting at `start` lies inside prose: after a lower-case word that is no
 * scheme word, an elision, or a comma ending no capitalised word, and no capitalised name runs
 * into it over connectors (`Maison des`, `Chambre d'`); over a line break, the line before is long.
 */
function inProse(text: string, start: number): boolean {
  const elision = ELISION_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[0].replace(/^[^\p{L}]/u, '') ?? '';
  const end = start - elision.length;
  const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, end - 80), end));
  const gap = elision === '' ? (before?.groups?.['gap'] ?? '') : '';
  if (before === null && elision === '') return false;
  if (gap.includes('\n') && end - gap.length - (text.lastIndexOf('\n', end - gap.length - 1) + 1) < PROSE_LINE) return false;
  if (elision === '' && SCHEME_BEFORE.test(text.slice(Math.max(0, end - 40), end))) return false;
  const words = wordsBefore(text, end);
  return proseWordsBefore(elision === '' ? words : [...words, elision.slice(0, -1).toLowerCase()]);
}

/**
 * The words before the pair, nearest last: a lower-case word or a comma after no capital, and past
 * the connectors before the pair, no capitalised word (`en contrat à Terre et Partage` is prose).
 */
function proseWordsBefore(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (last.endsWith(',')) return last.length > 1 && !/^\p{Lu}/u.test(last);
  if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(last)) return false;
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = (words[index] ?? '').replace(/['’]$/u, '');
    if (!CONNECTORS.has(word.toLowerCase())) return !/^\p{Lu}/u.test(word);
  }
  return false;
}

/** Every paired name on the page. */
export function pairedNames(text: string): PairedName[] {
  const found: PairedName[] = [];
  for (const match of text.matchAll(PAIR)) {
    const first = match.groups?.['first'] ?? '';
    const second = match.groups?.['second'] ?? '';
    const start = match.index - (match.groups?.['lead'] ?? '').length;
    const end = match.index + match[0].length;
    if (!pairWord(first) || !pairWord(second) || (FIELD_WORDS.has(fold(first)) && FIELD_WORDS.has(fold(second)))) continue;
    if (NAME_GOES_ON.test(text.slice(end, end + 12)) || !inProse(text, start)) continue;
    found.push({ start, end, source: 'paired-name' });
  }
  return found;
}
