/**
 * Where a name ends after a type word or a cue phrase (`l'association …`, `PTCE …`).
 *
 * The words after the head are read one at a time (at most `MAX_TOKENS`). Each word is first
 * checked against the named stop rules of `name-end-rules.ts` (evidence that the name ended
 * before it: a verb, a table cell boundary, a first name, another type word…); if none fires, the
 * first extend rule that applies reads it (`name-word`, `connector`, `and`, `lower-word`…). Every
 * word an extend rule takes as part of the name is a candidate end; the extent chosen is the last
 * candidate before the first stop. The rule that stopped the walk is returned, so a caller can
 * show why a name ends where it does.
 *
 * To fix a name cut short or overrun, find the rule id in `stop` (or in `npm run eval --
 * --verbose` by calling `nameExtent` on the sentence) and change that one rule.
 */
import { fold } from '../../core/pattern.js';
import { EXTEND_RULES, STOP_RULES, type HeadKind, type Token, type Walk } from './name-end-rules.js';
import type { ContinuationRule } from './name-continuation.js';
import { isCodeWord } from './name-code-words.js';
import { complementListEnd } from './complement-list.js';
import { HEAD_WORDS } from './name-words.js';
import { FIELD_WORDS } from '../lexicon/field-words.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

export type { HeadKind } from './name-end-rules.js';

/** A name has at most this many words after its head. */
const MAX_TOKENS = 14;

const WORD = /^(?<gap>[ \t]*(?:\n[ \t]*)?)(?<elision>[lLdD]')?(?<word>[\p{L}\p{N}](?:[\p{L}\p{N}&@]|['-](?=[\p{L}\p{N}]))*)/u;
/**
 * `Charpentes & Toitures`, `Bois &⏎Cie`: an ampersand between capitalised words joins one name, even at a line end;
 * so does one before a connector and a capital (`Cuma & des Ateliers`: `parallel-and` decides whether it goes on).
 */
