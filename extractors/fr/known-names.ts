/**
 * One sense per document and per corpus. After the rules ran over every page, a name that is
 * an organisation with strong evidence somewhere in the document (a type word, an acronym, a
 * known body; not a rule that reads the name from its context only, unless a name candidate's evidence adds up to a
 * strong case), and every name accepted in the corpus (`DocumentContext.knownNames`), is
 * proposed wherever else it occurs as a whole word and no mention covers it yet. An occurrence
 * must have the name's capitals (accents and line breaks aside: OCR loses accents, layout breaks
 * lines) or be all in capitals, so a common word never turns into a name.
 */
import type { KnownName, Mention, PageInput, Span } from '../core/types.js';
import { SpanIndex } from '../core/span-index.js';
import { contextSentence } from './context-sentence.js';
import { isCommonWord } from './lexicon-lookup.js';
import { HOLDS_UPPER } from '../core/word-shape.js';
import { SENTENCE_START_BEFORE } from './patterns.js';

/** Shortest name looked for: shorter ones (`ESS`, `CA`) are too often something else. */
const MIN_LENGTH = 4;
/** Rules that read a name from its context only: their names are not strong enough to spread. */
const CONTEXT_ONLY_RULES: ReadonlySet<string> = new Set([
  'fr.organisation.candidate', 'fr.organisation.list-neighbours', 'fr.organisation.lower-list-member',
  'fr.organisation.cued', 'fr.organisation.apposition', 'fr.organisation.apposition-plain',
]);
/** Strong evidence: a type word, an acronym or a known body, at the rule's usual confidence. */
const STRONG = 0.7;

/**
 * A name candidate whose evidence adds up to a strong case (hand score ≥ 4, organisation/score.ts:
 * e.g. a list cue and a coined word, an award and a quoted name) spreads like a type word's name.
 */
const STRONG_CANDIDATE = 0.719;
const strongCandidate = (mention: Mention): boolean => mention.rule === 'fr.organisation.candidate' && mention.confidence >= STRONG_CANDIDATE;

interface Sense {
  readonly type: KnownName['type'];
  readonly value: string;
  readonly rule: string;
  readonly evidence: string;
}

function usable(text: string): boolean {
  return text.length >= MIN_LENGTH && text.length <= 120 && HOLDS_UPPER.test(text) && !/\s\s|\n.*\n/u.test(text);
}

/** A name as looked for: a line break inside it (`France Active⏎Lorraine`) read as a space. */
const looked = (text: string): string => text.replace(/[\t\n\r]/gu, ' ');

/** The names to look for: the corpus's, then the document's strong organisations. */
function sensesOf(mentions: readonly Mention[], known: readonly KnownName[]): Map<string, Sense> {
  const senses = new Map<string, Sense>();
  for (const name of known) {
    if (usable(name.text)) senses.set(looked(name.text), { type: name.type, value: name.value, rule: 'fr.known-name', evidence: 'known-name' });
  }
  for (const mention of mentions) {
    if (mention.type !== 'organisation' || mention.confidence < STRONG || (CONTEXT_ONLY_RULES.has(mention.rule) && !strongCandidate(mention))) continue;
    if (!usable(mention.text) || senses.has(looked(mention.text))) continue;
    senses.set(looked(mention.text), { type: 'organisation', value: mention.value, rule: 'fr.organisation.same-document', evidence: 'same-document' });
  }
  return senses;
}

/**
 * Zero-width tests at one position (sticky): no letter or digit before it, or at it, and no underscore (a part of a
 * file's name, `CR_URSCOP_2023.pdf`, is no mention of the body).
 */
const STARTS_WORD = /(?<![\p{L}\p{N}_])/uy;
const ENDS_WORD = /(?![\p{L}\p{N}_])/uy;
function wholeWord(text: string, start: number, end: number): boolean {
  STARTS_WORD.lastIndex = start;
  ENDS_WORD.lastIndex = end;
  return STARTS_WORD.test(text) && ENDS_WORD.test(text);
}

/** The characters `keyText` looks up: white space other than a space, and every non-ASCII one (per UTF-16 unit). */
const KEYED = /[\t\n\r\u0080-\uffff]/g;
/** Each character looked up so far, as one lower-case character without its accents. */
const keyCharacters = new Map<string, string>();

function keyCharacter(char: string): string {
  let key = keyCharacters.get(char);
  if (key === undefined) {
    const plain = /\s/u.test(char) ? ' ' : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = char.toLowerCase();
    key = plain.length === 1 ? plain : lower.length === 1 ? lower : '\u0000';
    keyCharacters.set(char, key);
  }
  return key;
}

/**
 * `text` with case, accents and kinds of white space aside, one character for one (so an offset
 * in the key is an offset in the text): `Rivages⏎PARTAGÉS` → `rivages partages`.
 */
