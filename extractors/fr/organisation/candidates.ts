/**
 * Candidate organisation names proposed from layout, before any evidence is weighed: the items
 * of a list (a comma list in a sentence, consecutive bullet lines, lines `Place - Name`) and
 * short capitalised names between quotes. A
 * candidate is only a span and the list it came from; `evidence.ts` says what speaks for it.
 */
import { closesOpenKindList } from './open-kind-list.js';
import { allMatches } from '../../core/word-scan.js';
import { CAPITAL_OR_ABOVE_AHEAD, LEFT_BOUNDARY, alternation, fold, initialsAhead } from '../../core/pattern.js';
import { ORGANISATION_LIST_CUES, PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { KINDS_BEFORE_QUOTE, LIST_AGENT_PARTICIPLES, QUOTED_NON_BODIES } from '../lexicon/organisation-cues.js';
import { isCommonWord, isPlaceAbroad, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { isNameShaped } from './evidence.js';
import { affiliationNames } from './affiliation.js';
import { prepositionNames } from './after-preposition.js';
import { awardNames } from './award.js';
import { kindBeforeNames } from './kind-before.js';
import { headingNames } from './heading-name.js';
import { creditNames } from './credit.js';
import { bracketNames } from './bracket-name.js';
import { coinedNames } from './coined-name.js';
import { pairedNames } from './paired-name.js';
import { lowerBrands } from './lower-brand.js';
import { articleCoinedNames } from './article-coined.js';
import { departmentNumberedNames } from './department-numbered.js';
import { numberPairNames } from './number-pair.js';
import { sentenceCasePlaceNames } from './sentence-case-place.js';
import { capitalisedKindNames } from './capitalised-kind.js';
import { kindThenNames } from './kind-then-name.js';
import { pressTitles } from './press-cue.js';
import { meetingOfNames } from './meeting-of.js';
import { personNamedNames } from './person-named.js';
import { ENTRY_LAYOUTS, entryNames } from './entry-line.js';
import { listHeads } from './list-head.js';
import { isFiniteVerbForm, nameContinuation, type ContinuationRule } from './name-continuation.js';
import { sentenceCaseNameLength } from './role-led.js';
import { BULLET_MARK, DEPARTMENT_NUMBER } from '../patterns.js';
import { collapsed, spacesCollapsed } from '../context-sentence.js';
import { NAME_RUN, articleNames, coordinatedNames, kindAfterNames, kindBeforeAppositionNames, kindAfterQuote, kindExampleNames, cleftSubjectNames, possessiveRoleNames, regionBracketNames, titleRunNames, verbSubjectNames } from './name-candidates.js';
import { OPENS_LOWER, OPENS_UPPER } from '../../core/word-shape.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { HEAD_WORDS } from './name-words.js';

/** Where a candidate came from. */
export type CandidateSource =
  | 'comma-list' | 'bullet-list' | 'line-list' | 'place-dash-line' | 'quoted'
  | 'article-name' | 'region-bracket' | 'possessive-role' | 'kind-example' | 'verb-subject' | 'cleft-subject' | 'coordinated' | 'kind-after' | 'kind-quoted' | 'title-run'
  | 'person-affiliation' | 'attendance' | 'award-winner' | 'award-quoted' | 'credit-line' | 'after-preposition' | 'kind-before' | 'heading-repeated'
  | 'capitalised-kind' | 'kind-then-name' | 'person-named' | 'entry-line' | 'bracket-name' | 'coined-name' | 'paired-name' | 'department-numbered' | 'lower-brand' | 'article-coined' | 'number-pair' | 'sentence-case-place' | 'press-cue' | 'meeting-of' | 'list-head';

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  /** The name as written, whitespace collapsed, a lower-case leading article dropped. */
  readonly name: string;
  readonly source: CandidateSource;
  /** Index of the list in the page; items of one list share it. */
  readonly list: number;
  /** Items in that list. */
  readonly listSize: number;
  /** Whether a cue word (`membres`, `partenaires`) introduces the list. */
  readonly cued: boolean;
  /** The name-continuation.ts rule that read a lower-case word after the capitalised run as the name's, if one did. */
  readonly continuation?: ContinuationRule;
  /** With a continuation: the capitalised run it continued, whose shape is the name's shape. */
  readonly run?: string;
  /** A list item cut to its run (`…, porté par l'Argonaute, …`): the item as the list wrote it. */
  readonly whole?: { readonly start: number; readonly end: number };
  /** A name in sentence case the list bounds (`…; Atelier de couture et de retouche.`): its one capital is no lone common word. */
  readonly sentenceCase?: boolean;
}

interface Item {
  readonly start: number;
  readonly end: number;
  /** A list item cut to the run it introduces: the whole item, whose organisations still make the list one of organisations. */
  readonly whole?: { readonly start: number; readonly end: number };
  /** A name in sentence case the list bounds (semicolonTail): its capitalised opening word, whose shape is the name's. */
  readonly run?: string;
}

// The cue words' first letters first (speed only: the same matches).
const CUE = new RegExp(`${initialsAhead(ORGANISATION_LIST_CUES)}${LEFT_BOUNDARY}${alternation(ORGANISATION_LIST_CUES)}(?![\\p{L}\\p{N}])`, 'iu');
/** `Les partenaires (du projet) sont|étaient|seront A, B…`: a cue word as the subject of the verb before the list. */
const CUE_SUBJECT = new RegExp(`${LEFT_BOUNDARY}${alternation(ORGANISATION_LIST_CUES)}(?:[ \\t\\n]+(?:du|de|des|d['’])[ \\t\\n]*[\\p{L}'’-]+)?[ \\t\\n]+(?:sont|étaient|seront)[ \\t\\n]+$`, 'iu');
const BULLET = new RegExp(`^[ \\t]*(?:${BULLET_MARK}|\\d{1,2}[.)])[ \\t]+`, 'u');
/** Longest list item read as a name; longer ones are sentences. */
const MAX_ITEM = 80;

/**
 * A column of results closing a list item: an optional department number, a dash, then a
 * short label and an amount ending the item (`44 - 3 500 €`, `12 - Prix du public 1 500 €`).
 */
const AMOUNT_COLUMN = new RegExp(
  `(?:[ \\t]+${DEPARTMENT_NUMBER})?[ \\t]+[-–—][ \\t\\n]*(?:[\\p{L}'’]+[ \\t]+){0,4}\\d{1,3}(?:[ \\u00a0\\u202f]?\\d{3})*(?:[,.]\\d+)?[ \\t\\u00a0\\u202f]*(?:€|euros?)[ \\t\\n.;]*$`,
  'u',
);

/** Trims spaces, closing punctuation and a lower-case leading article off an item. */
function trimItem(text: string, item: Item, allowBreaks = false): Item | null {
  let { start, end } = item;
  // `Kalimba – le tiers-lieu du quartier`: a spaced dash opens the item's description.
  const dash = /[ \t]+[–—][ \t\n]+/u.exec(text.slice(start, end));
  if (dash !== null && dash.index > 0) end = start + dash.index;
  // `Kalimbo 44 - 3 500 €`: a results table flattened into a sentence; the department and the amount are columns.
  const column = AMOUNT_COLUMN.exec(text.slice(start, end));
  if (column !== null && column.index > 0) end = start + column.index;
  // `…des pôles de la région (Culture et Partage, Pôle Sud…`: a bracket left open opens a list of names.
  const open = /\((?=[^()]*$)/u.exec(text.slice(start, end));
  if (open !== null) start += open.index + 1;
  while (start < end && /[\s"«»]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s.;,:"«»!?]/u.test(text.charAt(end - 1))) end -= 1;
  const article = /^(?:l'|la\s+|le\s+|les\s+)/u.exec(text.slice(start, end));
  if (article !== null) start += article[0].length;
  const body = text.slice(start, end);
  if (body.endsWith(')') && !body.includes('(')) end -= 1;
  // A line break inside an item is a wrapped name, unless what follows it opens a new phrase
  // (`Le …`, `Aujourd'hui …`): then the item joins a heading or a caption to the next line.
  const lineBreak = /\n[ \t]*(?<next>[\p{L}'’]+)/u.exec(text.slice(start, end));
  const next = (lineBreak?.groups?.['next'] ?? '').replace(/’/gu, "'");
  // Only a capital opens a phrase: `…Citoyennes⏎en Pays de Vilaine` is one wrapped name.
  if (lineBreak !== null && !allowBreaks && (/^(?:La|Le|Les|L)$/u.test(next) || (OPENS_UPPER.test(next) && PHRASE_OPENERS.has(next.toLowerCase())))) return null;
  if (end - start < 2 || end - start > MAX_ITEM) return null;
  // `habitants, élus, GMS…`: an acronym closing an enumeration of kinds left open is a kind (open-kind-list.ts).
  if (closesOpenKindList(text, start, end)) return null;
  return { start, end, ...itemMarks(item) };
}

/** What an item carries beyond its span: the whole item it was cut from, the run a sentence-case name opens with. */
function itemMarks(item: Item): Pick<Item, 'whole' | 'run'> {
  return { ...(item.whole === undefined ? {} : { whole: item.whole }), ...(item.run === undefined ? {} : { run: item.run }) };
}

function candidate(text: string, item: Item, source: CandidateSource, list: number, listSize: number, cued: boolean): NameCandidate {
  const found: NameCandidate = { start: item.start, end: item.end, name: spacesCollapsed(text, item.start, item.end), source, list, listSize, cued };
  // Most items carry no marks: the candidate is then built without copies (speed only, the same object).
  if (item.whole === undefined && item.run === undefined) return found;
  return { ...found, ...itemMarks(item), ...(item.run === undefined ? {} : { sentenceCase: true }) };
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** The capitalised word ending a text; the capital look-ahead first, as the pattern is tried from every position (the same match). */
const WORD_BEFORE = new RegExp(`${CAPITAL_OR_ABOVE_AHEAD}(?<![\\p{L}\\p{N}'’-])(?<word>\\p{Lu}\\p{Ll}+)$`, 'u');

/** The capitalised word opening a text. */
const WORD_AFTER = /^(?<word>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u;
/**
 * `Économie Sociale et Solidaire`: an `et` between two capitalised common words joins one name;
 * between names (`Coop'Fer et Répar'Tout`), or before a run of capitalised words, it separates items.
 */
function joinsOneName(segment: string, start: number, end: number, separator: string): boolean {
  // `entre 2016 et 2019`, `10 ou 12 salariés`: a range of numbers is no boundary between items.
  // (`\d` is an ASCII digit: the characters either side are read as codes, not by patterns tried along the segment.)
  if (/^\s+(?:et|ou)\s+$/u.test(separator) && isDigit(segment.charCodeAt(start - 1)) && isDigit(segment.charCodeAt(end))) return true;
  if (separator.trim() !== 'et') return false;
  const before = WORD_BEFORE.exec(segment.slice(Math.max(0, start - 30), start))?.groups?.['word'];
  const after = WORD_AFTER.exec(segment.slice(end, end + 30))?.groups?.['word'];
  if (before === undefined || after === undefined || /^(?:La|Le|Les)$/u.test(after)) return false;
  // `Mosaïque Partagée et Vergers Ouverts`: a capitalised run going on after the word opens a new name,
  // unless that run is a territory closing the one name (`Ateliers et Jardins Val de Loire`).
  const tail = segment.slice(end + after.length, end + after.length + 40);
  if (/^[ \t]+\p{Lu}/u.test(tail) && !closingTerritory(tail)) return false;
  return isCommonWord(before) && isCommonWord(after);
}

/** Capitalised words (maybe joined by `de`/`du`/`d'` or hyphens) up to the item's end: a place closing a name. */
const TERRITORY_TAIL = /^[ \t]+(?<place>\p{Lu}[\p{L}'’-]*(?:(?:[ \t]+(?:de|du|des)[ \t]+|[ \t]+d['’]|[ \t]+)\p{Lu}[\p{L}'’-]*){0,3})(?=[ \t]*(?:[,;.()]|\n|$))/u;

/** `… Val de Loire,`: the capitalised run after a name is a known place (a region, a department, a town), and the item ends there. */
function closingTerritory(tail: string): boolean {
  const place = TERRITORY_TAIL.exec(tail)?.groups?.['place'];
  return place !== undefined && (isPlaceName(place) || isPlaceName(place.replace(/[ \t]+/gu, '-')));
}

const ITEM_SEPARATOR = /(?=[\s,;•▪►])(?:\s*[,;•▪►]\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)/gu; // the look-ahead lets the scan skip most characters

/** Splits `[from, to)` on commas, semicolons, ` et ` and ` ou ` (`A, B ou C`: a list of choices is a list too), keeping offsets. */
function splitItems(text: string, from: number, to: number): Item[] {
  const items: Item[] = [];
  const segment = text.slice(from, to);
  let cursor = 0;
  for (const match of allMatches(ITEM_SEPARATOR, segment)) {
    if (joinsOneName(segment, match.index, match.index + match[0].length, match[0])) continue;
    items.push({ start: from + cursor, end: from + match.index });
    cursor = match.index + match[0].length;
  }
  items.push({ start: from + cursor, end: to });
  return items;
}

// Every run opens on a capital (of its article or its first word): the look-ahead lets the engine
// pass over other characters at once, as the pattern is tried from every position (the same match).
const RUN_AT_END = new RegExp(`${CAPITAL_OR_ABOVE_AHEAD}${NAME_RUN}[ \\t]*$`, 'u');
/**
 * Words that open a list inside a sentence: prepositions (`composée de`, `avec`, `parmi`), examples
 * (`comme`, `notamment`) and verbs that group members (`regroupe`, `rassemble`, `réunit`), each
 * with an optional article before the first name (`avec le Bruit Vert`).
 */
const LIST_OPENER =
  /(?:^|[^\p{L}])(?:de|d['’]|avec|dont|comme|notamment|par|entre|parmi|telles?|tels?|que|regroupe|regroupent|rassemble|rassemblent|réunit|réunissent|fédère|fédèrent|associe|associent|compte|comptent|comprend|comprennent|inclut|incluent|sont|étaient|seront|réuni|réunis|réunies|rassemblé|rassemblés|rassemblées)[ \t\n]+(?:(?:le|la|les)[ \t\n]+|l['’][ \t]*)?$/u;
/** Verbs whose object is a list of members (`le pôle regroupe A, B et C`), right before the first item. */
const GROUPING_VERB =
  /(?:^|[^\p{L}])(?:regroupe|regroupent|rassemble|rassemblent|réunit|réunissent|fédère|fédèrent|associe|associent|comprend|comprennent)[ \t\n]+(?:(?:le|la|les)[ \t\n]+|l['’][ \t]*)?$/u;
/**
 * Words before a run inside a list that make it a body: an agent (`porté par`) or a partner (`avec`,
 * `chez`, `parmi`, `dont`); not `de` nor `comme`, which as often name a place or a territory there.
 */
const MIDDLE_OPENER = /(?:^|[^\p{L}])(?:par|avec|chez|parmi|dont)[ \t\n]+(?:(?:le|la|les)[ \t\n]+|l['’][ \t]*)?$/u;
/** A participle naming who carries, funds or leads something, then `par`, right before a list's item (`porté par`, `financés par les`). */
const AGENT_BEFORE = new RegExp(`(?:^|[^\\p{L}])${alternation(LIST_AGENT_PARTICIPLES)}(?:e|s|es)?[ \\t\\n]+par[ \\t\\n]+(?:(?:le|la|les)[ \\t\\n]+|l['’][ \\t]*)?$`, 'u');
const RUN_AT_START = new RegExp(`^[ \\t\\n]*${NAME_RUN}`, 'u');
/** A lower-case word that is no article, preposition or conjunction: prose. */
const PROSE_WORD = /(?:^|[ \t\n])(?!(?:de|du|des|la|le|les|et|en|sur|à|aux|au|pour|d|l)(?![\p{L}]))\p{Ll}{2,}/u;
const prose = (text: string, item: Item): boolean =>
  PROSE_WORD.test(text.slice(item.start, item.end));

/** The item's text, trimmed, each run of white space one space (`collapsed`: one pass, no pattern). */
const itemText = (text: string, item: Item): string => collapsed(text, item.start, item.end);

/** How far back from an item's end its capitalised run is read. */
const RUN_REACH = 90;

/** The capitalised run ending `item`, when the sentence introduces it (`composée de X`, `avec le X`), or null. */
function introducedRun(text: string, item: Item, opener: RegExp = LIST_OPENER): Item | null {
  // A run is read on the item's last characters only (an item may be a long clause).
  const from = Math.max(item.start, item.end - RUN_REACH);
  const run = RUN_AT_END.exec(text.slice(from, item.end));
  if (run === null) return null;
  return opener.test(text.slice(Math.max(item.start, from + run.index - 20), from + run.index)) ? { start: from + run.index, end: item.end } : null;
}

/**
 * `Les lauréats⏎Kalimbo, Trokal, …`: a heading line holding a cue word, joined by the page to the
 * list it heads (no end punctuation between them): the first item starts on the next line.
 */
function afterCueHeading(text: string, item: Item): Item | null {
  const body = text.slice(item.start, item.end);
  const lineBreak = body.lastIndexOf('\n');
  if (lineBreak < 0 || !CUE.test(body.slice(0, lineBreak))) return null;
  const rest = { start: item.start + lineBreak + 1, end: item.end };
  const trimmed = trimItem(text, rest);
  return trimmed !== null && isNameShaped(itemText(text, trimmed)) ? rest : null;
}

/** Whether `lead` (the words a list's first item was cut from) ends on a short heading line holding a cue word, then a line break. */
function cueHeadingBefore(lead: string): boolean {
  const heading = /(?:^|\n)(?<line>[^\n]{1,60})\n[ \t]*$/u.exec(lead)?.groups?.['line'];
  return heading !== undefined && !/[.:;,!?][ \t]*$/u.test(heading) && CUE.test(heading);
}

/** The capitalised run opening `item` (`Nova Entraide` of `Nova Entraide, rejointes par…`), or the whole item when none. */
function runAtStart(text: string, item: Item): Item {
  const run = RUN_AT_START.exec(text.slice(item.start, item.end));
  return run === null ? item : { start: item.start, end: item.start + run[0].length };
}

/**
 * `A ; B ; Atelier de couture et de retouche.`: in a list whose items the page separates with
 * semicolons (two at least), the last item runs to the sentence's end, so it may be a name in
 * sentence case (one capital, then lower-case words tied by a preposition: role-led.ts
 * `sentenceCaseNameLength`); a comma list's last item is cut to its capitalised run instead.
 */
function semicolonTail(text: string, items: readonly Item[]): Item[] | null {
  const last = items[items.length - 1] as Item;
  const gaps = items.slice(1).map((item, index) => text.slice((items[index] as Item).end, item.start));
  // The items after the last semicolon are one (`et` and commas inside it were split on).
  const after = gaps.findLastIndex((gap) => gap.includes(';')) + 1;
  if (after === 0 || gaps.filter((gap) => gap.includes(';')).length < 2) return null;
  const opening = items[after] as Item;
  const start = opening.start + (/^\s*/u.exec(text.slice(opening.start, last.end))?.[0].length ?? 0);
  const length = sentenceCaseNameLength(text, start, true);
  // The phrase must be the whole item, up to the sentence's end: a line break ends it short (`… et de⏎partage`).
  if (length === null || /[^\s.!?]/u.test(text.slice(start + length, last.end))) return null;
  return [...items.slice(0, after), { start, end: start + length, run: /^\S+/u.exec(text.slice(start))?.[0] ?? '' }];
}

/**
 * A list inside a sentence: the first item holds the words before the list (`…est composée de
 * La Recyclerie X`) and the last one the words after it (`… et Nova Entraide, rejointes par…`).
 * When such an edge item holds a lower-case word that is no connector, only its capitalised run
 * next to the list is kept. A list may also open after a clause the commas cut into items
 * (`…implanté à Dol, en lien avec le Bruit Vert, Kalimba et Nova`): after items that are no names, the
 * list starts at the first item that introduces its run, and the prose before it is left out.
 */
function edgesTrimmed(text: string, split: Item[]): Item[] {
  if (split.length < 3) return split;
  const semicolonList = semicolonTail(text, split);
  const items = semicolonList ?? split;
  let from = 0;
  let head = items[0] as Item;
  // Only while no item before is a name: a list already under way is not restarted.
  for (let index = 1; index <= items.length - 3 && !isNameShaped(itemText(text, items[index - 1] as Item)); index += 1) {
    const item = items[index] as Item;
    const run = prose(text, item) ? introducedRun(text, item) : null;
    if (run !== null) {
      from = index;
      head = run;
      break;
    }
  }
  if (from === 0 && prose(text, head)) head = introducedRun(text, head) ?? afterCueHeading(text, head) ?? head;
  const last = items[items.length - 1] as Item;
  let tail = last;
  if (semicolonList === null) tail = sentenceCaseTail(text, items, last) ?? (prose(text, last) ? runAtStart(text, last) : last);
  // `…, porté par Grand Vallon, Grand Lac et…`: a middle item holding prose keeps the run an agent's or a partner's word introduces.
  // Only in a list of names (two items at least are names): a list of kinds in prose (`des PME, des associations en lien avec l'ESS`) is none.
  // The names are counted when a middle item holds prose only, and once (speed only).
  let names: number | undefined;
  const ofNames = (): boolean => (names ??= nameShapedCount(text, items)) >= 2;
  const middle = items.slice(from + 1, -1).map((item) => {
    const run = prose(text, item) && ofNames() ? introducedRun(text, item, MIDDLE_OPENER) : null;
    return run === null ? item : { ...run, whole: item };
  });
  return [head, ...middle, tail];
}

/** A short item opening on a capital then holding lower-case words (`Vélo pour tous`, `Graines d'ici`): at most five words. */
const SENTENCE_CASE_ITEM = /^\p{Lu}[\p{L}'’-]*(?:[ \t\n]+[\p{L}\p{N}'’&+-]+){1,4}$/u;
/** Name-shaped items a list needs around a sentence-case one for it to be read as a name. */
const NAMES_AROUND_SENTENCE_CASE = 2;

/** How many of `items` are name-shaped. */
const nameShapedCount = (text: string, items: readonly Item[]): number => items.filter((item) => isNameShaped(itemText(text, item))).length;

/** The run a sentence-case item keeps, its capitalised opening word, when the item may be a name (`sentenceCaseName`); else null. */
function sentenceCaseRun(name: string): string | null {
  if (isNameShaped(name) || !SENTENCE_CASE_ITEM.test(name) || !sentenceCaseName(name)) return null;
  return /^\S+/u.exec(name)?.[0] ?? '';
}

/**
 * `Kalimbo, Trokal, Graines d'ici, Les Ateliers Verts, …`: in a list of names (two items at least are
 * name-shaped), an inner item in sentence case is a name too, written as its body writes it. Such an item
 * keeps its capitalised opening word as its run (`sentenceCase`: its lower-case words are its own; evidence.ts).
 * The first and the last items may hold the sentence around the list: only inner items are read so.
 */
function sentenceCaseItems(text: string, items: Item[]): void {
  if (nameShapedCount(text, items) < NAMES_AROUND_SENTENCE_CASE) return;
  // In a list of topics or of phrases (`Emploi, formation professionnelle, …`) items open in lower case: the item's neighbours open on a capital.
  const capitalAt = (index: number): boolean => OPENS_UPPER.test(itemText(text, items[index] as Item));
  for (let index = 1; index < items.length - 1; index += 1) {
    const item = items[index] as Item;
    const run = item.run === undefined ? sentenceCaseRun(itemText(text, item)) : null;
    if (run === null || !capitalAt(index - 1) || !capitalAt(index + 1)) continue;
    items[index] = { ...item, run };
  }
}

/**
 * `…, Trokal, Les galets du Val.`: a list of names' last item in sentence case is a name too, as an inner one is
 * (`sentenceCaseItems`), when it is short and holds no verb: the last item runs to the sentence's end, so a verb
 * (`…, Les bénévoles sont venus.`) says the sentence goes on after the list. Returns it with its run, or null.
 */
function sentenceCaseTail(text: string, items: readonly Item[], last: Item): Item | null {
  const name = itemText(text, last).replace(/[\s.!?…]+$/u, '');
  const run = sentenceCaseRun(name);
  if (run === null) return null;
  // `à` folds to the verb's `a`: the preposition is no verb.
  if (name.split(/\s+/u).slice(1).some((word) => OPENS_LOWER.test(word) && word !== 'à' && isFiniteVerbForm(word))) return null;
  const before = items.slice(0, -1);
  if (nameShapedCount(text, before) < NAMES_AROUND_SENTENCE_CASE || !OPENS_UPPER.test(itemText(text, before[before.length - 1] as Item))) return null;
  return { ...last, run };
}

/** Greetings (`Chers amis`): a letter's opening, no name. */
const NOT_IN_SENTENCE_CASE_NAME: ReadonlySet<string> = new Set(['chers', 'cheres']);
/** `X dans la vallée`, `X pour le Pays Basque`: a name, then where it works (its scope), which is no part of it (`Vélo pour tous` is). */
const SCOPE_PHRASE = /[ \t\n](?:dans|pour[ \t\n]+(?:les?|la|l['’]))(?![\p{L}])/iu;

/**
 * Whether a sentence-case item may be a name: it holds no scope phrase and none of its words is a role (`Maire adjoint
 * délégué…`: a person's title), a type word (`Coopérative d'activité`: a kind, which the named rules read) or a greeting.
 */
function sentenceCaseName(name: string): boolean {
  if (SCOPE_PHRASE.test(name)) return false;
  return !name.split(/[\s'’–—-]+/u).some((word) => {
    const folded = fold(word);
    return ROLE_NOUNS.has(word.toLowerCase()) || HEAD_WORDS.has(folded) || NOT_IN_SENTENCE_CASE_NAME.has(folded);
  });
}

/**
 * Comma lists inside one sentence (which may wrap over lines, but not over a blank line or a
 * bullet): after a colon, or from the sentence start, to the sentence end.
 */
function commaLists(text: string, blocks: readonly Item[], firstList: number): NameCandidate[] {
  const found: NameCandidate[] = [];
  let list = firstList;
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    for (const sentence of body.matchAll(/[^.!?]+(?:[.!?]|$)/gu)) {
      const sentenceStart = block.start + sentence.index;
      const colon = sentence[0].lastIndexOf(':');
      const from = colon >= 0 ? sentenceStart + colon + 1 : sentenceStart;
      // Inline bullets (`: • A • B • C`, a bullet list a text layer joined into one paragraph)
      // separate items that may wrap over lines.
      const bulleted = sentence[0].includes('•');
      const split = splitItems(text, from, sentenceStart + sentence[0].length);
      if (split.length < 3) continue; // fewer than three items: no list (trimming only drops items)
      const items = edgesTrimmed(text, split)
        .map((item) => trimItem(text, item, bulleted))
        .filter((item): item is Item => item !== null);
      if (items.length < 3) continue;
      sentenceCaseItems(text, items);
      // A verb that groups members right before the first item cues the list as a cue word does.
      const first = items[0];
      // After a colon, a cue anywhere in the clause before it (`Trois entreprises ont signé la charte :`).
      const cueFrom = colon >= 0 ? Math.max(block.start, sentenceStart, from - 120) : Math.max(block.start, from - 60);
      const cued = CUE.test(text.slice(cueFrom, from)) ||
        // `Les partenaires du projet sont A, B et C`: a cue in the words the first item was cut from.
        (first !== undefined && first.start > from && CUE_SUBJECT.test(text.slice(Math.max(from, first.start - 40), first.start))) ||
        // `Les lauréats⏎Kalimbo, …`: the heading line the first item was cut from (afterCueHeading).
        (first !== undefined && first.start > from && cueHeadingBefore(text.slice(from, first.start))) ||
        (first !== undefined && GROUPING_VERB.test(text.slice(Math.max(block.start, first.start - 24), first.start))) ||
        // `… porté par A, B et C`, or an item cut to the run after such an agent: who carries a scheme are bodies.
        items.some((item) => (item === first || item.whole !== undefined) && AGENT_BEFORE.test(text.slice(Math.max(block.start, item.start - 30), item.start))) ||
        // `Trois réseaux soutiennent le projet (A, B et C)`: a cue before the bracket that opens the list.
        (first !== undefined && text.charAt(first.start - 1) === '(' && CUE.test(text.slice(Math.max(block.start, first.start - 60), first.start)));
      list += 1;
      for (const item of items) found.push(candidate(text, item, 'comma-list', list, items.length, cued));
    }
  }
  return found;
}

/** Paragraphs: runs of non-blank, non-bullet lines. */
function paragraphs(text: string, lines: readonly Item[]): Item[] {
  const blocks: Item[] = [];
  let open: Item | null = null;
  for (const line of lines) {
    const body = text.slice(line.start, line.end);
    if (body.trim() === '' || BULLET.test(body)) {
      if (open !== null) blocks.push(open);
      open = null;
      continue;
    }
    open = open === null ? { ...line } : { start: open.start, end: line.end };
  }
  if (open !== null) blocks.push(open);
  return blocks;
}

/** Runs of two or more bullet lines, each line an item; the line above may cue the list. */
function bulletLists(text: string, lines: readonly Item[], firstList: number): NameCandidate[] {
  const found: NameCandidate[] = [];
  let list = firstList;
  let run: Item[] = [];
  let cueLine = '';
  const flush = (): void => {
    if (run.length >= 2) {
      list += 1;
      const cued = CUE.test(cueLine);
      for (const item of run) found.push(candidate(text, item, 'bullet-list', list, run.length, cued));
    }
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    const marker = BULLET.exec(text.slice(line.start, line.end));
    const item = marker === null ? null : trimItem(text, { start: line.start + marker[0].length, end: line.end });
    if (item === null) {
      flush();
      if (text.slice(line.start, line.end).trim() !== '') cueLine = text.slice(line.start, line.end);
      continue;
    }
    if (run.length === 0 && index > 0) cueLine = previousText(text, lines, index);
    run.push(item);
  }
  flush();
  return found;
}

function previousText(text: string, lines: readonly Item[], index: number): string {
  for (let back = index - 1; back >= 0 && back >= index - 3; back -= 1) {
    const line = lines[back];
    if (line !== undefined && text.slice(line.start, line.end).trim() !== '') return text.slice(line.start, line.end);
  }
  return '';
}

/** A signature block's lines hold people: a first name breaks a list of names. */
const holdsFirstName = (line: string): boolean => line.split(/[\s-]+/u).some((word) => isFirstName(word));

/** Longest line read as one item of a list of names written one per line. */
const MAX_NAME_LINE = 60;

/**
 * Runs of three or more lines that each hold a name and nothing else (no bullet, no end
 * punctuation): a list of members on a slide or under a heading. The line above may cue it
 * (`Nos membres`), and then two lines are a list (the rest may be on the next page).
 */
function lineLists(text: string, lines: readonly Item[], firstList: number): NameCandidate[] {
  const found: NameCandidate[] = [];
  let list = firstList;
  let run: Item[] = [];
  let cueLine = '';
  const flush = (): void => {
    const cued = run.length >= 2 && CUE.test(cueLine); // a shorter run is no list: no cue to read
    if (run.length >= 3 || (run.length === 2 && cued)) {
      list += 1;
      for (const item of run) found.push(candidate(text, item, 'line-list', list, run.length, cued));
    }
    run = [];
  };
  for (const line of lines) {
    const body = text.slice(line.start, line.end);
    const trimmed = body.trim();
    const item = trimmed.length === 0 || trimmed.length > MAX_NAME_LINE || BULLET.test(body) || /[.:;,!?]$/u.test(trimmed) || !isNameShaped(trimmed) || holdsFirstName(trimmed)
      ? null
      : { start: line.start + body.indexOf(trimmed), end: line.start + body.indexOf(trimmed) + trimmed.length };
    if (item === null) {
      flush();
      if (trimmed !== '') cueLine = trimmed;
      continue;
    }
    run.push(item);
  }
  flush();
  return found;
}

const SPACED_DASH = /[ \t][-–—][ \t]/u;

/** Lines `Region - Name` (results of a call for projects): the name after a place and a dash. */
function placeDashLines(text: string, lines: readonly Item[], firstList: number): NameCandidate[] {
  const items: Item[] = [];
  for (const line of lines) {
    if (!SPACED_DASH.test(text.slice(line.start, line.end))) continue; // a cheap test before the line pattern
    const dash = /^[ \t]*(?<place>[^\n-][^\n]*?)[ \t]+[-–—][ \t]+(?<name>\S[^\n]*)$/u.exec(text.slice(line.start, line.end));
    const place = dash?.groups?.['place'];
    const name = dash?.groups?.['name'];
    if (place === undefined || name === undefined || !isPlaceName(place.trim())) continue;
    // `Jura - Nom – 22 500 €`: a second spaced dash opens the next column (an amount, a town).
    const column = /[ \t]+[-–—](?:[ \t]|$)/u.exec(name);
    const nameEnd = line.end - name.length + (column === null ? name.length : column.index);
    const item = trimItem(text, { start: line.end - name.length, end: nameEnd });
    if (item !== null) items.push(item);
  }
  if (items.length < 2) return [];
  return items.map((item) => candidate(text, item, 'place-dash-line', firstList + 1, items.length, true));
}

/**
 * `« Les Ateliers Nomades »`, `"MARÉE NOIRE SOLIDAIRE"`, `« l'Arbre à palabres »` (an elided article before the capital): a short capitalised run alone between
 * quotes (wrapped over one line break at most, which may also stand inside the guillemets).
 */
const QUOTED = /(?:«[ \t\u00a0]*\n?[ \t\u00a0]*|")(?<name>(?:[lL]['’])?\p{Lu}[^"«»\n]{1,60}?(?:\n[^"«»\n]{1,30}?)?)(?:[ \t\u00a0]*\n?[ \t\u00a0]*»|")/gu;
/**
 * A kind of structure, then at most four words, right before the quote: `le tiers-lieu « X »`,
 * `le restaurant d'insertion « X »`, `le Pôle Territorial de Coopération Économique « X »`, maybe set off by a
 * comma (`une épicerie sociale, « X »`). A kind said after the quote (`« X », une Scic`) is read by `kindAfterQuote`.
 */
const KIND_BEFORE_QUOTE = new RegExp(`${initialsAhead(KINDS_BEFORE_QUOTE)}${LEFT_BOUNDARY}${alternation(KINDS_BEFORE_QUOTE)}(?<between>(?:[ \\t\\n]+[\\p{L}'’-]+){0,4}?)[ \\t\\n\\u00a0]*,?[ \\t\\n\\u00a0]*["«]$`, 'iu');
/** Words after the kind that make the quote an event's or a project's name (`l'association organise le festival « X »`). */
const NOT_A_BODY = new RegExp(`${LEFT_BOUNDARY}${alternation(QUOTED_NON_BODIES)}(?![\\p{L}])`, 'iu');

function quotedNames(text: string, firstList: number): NameCandidate[] {
  const found: NameCandidate[] = [];
  let list = firstList;
  for (const match of allMatches(QUOTED, text)) {
    const name = match.groups?.['name'] ?? '';
    const start = match.index + match[0].indexOf(name);
    const kind = KIND_BEFORE_QUOTE.exec(text.slice(Math.max(0, match.index - 70), match.index + 1));
    const end = match.index + match[0].length;
    const afterKind = (kind !== null && !NOT_A_BODY.test(kind[0])) || kindAfterQuote(text.slice(end, end + 60));
    list += 1;
    found.push(candidate(text, { start, end: start + name.length }, afterKind ? 'kind-quoted' : 'quoted', list, 1, false));
  }
  return found;
}

/**
 * Every candidate of a page, in text order. Lines are cut at `MAX_LINE` characters.
 * `organisations`: spans other rules found, which names coordinated with them may join;
 * `persons`: people the person rules found, whose affiliations are proposed (affiliation.ts).
 */
export function proposeCandidates(text: string, organisations: readonly Item[] = [], persons: readonly Item[] = []): NameCandidate[] {
  const lines: Item[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + Math.min(line.length, MAX_LINE) });
    start += line.length + 1;
  }
  const page: ProposerInput = { text, lines, organisations, persons };
  // Plain loops into one array: spreads and `map` over arrays that are sometimes empty made the
  // optimised code of this function deoptimise (and be compiled again) on such pages.
  const proposed: NameCandidate[] = [];
  for (const propose of LAYOUT_PROPOSERS) for (const found of propose(page)) proposed.push(continued(text, withoutTrailingPlace(text, found)));
  let sentenceList = 4000;
  for (const propose of SENTENCE_PROPOSERS) {
    for (const item of propose(page)) {
      proposed.push(continued(text, withoutTrailingPlace(text, candidate(text, item, item.source, sentenceList, 1, false))));
      sentenceList += 1;
    }
  }
  return proposed.sort((a, b) => a.start - b.start);
}

/** What every proposer reads: the page text, its lines, and the spans the parsers found. */
interface ProposerInput {
  readonly text: string;
  readonly lines: readonly Item[];
  readonly organisations: readonly Item[];
  readonly persons: readonly Item[];
}

/** A name found in a sentence, before it is made a candidate of its own one-item list. */
interface SentenceItem extends Item {
  readonly source: CandidateSource;
}

/**
 * The proposers of list items, in output order; each numbers its lists from its own base. Called
 * from one loop: the optimising compiler then compiles each proposer on its own instead of
 * inlining them all into one huge `proposeCandidates` (compiled again at each deoptimisation).
 */
const LAYOUT_PROPOSERS: readonly ((page: ProposerInput) => NameCandidate[])[] = [
  ({ text, lines }) => commaLists(text, paragraphs(text, lines), 0),
  ({ text, lines }) => bulletLists(text, lines, 1000),
  ({ text, lines }) => placeDashLines(text, lines, 2000),
  ({ text }) => quotedNames(text, 3000),
  ({ text, lines }) => lineLists(text, lines, 5000),
  // entry-line.ts: the entries of a results list, one layout per list (`Kalimbo (Loire) : …`, `1er prix : X, …`).
  ({ text }) => entryLists(text, 6000),
  // list-head.ts: the name opening each item of a run of list items, before its separator (`• Kalimbo à Lorvey : …`).
  ({ text }) => listHeads(text).map((head) => candidate(text, { start: head.start, end: head.end }, 'list-head', 7000 + head.run, head.items, false)),
];

function entryLists(text: string, firstList: number): NameCandidate[] {
  const entries = entryNames(text);
  return entries.map((entry) => {
    const size = entries.filter((other) => other.layout === entry.layout).length;
    // A grant entry is bounded by its separator and its sum: a name in sentence case (`Les amis du Val`) is written so.
    const item = entry.layout === 'amount-list' ? { ...entry, run: /^\S+/u.exec(text.slice(entry.start, entry.end))?.[0] ?? '' } : entry;
    return candidate(text, item, 'entry-line', firstList + ENTRY_LAYOUTS.indexOf(entry.layout) + 1, size, false);
  });
}

/** The proposers of names in sentences, in output order. One file per proposer family: affiliation.ts, award.ts, credit.ts, after-preposition.ts, kind-before.ts, heading-name.ts. */
const SENTENCE_PROPOSERS: readonly ((page: ProposerInput) => readonly SentenceItem[])[] = [
  ({ text }) => articleNames(text), ({ text }) => regionBracketNames(text), ({ text }) => possessiveRoleNames(text), ({ text }) => kindExampleNames(text),
  ({ text }) => verbSubjectNames(text), ({ text }) => cleftSubjectNames(text), ({ text }) => kindAfterNames(text), ({ text }) => kindBeforeAppositionNames(text), ({ text }) => titleRunNames(text),
  ({ text, organisations }) => coordinatedNames(text, organisations),
  ({ text, persons }) => affiliationNames(text, persons), ({ text }) => creditNames(text), ({ text }) => prepositionNames(text), ({ text }) => kindBeforeNames(text), ({ text }) => headingNames(text),
  // capitalised-kind.ts: a capitalised type word and its lower-case description (`l'Union départementale des jardins partagés`).
  ({ text }) => capitalisedKindNames(text),
  // kind-then-name.ts: a kind the type-word rules do not know, then the name (`l'organisme de formation X`).
  ({ text }) => kindThenNames(text),
  // press-cue.ts: a newspaper's or a radio's title after a press kind or a citing phrase (`le journal X`, `publié dans X`).
  ({ text }) => pressTitles(text),
  // meeting-of.ts: the body whose general meeting it is (`l'assemblée générale des X`).
  ({ text }) => meetingOfNames(text),
  // person-named.ts: an institution named after a person (`l'Université Gaston Berthier`).
  ({ text }) => personNamedNames(text),
  // bracket-name.ts: a name alone between brackets after its description or a word of examples (`le bistrot associatif (X)`, `(dont X)`).
  ({ text }) => bracketNames(text),
  // coined-name.ts: a word whose apostrophe French does not write, a name by its shape (`le concept de Kalim'Eco`).
  ({ text }) => coinedNames(text),
  // paired-name.ts: two capitalised common nouns joined by `et` inside prose (`membre de Terre et Partage`).
  ({ text }) => pairedNames(text),
  // lower-brand.ts: a word French cannot spell, in lower case, where a name is expected (`l'association « kalvoiture.org »`).
  ({ text }) => lowerBrands(text),
  // department-numbered.ts: a name and a department's number the page names the department of (`la Passerelle 38`, `en Isère`).
  ({ text }) => departmentNumberedNames(text),
  // number-pair.ts: two numbers joined by `pour`, bounded as a name by a capitalised word or a territory (`la Coop 3 pour 50`).
  ({ text }) => numberPairNames(text),
  // sentence-case-place.ts: a capitalised word, a lower-case word, `de` and a known place the sentence closes (`le Grand atelier de Lunel a…`).
  ({ text }) => sentenceCasePlaceNames(text),
  // article-coined.ts: a word no lexicon knows, capitalised after a lower-case article in prose (`à la Brindaille,`).
  ({ text }) => articleCoinedNames(text),
  ({ text }) => awardNames(text).map((award) => ({ ...award, source: award.quoted ? 'award-quoted' as const : award.source })),
];

/** `… à Auch`, `… au Mans` closing a name: a known place after `à`/`au`/`aux`. */
const TRAILING_PLACE = /\s+(?:à|au|aux)\s+(?<place>\p{Lu}[\p{L}'’ -]*\p{L})$/u;
/** `… de Genève`, `… de New York` closing a name: a place abroad after `de`/`d'` (one to three words). */
const TRAILING_PLACE_ABROAD = /\s+(?:de\s+|d['’])(?<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

function withoutTrailingPlace(text: string, candidate: NameCandidate): NameCandidate {
  const span = text.slice(candidate.start, candidate.end);
  const at = trailingPlaceAt(span) ?? trailingPlaceAbroadAt(span);
  if (at === null) return candidate;
  const cut = trailingPlaceAt(candidate.name) ?? trailingPlaceAbroadAt(candidate.name);
  if (cut === null) return candidate;
  return { ...candidate, name: candidate.name.slice(0, cut), end: candidate.start + at };
}

/** Where a place after `à` closing `name` starts (its preposition's space), or null. */
function trailingPlaceAt(name: string): number | null {
  const found = TRAILING_PLACE.exec(name);
  const place = found?.groups?.['place'];
  return found === null || place === undefined || !isPlaceName(place.replace(/\s+/gu, ' ')) ? null : found.index;
}

/**
 * Where a place abroad after `de` closing `name` starts, or null: `la Coop Trokal de New York` is the one of New York, as
 * `à` says where a structure is; a French town after `de` is as often the name's own (`Croix Verte de Lunel`).
 */
function trailingPlaceAbroadAt(name: string): number | null {
  const found = TRAILING_PLACE_ABROAD.exec(name);
  const place = found?.groups?.['place'];
  return found === null || place === undefined || !isPlaceAbroad(place.replace(/\s+/gu, ' ')) ? null : found.index;
}

/** The name's last word, when it is capitalised (`Les Ateliers Verts` → `Verts`). */
const LAST_CAPITALISED = /(?<![\p{L}\p{N}'’-])(?<word>\p{Lu}[\p{L}\p{N}'’&-]*)$/u;

/**
 * `LAST_CAPITALISED`'s word, read after the name's last space only (speed only: a pattern
 * anchored at the end is tried from every position). The same word: a space is in neither of
 * its classes, so no match starts before it, and its look-behind holds after it as at a start.
 */
const lastCapitalised = (name: string): string | undefined => LAST_CAPITALISED.exec(name.slice(name.lastIndexOf(' ') + 1))?.groups?.['word'];

/** A lower-case letter next, over spaces and one line break. */
const LOWER_NEXT = /^[ \t]*\n?[ \t]*\p{Ll}/u;
/**
 * `… et l'association Les Ateliers Verts, Trokal ensemble, …`: a candidate's capitalised run may go
 * on with a lower-case word when name-continuation.ts says so (the decision `nameExtent` and the
 * acronym parser use too); the rule is recorded on the candidate.
 */
function continued(text: string, found: NameCandidate): NameCandidate {
  const last = lastCapitalised(found.name);
  if (last === undefined) return endsContinued(text, found);
  if (!LOWER_NEXT.test(text.slice(found.end, found.end + 4))) return found;
  const continuation = nameContinuation(text, found.end, { nameWords: capitalisedWords(found.name), lastWord: last });
  if (continuation === null) return found;
  return { ...found, end: continuation.end, name: `${found.name}${text.slice(found.end, continuation.end).replace(/\s+/gu, ' ')}`, continuation: continuation.rule, run: found.name };
}

const capitalisedWords = (name: string): number => name.split(/[ \t]+/u).filter((word) => OPENS_UPPER.test(word)).length;
/** A list item's last word in lower case (`…, Trokal ensemble, …`). */
const TRAILING_LOWER = /[ \t]*\n?[ \t]*\p{Ll}+(?:[-'’]\p{Ll}+)*$/u;
const LOWER_LAST = /\p{Ll}$/u;

/**
 * Where a `TRAILING_LOWER` match ending at `end` starts at the earliest: after the last ASCII
 * character before `end` that none of its classes holds (a capital, a digit, a comma), `start` when
 * there is none. Other characters are passed over, as they may be lower-case letters.
 */
function trailingLowerFrom(text: string, start: number, end: number): number {
  for (let at = end - 1; at >= start; at -= 1) {
    const code = text.charCodeAt(at);
    const inTail = (code >= 97 && code <= 122) || code === 32 || code === 9 || code === 10 || code === 45 || code === 39;
    if (code < 128 && !inTail) return at + 1;
  }
  return start;
}

/** An item already ending on a lower-case word: the same decision, asked of the run before that word. */
function endsContinued(text: string, found: NameCandidate): NameCandidate {
  // `TRAILING_LOWER` ends on a lower-case letter: tested first on the last two code units (a
  // letter may be a surrogate pair), as the pattern is tried from every position of the span.
  if (!LOWER_LAST.test(text.slice(Math.max(found.start, found.end - 2), found.end))) return found;
  // Tried from where a match may start only (speed only, the same match): the pattern has no
  // look-behind and runs to the span's end, so no start before a character it cannot hold matches.
  const from = trailingLowerFrom(text, found.start, found.end);
  const tail = TRAILING_LOWER.exec(text.slice(from, found.end));
  if (tail === null || from + tail.index === found.start) return found;
  const run = found.name.slice(0, found.name.length - tail[0].trim().length).trimEnd();
  const last = lastCapitalised(run);
  if (last === undefined) return found;
  const continuation = nameContinuation(text, from + tail.index, { nameWords: capitalisedWords(run), lastWord: last });
  return continuation === null || continuation.end !== found.end ? found : { ...found, continuation: continuation.rule, run };
}

/** Lines longer than this are prose, read in part only (keeps the cost linear). */
const MAX_LINE = 2000;
