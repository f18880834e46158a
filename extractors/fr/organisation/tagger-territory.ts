/**
 * What the organisation rules read to tell a territory from the body that governs it, and a name
 * from an acronym that names none, as flags of the tagger's tokens (tagger-features.ts turns them
 * into features): without them the tagger proposed `région X` and `QPV` where the rules know better.
 * - `after-territory-head:lower|capital`: the word follows `région`, `département`, `territoire`
 *   or `pays` (maybe through `de`/`du`/`des`/`d'`); in lower case the head names a territory
 *   (`en région Occitanie`), with a capital more often the body (`la Région Occitanie`);
 * - `territory-place:…`: that word is moreover a known place (the span opens with a territory
 *   word and a place); `territory-head-before-place:…` on the head itself;
 * - `body-verb-after`: what a body does comes next (`… finance`, `… a lancé`), as the rules read it;
 * - `intercommunality:first|inside`: the word is part of a name of the official list of
 *   intercommunalities (lexicon/intercommunalities.ts).
 */
import { fold } from '../../core/pattern.js';
import { HOLDS_LOWER } from '../../core/word-shape.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { TECHNICAL_CODES } from '../lexicon/code-heads.js';
import { INTERCOMMUNALITY_TERRITORY_HEADS } from '../lexicon/intercommunality-words.js';
import { ADMINISTRATIVE_IDENTIFIERS, CATEGORY_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { PLACE_ACRONYMS, TERRITORY_HEADS, ZONING_ACRONYMS } from '../lexicon/territory-words.js';
import { BODY_VERB_AFTER } from '../patterns.js';
import { intercommunalityAt } from './intercommunality.js';

/** A token as tagger-features.ts cuts it. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Acronyms of zones, regions, forms' identifiers, categories and technical codes: none names a body. */
const OTHER_ACRONYMS: ReadonlySet<string> = new Set([...ZONING_ACRONYMS, ...PLACE_ACRONYMS, ...ADMINISTRATIVE_IDENTIFIERS, ...CATEGORY_ACRONYMS, ...TECHNICAL_CODES]);

/** Whether a word written in capitals is an acronym that names no organisation (`QPV`, `SIRET`, `PACA`). */
export function isNonOrganisationAcronym(word: string): boolean {
  return word.length >= 2 && !HOLDS_LOWER.test(word) && OTHER_ACRONYMS.has(word);
}

const HEADS: ReadonlySet<string> = new Set([...TERRITORY_HEADS, ...INTERCOMMUNALITY_TERRITORY_HEADS].map(fold));
const LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'd’']);
/** What a body does, right after its name (patterns.ts, as refiners/organisation-places.ts reads it). */
const BODY_AFTER = new RegExp(BODY_VERB_AFTER, 'uy');

const caseOf = (word: string): string => (/^\p{Lu}/u.test(word) ? 'capital' : 'lower');
const isHead = (token: Token | undefined): boolean => token !== undefined && HEADS.has(fold(token.text));

/** The territory head the word at `i` follows, directly or through `de`/`du`/`des`/`d'`, or undefined. */
function headBefore(tokens: readonly Token[], i: number): Token | undefined {
  const previous = tokens[i - 1];
  if (isHead(previous)) return previous;
  return previous !== undefined && LINKS.has(fold(previous.text)) && isHead(tokens[i - 2]) ? tokens[i - 2] : undefined;
}

/** The word a territory head at `i` governs: the next one, or the one after `de`/`du`/`des`/`d'`. */
function wordAfterHead(tokens: readonly Token[], i: number): Token | undefined {
  const next = tokens[i + 1];
  return next !== undefined && LINKS.has(fold(next.text)) ? tokens[i + 2] : next;
}

const isCapitalisedPlace = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text) && isPlaceName(token.text);

/** The territory flags of the word at `i`, read of its neighbours. */
function wordFlags(text: string, tokens: readonly Token[], i: number): string[] {
  const token = tokens[i];
  if (token === undefined) return [];
  const flags: string[] = [];
  const head = headBefore(tokens, i);
  if (head !== undefined) {
    flags.push(`after-territory-head:${caseOf(head.text)}`);
    if (isCapitalisedPlace(token)) flags.push(`territory-place:${caseOf(head.text)}`);
  }
  if (isHead(token) && isCapitalisedPlace(wordAfterHead(tokens, i))) flags.push(`territory-head-before-place:${caseOf(token.text)}`);
  BODY_AFTER.lastIndex = token.end;
  if (BODY_AFTER.test(text)) flags.push('body-verb-after');
  return flags;
}

/** Marks the words of each official intercommunality name that opens at a capitalised word or a number. */
function markIntercommunalities(text: string, tokens: readonly Token[], flags: string[][]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const first = token === undefined || !/^[\p{Lu}\p{N}]/u.test(token.text) ? null : /^[\p{L}\p{N}]+/u.exec(token.text)?.[0];
    const found = token === undefined || first == null ? null : intercommunalityAt(text, token.start, first);
    if (found === null || token === undefined) continue;
    flags[i]?.push('intercommunality:first');
    // A name's inner words are not read as the start of another (`Sud` in `Grand Paris Sud Est`).
    while ((tokens[i + 1]?.start ?? Infinity) < found.end) {
      i += 1;
      flags[i]?.push('intercommunality:inside');
    }
  }
}

/** The territory / body / intercommunality flags of every token (read only where `active`). */
export function territoryFlags(text: string, tokens: readonly Token[], active: Uint8Array): string[][] {
  const flags = tokens.map((_token, i) => (active[i] === 1 ? wordFlags(text, tokens, i) : []));
  markIntercommunalities(text, tokens, flags);
  return flags;
}