function keyText(text: string): string {
  const lower = text.toLowerCase();
  // `toLowerCase` keeps the length of nearly every text (not of `İ`): then only white space and
  // non-ASCII characters need a look-up.
  if (lower.length === text.length) return lower.replace(KEYED, keyCharacter);
  let key = '';
  for (let index = 0; index < text.length; index += 1) key += keyCharacter(text.charAt(index));
  return key;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** The same capitals as the name (accents and line breaks aside): `Rivages⏎Partages`. */
function sameCapitals(found: string, name: string): boolean {
  for (let index = 0; index < name.length; index += 1) {
    if (UPPER.test(found.charAt(index)) !== UPPER.test(name.charAt(index))) return false;
  }
  return true;
}

/** A one-word name that is also a French word (`Envie`): capitals or a sentence's start say nothing. */
function commonWordName(name: string): boolean {
  return !/[\s'’-]/u.test(name) && isCommonWord(name);
}


/**
 * Whether an occurrence whose key is the name's is the name: written with the same capitals
 * (accents and line breaks aside), or all in capitals (`RIVAGES PARTAGÉS` in a heading) unless
 * the name is one common word; and a name that is one common word does not open a sentence
 * (`Envie de…`).
 */
function readsAsName(text: string, start: number, name: string): boolean {
  const found = text.slice(start, start + name.length);
  const common = commonWordName(name);
  if (!sameCapitals(found, name) && (common || LOWER.test(found))) return false;
  return !common || !SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** The names' indices by the first MIN_LENGTH characters of their keys (no name is shorter). */
function byPrefix(nameKeys: readonly string[]): Map<string, number[]> {
  const prefixes = new Map<string, number[]>();
  for (const [index, nameKey] of nameKeys.entries()) {
    const prefix = nameKey.slice(0, MIN_LENGTH);
    const indices = prefixes.get(prefix);
    if (indices === undefined) prefixes.set(prefix, [index]);
    else indices.push(index);
  }
  return prefixes;
}

/** Up to this many names, a search of the page for each costs less than one pass looking every word up. */
const SEARCHED_NAMES = 12;

/** An ASCII letter or digit: no whole word starts right after one. */
function asciiWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Where the names occur in `text` as whole words, left to right without overlaps, the longest
 * name first at one position (then the first name): what one alternation of the names between
 * word boundaries finds, without compiling a new pattern for every document (that cost more than
 * the search). The search runs on the keys (case, accents and line breaks aside), one pass over
 * the page looking each word start's first characters up (`prefixes`) when the names are many:
 * a search of the page for every name cost the square of a long page's length, a dense page
 * naming a body per line.
 * `readsAsName` then says which spellings count.
 */
function occurrences(text: string, names: readonly string[], nameKeys: readonly string[], prefixes: ReadonlyMap<string, readonly number[]>): { start: number; name: string }[] {
  const found: { start: number; name: string; index: number }[] = [];
  const key = keyText(text);
  const take = (at: number, index: number): void => {
    const name = names[index] ?? '';
    if (wholeWord(text, at, at + name.length) && readsAsName(text, at, name)) found.push({ start: at, name, index });
  };
  if (names.length <= SEARCHED_NAMES) {
    for (const [index, nameKey] of nameKeys.entries()) for (let at = key.indexOf(nameKey); at >= 0; at = key.indexOf(nameKey, at + 1)) take(at, index);
  } else {
    for (let at = 0; at + MIN_LENGTH <= key.length; at += 1) {
      if (at > 0 && asciiWordCharacter(text.charCodeAt(at - 1))) continue;
      for (const index of prefixes.get(key.slice(at, at + MIN_LENGTH)) ?? []) if (key.startsWith(nameKeys[index] ?? '', at)) take(at, index);
    }
  }
  found.sort((a, b) => a.start - b.start || b.name.length - a.name.length || a.index - b.index);
  const kept: { start: number; name: string }[] = [];
  let free = 0;
  for (const occurrence of found) {
    if (occurrence.start < free) continue;
    kept.push({ start: occurrence.start, name: occurrence.name });
    free = occurrence.start + occurrence.name.length;
  }
  return kept;
}

/** Mentions for the other occurrences of known and strong names, on spans no mention covers. */
export function sameSenseMentions(pages: readonly PageInput[], mentions: readonly Mention[], known: readonly KnownName[]): Mention[] {
  const senses = sensesOf(mentions, known);
  if (senses.size === 0) return [];
  const names = [...senses.keys()];
  // Each name's key once per document, not once per page.
  const nameKeys = names.map(keyText);
  const prefixes = byPrefix(nameKeys);
  const added: Mention[] = [];
  // Each page's spans by start (core/span-index.ts): a scan of the page's mentions for every
  // occurrence cost the square of a long page's length.
  const spansByPage = new Map<number, Span[]>();
  for (const mention of mentions) {
    const spans = spansByPage.get(mention.page);
    if (spans === undefined) spansByPage.set(mention.page, [mention.span]);
    else spans.push(mention.span);
  }
  for (const page of pages) {
    const taken = new SpanIndex(spansByPage.get(page.page) ?? []);
    // The occurrences run left to right without overlaps: of the mentions added on this page, the last one reaches furthest.
    let addedEnd = -1;
    for (const { start, name } of occurrences(page.text, names, nameKeys, prefixes)) {
      const end = start + name.length;
      const sense = senses.get(name);
      if (sense === undefined || start < addedEnd || taken.someOverlapping(start, end)) continue;
      const mention: Mention = {
        type: sense.type, page: page.page, source: page.source, span: { start, end }, text: page.text.slice(start, end), value: sense.value,
        confidence: 0.6, rule: sense.rule, inferred: [], context: contextSentence(page.text, start, end), evidence: [sense.evidence],
      };
      added.push(mention);
      addedEnd = end;
    }
  }
  return added;
}