const AMPERSAND = /^[ \t]+&(?=(?:[ \t]+|[ \t]*\n[ \t]*)(?:\p{Lu}|(?:de|du|des)[ \t]+\p{Lu}))/u;
const PUNCTUATION = /^[,;:.!?()«»"]/u;

/** Offices (lexicon/roles.ts), folded: no territory of a list is one. */
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_NOUNS].map(fold));
/** A slash or a comma, then (maybe on the next line) the next territory of a list: one to three capitalised words. */
const LIST_ITEM = /^[ \t]*(?<separator>[/,])[ \t]*\n?[ \t]*(?<item>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u;
/** What closes the list: a verb or another lower-case word (no `et`, `ou`: the list would be an enumeration), or a full stop, a colon, a bracket, a line end. */
const LIST_CLOSE = /^(?:[ \t]+(?!(?:et|ou)(?![\p{L}]))\p{Ll}|[ \t]*(?:[.;:()]|\n|$))/u;

/**
 * `territory-list`: `communauté de communes Val Vert/ Côte Rouge/ Illiers soutient…`, `… du Val, Lunel,
 * Sept Sources organisait…`: after an intercommunal head, the territories it joins, listed between slashes
 * (or commas, at least two and no `et`: prose lists its items with `et` before the last), are one name,
 * which the list closes (on a verb, a stop or a line end). No item may hold a type word (`Lunel Agglo`:
 * another body). Returns where the list ends, or null.
 */
function territoryListEnd(walk: Walk): number | null {
  if (walk.kind.territoryList !== true || walk.previous !== 'name') return null;
  let position = walk.position;
  let commas = 0;
  for (let item = LIST_ITEM.exec(walk.text.slice(position, position + 80)); item !== null; item = LIST_ITEM.exec(walk.text.slice(position, position + 80))) {
    // An item holding a type word is another body; one holding a person's role (`…, Lise MORAND, Adjointe au…`) lists people.
    if ((item.groups?.['item'] ?? '').split(/[ \t]+/u).some((word) => HEAD_WORDS.has(fold(word)) || ROLE_WORDS.has(fold(word)))) return null;
    if (item.groups?.['separator'] === ',') commas += 1;
    position += item[0].length;
  }
  if (position === walk.position || commas === 1 || !LIST_CLOSE.test(walk.text.slice(position, position + 4))) return null;
  return position;
}

/** The lower-case word the walk read last, right before `position` (`sociale` of `… l'Économie sociale`). */
const LAST_LOWER_WORD = /(?<![\p{L}'’-])(?<word>\p{Ll}+)$/u;
/** `, solidaire`: a comma, then a lower-case word (maybe on the next line). */
const COMMA_ADJECTIVE = /^,[ \t]*\n?[ \t]*(?<word>\p{Ll}+)(?![\p{L}'’-])/u;
/** ` et responsable`: the list's last item. */
const AND_ADJECTIVE = /^[ \t]+et[ \t]*\n?[ \t]*(?<word>\p{Ll}+)(?![\p{L}'’-])/u;
/** What closes the list: punctuation or a line end. */
const ADJECTIVE_LIST_CLOSE = /^[ \t]*(?:[,.;:()]|\n|$)/u;

/**
 * `field-adjective-list`: `secrétariat d'État chargé de l'Économie sociale, solidaire et responsable, a…`: after a
 * lower-case field word of the name (lexicon/field-words.ts), the field's other adjectives listed with commas and a
 * last `et`, every one a field word, then punctuation, are the name's (the field the body is in charge of), not the
 * sentence going on. Returns where the list ends, or null. `l'association Trokal, solidaire et…` ends on a capital: no list.
 */
function fieldAdjectiveListEnd(walk: Walk): number | null {
  if (walk.nameWords === 0) return null;
  const last = LAST_LOWER_WORD.exec(walk.text.slice(Math.max(0, walk.position - 30), walk.position))?.groups?.['word'];
  if (last === undefined || !FIELD_WORDS.has(fold(last))) return null;
  let position = walk.position;
  for (let item = COMMA_ADJECTIVE.exec(walk.text.slice(position, position + 40)); item !== null; item = COMMA_ADJECTIVE.exec(walk.text.slice(position, position + 40))) {
    if (!FIELD_WORDS.has(fold(item.groups?.['word'] ?? ''))) return null;
    position += item[0].length;
  }
  const closing = AND_ADJECTIVE.exec(walk.text.slice(position, position + 40));
  if (position === walk.position || closing === null || !FIELD_WORDS.has(fold(closing.groups?.['word'] ?? ''))) return null;
  position += closing[0].length;
  return ADJECTIVE_LIST_CLOSE.test(walk.text.slice(position, position + 4)) ? position : null;
}

export interface ScannedName {
  /** Where the name ends (the head's end when no name word was read). */
  readonly end: number;
  /** How many words were read as the name's. */
  readonly nameWords: number;
  /** The id of the rule that ended the name (`punctuation`, `verb-after-name`…). */
  readonly stop: string;
  /** The name-continuation.ts rule that read a lower-case word as part of the name (`closing-word`…), if one did. */
  readonly continuation?: ContinuationRule;
}

/** Lower-case letters then a capital (`eDoc`). */
const LOWER_THEN_UPPER = /^\p{Ll}+\p{Lu}/u;
/** `Kour`, `eDoc`, and a code with its number first (`4K`, name-code-words.ts). */
const isCapitalised = (word: string): boolean => OPENS_UPPER.test(word) || LOWER_THEN_UPPER.test(word) || isCodeWord(word);

function readToken(walk: Walk): Token | null {
  const match = WORD.exec(walk.text.slice(walk.position, walk.position + 80));
  if (match === null) return null;
  const word = match.groups?.['word'] ?? '';
  return {
    gap: match.groups?.['gap'] ?? '',
    elision: match.groups?.['elision'],
    word,
    folded: fold(word),
    capitalised: isCapitalised(word),
    end: walk.position + match[0].length,
    first: walk.previous === 'head',
  };
}

/** Reads one word: returns the id of the rule that ends the name there, or null to go on. */
function step(walk: Walk): string | null {
  if (walk.previous === 'name') {
    const ampersand = AMPERSAND.exec(walk.text.slice(walk.position, walk.position + 12));
    if (ampersand !== null) {
      walk.position += ampersand[0].length;
      walk.beforeAnd = 'name';
      walk.previous = 'and';
      return null;
    }
  }
  const listEnd = territoryListEnd(walk);
  if (listEnd !== null) {
    walk.position = listEnd;
    walk.lastGood = listEnd;
    return 'territory-list';
  }
  const token = readToken(walk);
  if (token === null) return 'no-word';
  const stop = STOP_RULES.find((rule) => rule.stops(walk, token));
  if (stop !== undefined) return stop.id;
  for (const rule of EXTEND_RULES) {
    const outcome = rule.read(walk, token);
    if (outcome === 'extend') break;
    if (outcome !== 'skip') return outcome.stop;
  }
  walk.position = token.end;
  if (!PUNCTUATION.test(walk.text.charAt(walk.position))) return null;
  // `… sociale, solidaire et responsable,`: the field's adjectives listed after it are the name's, and close it.
  const adjectivesEnd = fieldAdjectiveListEnd(walk);
  if (adjectivesEnd !== null) {
    walk.position = adjectivesEnd;
    walk.lastGood = adjectivesEnd;
    return 'field-adjective-list';
  }
  // `Direction régionale des forêts, de la chasse et des rivières`: the head's other complements, listed.
  const complementsEnd = walk.connectors > 0 && (walk.previous === 'name' || walk.previous === 'lower') ? complementListEnd(walk.text, walk.position) : null;
  if (complementsEnd !== null) {
    walk.position = complementsEnd;
    walk.lastGood = complementsEnd;
    return 'complement-list';
  }
  // `… du Val, Lunel, Sète organisait`: a comma inside an intercommunal body's list of territories does not end its name.
  return territoryListEnd(walk) === null ? 'punctuation' : null;
}

/** Reads the name after `headEnd`; `kind` says what the head allows (see `HeadKind`). */
export function nameExtent(text: string, headEnd: number, kind: HeadKind): ScannedName {
  const walk: Walk = {
    text, kind, position: headEnd, lastGood: headEnd, nameWords: 0, lowerRun: 0, beforeAnd: 'head', previous: 'head',
    connector: '', connectors: 0, articleFirst: false, lastName: '', departmentAhead: false,
  };
  let stop = 'max-words';
  for (let tokens = 0; tokens < MAX_TOKENS; tokens += 1) {
    const ended = step(walk);
    if (ended !== null) {
      stop = ended;
      break;
    }
  }
  // `… de l'économie sociale du Val (MESV)`: lower-case words before an acronym belong to the name.
  if (walk.previous === 'lower' && walk.nameWords > 0 && /^[ \t]*\(\p{Lu}{2,10}\)/u.test(text.slice(walk.position, walk.position + 14))) {
    walk.lastGood = walk.position;
  }
  // Only a continuation inside the extent chosen is the name's (`… du pays de` read, then stopped before the capital, is not).
  const continued = walk.continuation !== undefined && walk.continuation.at <= walk.lastGood ? walk.continuation.rule : undefined;
  return continued === undefined ? { end: walk.lastGood, nameWords: walk.nameWords, stop } : { end: walk.lastGood, nameWords: walk.nameWords, stop, continuation: continued };
}
