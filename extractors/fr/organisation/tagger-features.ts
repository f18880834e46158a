/**
 * Token features of the organisation tagger (tagger.ts): what each word of a page looks like,
 * which closed lexicon class it belongs to, where it stands in its line. The text alone: what the
 * rule pipeline said is read only to choose which tokens to read (near a proposal), never as a
 * feature, since a tagger that learnt to copy the rules' proposals would add nothing where they
 * miss, which is where it is used (its cross-validated names rose from 25 to 76 right ones, and
 * from 37 to 193 wrong ones, the gate's to sort). Features that GENERALISE only: a word's own identity
 * is a feature only when it is a closed-class word of a repo lexicon (function words, type words,
 * cues, roles, titles), never an open-class word, so the fitted weights cannot memorise a name of
 * the tuning texts and carry no corpus text.
 *
 * A feature is a (template, value) pair; both are strings named below, hashed once at load (FNV-1a)
 * so that a token's features are a few integer mixes, not string building (the tagger runs on
 * every page). `featureName` turns a hash back into `template=value` for the review app's "why".
 */
import { memoised } from '../../core/memo.js';
import { fold } from '../../core/pattern.js';
import type { Candidate } from '../../core/types.js';
import { TITLES } from '../lexicon/titles.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { DESCRIBED_HEADS, DESCRIPTOR_HEADS, KIND_HEADS } from '../lexicon/organisation-head-kinds.js';
import { DONE_BY, PARTNERSHIP, ROLE_IN_ORGANISATION, STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { NAME_CONNECTORS, ORGANISATION_LIST_CUES, PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { OPENS_UPPER, HOLDS_LETTER, HOLDS_UPPER, HOLDS_LOWER } from '../../core/word-shape.js';
import { BODY_VERBS, TERRITORY_HEADS } from '../lexicon/territory-words.js';
import { INTERCOMMUNALITY_TERRITORY_HEADS } from '../lexicon/intercommunality-words.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import { isNonOrganisationAcronym, territoryFlags } from './tagger-territory.js';

/** One token of the page: a word (letters, digits, inner `-&'`), an elided article or one sign. */
export interface TaggerToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An elided article or pronoun (`l'`, `d'`, `qu'`), then a word, then any other visible sign. */
const TOKEN = /\p{L}{1,2}['’](?=\p{L})|[\p{L}\p{N}]+(?:[-&'’.][\p{L}\p{N}]+)*|\S/gu;

export function tokenise(text: string): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

/** 32-bit FNV-1a of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const names = new Map<number, string>();
const codes = new Map<string, number>();
/** The hash of a feature part (template or value), remembered with its name for `featureName`. */
function code(name: string): number {
  let hash = codes.get(name);
  if (hash === undefined) {
    hash = hashString(name);
    codes.set(name, hash);
    names.set(hash, name);
  }
  return hash;
}

/** A feature: a template and a value mixed into one 32-bit number. */
export function mix(template: number, value: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * The hash of a value drawn from an open set (an affix): its name is remembered only while names
 * are recorded, so reading pages does not grow the table of names.
 */
function openCode(name: string): number {
  return recordNames ? code(name) : hashString(name);
}

const featureNames = new Map<number, string>();
function feature(template: number, value: number): number {
  const hash = mix(template, value);
  if (recordNames) featureNames.set(hash, `${names.get(template) ?? '?'}=${names.get(value) ?? '?'}`);
  return hash;
}
let recordNames = false;

/** The readable name (`shape=Xx`, `class-1=type-word`) of a feature hash seen while naming was on. */
export function featureName(hash: number): string {
  return featureNames.get(hash) ?? `#${hash}`;
}

const words = (phrases: Iterable<string>): string[] => [...phrases].flatMap((phrase) => fold(phrase).split(/[\s']+/u)).filter((w) => w.length > 0);

/** Articles, prepositions, conjunctions and pronouns: closed class, read by identity. */
const FUNCTION_WORDS: readonly string[] = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'au', 'aux', 'a', 'en', 'et', 'ou', 'sur', 'sous',
  'pour', 'par', 'avec', 'dans', 'chez', 'entre', 'vers', 'sans', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre',
  'nos', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces', 'qui', 'que', 'qu', 'dont', 'il', 'elle', 'ils', 'elles',
  'nous', 'vous', 'on', 'se', 's', 'est', 'sont', 'ont', 'a', 'mais', 'ainsi', 'comme', 'tels', 'telles', 'tel',
  'telle', 'notamment', 'dont', 'lors', 'depuis', 'selon', 'avec', 'apres', 'avant', 'ne', 'pas', 'plus',
];

/** Closed classes of the repo's lexicons, each word of them read by identity (folded). */
const CLOSED_CLASSES: readonly (readonly [string, readonly string[]])[] = [
  ['function-word', [...FUNCTION_WORDS, ...words(NAME_CONNECTORS), ...words(PHRASE_OPENERS)]],
  ['type-word', words(ORGANISATION_HEADS)],
  ['head-kind', words([...KIND_HEADS, ...DESCRIPTOR_HEADS, ...DESCRIBED_HEADS, ...STRUCTURE_KINDS])],
  ['cue', words([...DONE_BY, ...PARTNERSHIP, ...ORGANISATION_LIST_CUES])],
  ['role', words([...ROLE_IN_ORGANISATION, ...ROLE_NOUNS])],
  ['title', words(TITLES)],
  ['calendar', words([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)])],
  // Last, so that no word's main class changes: what the rules read to tell a territory from a body.
  ['territory-head', words([...TERRITORY_HEADS, ...INTERCOMMUNALITY_TERRITORY_HEADS])],
  ['body-verb', words(BODY_VERBS).filter((word) => !FUNCTION_WORDS.includes(word))],
  ['code-head', words(CODE_HEADS).filter((word) => /^\p{L}{2,}$/u.test(word))],
];

/** Folded closed-class word → the hash of its identity value and of its classes. */
const CLOSED: ReadonlyMap<string, { readonly identity: number; readonly classes: readonly number[] }> = (() => {
  const byWord = new Map<string, string[]>();
  for (const [name, list] of CLOSED_CLASSES) {
    for (const word of list) {
      const classes = byWord.get(word) ?? [];
      if (!classes.includes(name)) classes.push(name);
      byWord.set(word, classes);
    }
  }
  return new Map([...byWord].map(([word, classes]) => [word, { identity: code(`w:${word}`), classes: classes.map(code) }] as const));
})();
const ACRONYMS: ReadonlySet<string> = new Set([...KNOWN_ORGANISATION_ACRONYMS].map(fold));

/** The templates (feature families); `-2`…`+2` name a neighbour's class or shape. */
const T = {
  bias: code('bias'), shape: code('shape'), length: code('length'), inner: code('inner'), cls: code('class'),
  word: code('word'), capital: code('capital'), layout: code('layout'),
  shapeClass: code('shape+class'), shapePair: code('shape-1+shape'), classPair: code('class+class+1'),
  classAt: [code('class-2'), code('class-1'), code('class+1'), code('class+2')],
  classesAt: [code('classes-2'), code('classes-1'), code('classes+1'), code('classes+2')],
  prefix: code('prefix'), suffix: code('suffix'),
  shapeAt: [code('shape-2'), code('shape-1'), code('shape+1'), code('shape+2')],
  wordAt: [code('word-1'), code('word+1')],
  prev: code('prev'), prevShape: code('prev+shape'), prevClass: code('prev+class'),
  territory: code('territory'),
} as const;
const OFFSETS = [-2, -1, 1, 2] as const;

const V = {
  edge: code('edge'), lower: code('lower'), unknownCap: code('unknown-capital'), common: code('common-word'),
  place: code('place'), firstName: code('first-name'), surname: code('surname'), acronym: code('known-acronym'),
  otherAcronym: code('non-organisation-acronym'),
  number: code('number'), sentenceStart: code('sentence-start'), midSentence: code('mid-sentence'),
  hyphen: code('hyphen'), apostrophe: code('apostrophe'), ampersand: code('ampersand'), dot: code('dot'),
};

/** What the features read of one token (computed once per token). */
export interface TokenInfo {
  readonly shape: number;
  /** The token's main class (the first that fires, most specific first). */
  readonly main: number;
  /** Every class that fires. */
  readonly classes: readonly number[];
  /** Its identity when it is a closed-class word, else 0. */
  readonly identity: number;
}

function shapeOf(word: string): string {
  if (!/[\p{L}\p{N}]/u.test(word)) return `sign:${word}`;
  const hasDigit = /\p{N}/u.test(word);
  if (!HOLDS_LETTER.test(word)) return 'digits';
  if (hasDigit) return 'mixed';
  if (!HOLDS_UPPER.test(word)) return /\p{Ll}['’]$/u.test(word) ? 'elision' : 'xx';
  if (!HOLDS_LOWER.test(word)) return word.length === 1 ? 'X' : 'XX';
  return /^\p{Lu}\p{Ll}/u.test(word) && !HOLDS_UPPER.test(word.slice(1)) ? 'Xx' : OPENS_UPPER.test(word) ? 'XxX' : 'xX';
}

/** Lexicon classes of a capitalised (or digit) word: the Bloom filter and name lists. */
function openClasses(word: string, folded: string): number[] {
  const classes: number[] = [];
  if (/\p{N}/u.test(word)) classes.push(V.number);
  if (ACRONYMS.has(folded)) classes.push(V.acronym);
  if (isNonOrganisationAcronym(word)) classes.push(V.otherAcronym);
  if (isPlaceName(word)) classes.push(V.place);
  if (isFirstName(word)) classes.push(V.firstName);
  if (isSurname(word)) classes.push(V.surname);
  if (/\p{L}{3}/u.test(word) && isCommonWord(word)) classes.push(V.common);
  return classes;
}

/** What a word is whatever its place: its classes and the features of the word alone. */
interface WordInfo {
  readonly shape: number;
  readonly main: number;
  readonly classes: readonly number[];
  readonly identity: number;
  readonly capitalised: boolean;
  /** The features of the word alone (shape, length, classes, identity, inner signs). */
  readonly own: readonly number[];
}

const LENGTHS = Array.from({ length: 9 }, (_, n) => code(`len:${n}`));

/**
 * Words already read are kept (a page repeats its words, a corpus its vocabulary): the lexicon
 * lookups are the tagger's main cost. Not while feature names are recorded, which must see every
 * word read.
 */
const WORD_CACHE_SIZE = 20_000;
const keptWordInfo = memoised(readWordInfo, WORD_CACHE_SIZE);
function wordInfo(word: string): WordInfo {
  return recordNames ? readWordInfo(word) : keptWordInfo(word);
}

function readWordInfo(word: string): WordInfo {
  const shapeName = shapeOf(word);
  const shape = code(shapeName);
  const folded = fold(word).replace(/['’]$/u, '');
  const closed = CLOSED.get(folded);
  const capitalised = /^[\p{Lu}\p{N}]/u.test(word);
  const classes = [...(closed?.classes ?? []), ...(capitalised ? openClasses(word, folded) : [])];
  const main = classes[0] ?? (capitalised ? V.unknownCap : shapeName.startsWith('sign:') ? shape : V.lower);
  if (classes.length === 0) classes.push(main);
  const identity = closed?.identity ?? 0;
  const own = [feature(T.bias, T.bias), feature(T.shape, shape), feature(T.length, LENGTHS[Math.min(word.length, 8)] ?? 0)];
  for (const cls of classes) own.push(feature(T.cls, cls), feature(T.shapeClass, shape ^ cls));
  if (identity !== 0) own.push(feature(T.word, identity));
  for (const inner of innerSigns(word)) own.push(feature(T.inner, inner));
  for (const affix of affixes(folded)) own.push(feature(affix.suffix ? T.suffix : T.prefix, affix.value));
  return { shape, main, classes, identity, capitalised, own };
}

/** Affixes are read of words at least this much longer than the affix: never a whole word. */
const AFFIX_SPARE = 2;
const AFFIX_LENGTHS = [2, 3, 4] as const;

/**
 * The 2- to 4-letter prefixes and suffixes of a word of letters (folded), each shorter than the
 * word by AFFIX_SPARE or more: morphology (`-ique`, `-tion`, `inter-`) carries over to words never
 * seen, where a name does not, and an affix never stands for a whole word.
 */
export function affixes(folded: string): { suffix: boolean; value: number }[] {
  if (!/^\p{L}+$/u.test(folded)) return [];
  const found: { suffix: boolean; value: number }[] = [];
  for (const length of AFFIX_LENGTHS) {
    if (folded.length < length + AFFIX_SPARE) break;
    found.push({ suffix: false, value: openCode(`${folded.slice(0, length)}-`) }, { suffix: true, value: openCode(`-${folded.slice(-length)}`) });
  }
  return found;
}

function tokenInfo(token: TaggerToken): TokenInfo & { readonly word: WordInfo } {
  const word = wordInfo(token.text);
  return { shape: word.shape, main: word.main, classes: word.classes, identity: word.identity, word };
}

const READ_NEAR: ReadonlySet<string> = new Set(['organisation', 'person', 'date', 'figure']);

/** Whether each token lies in a proposal of the pipeline (organisation, person, date, figure). */
function coveredTokens(tokens: readonly TaggerToken[], proposals: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const sorted = proposals.filter((proposal) => READ_NEAR.has(proposal.type)).sort((a, b) => a.start - b.start);
  let first = 0;
  for (const proposal of sorted) {
    while (first < tokens.length && (tokens[first]?.end ?? 0) <= proposal.start) first += 1;
    for (let i = first; i < tokens.length && (tokens[i]?.start ?? Infinity) < proposal.end; i += 1) covered[i] = 1;
  }
  return covered;
}

/** Layout flags of each token: its line, list, quotes, brackets. */
function layoutValues(text: string, tokens: readonly TaggerToken[]): number[][] {
  const layout: number[][] = tokens.map(() => []);
  let lineFirst = 0;
  let afterColon = false;
  let quotes = false;
  let brackets = 0;
  for (let i = 0; i <= tokens.length; i += 1) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    const newLine = token === undefined || previous === undefined || text.slice(previous.end, token.start).includes('\n');
    if (newLine && i > 0) {
      lineLayout(text, tokens, lineFirst, i, layout, afterColon);
      afterColon = tokens[i - 1]?.text === ':';
    }
    if (newLine) lineFirst = i;
    if (token === undefined) break;
    const flags = layout[i] ?? [];
    const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
    if (/ {2,}|\t/u.test(gap) && !newLine) flags.push(code('cell-gap'));
    if (previous !== undefined && previous.text === ',') flags.push(code('after-comma'));
    if (quotes) flags.push(code('in-quotes'));
    if (brackets > 0) flags.push(code('in-brackets'));
    if (token.text === '«' || token.text === '"' || token.text === '“') quotes = token.text === '"' ? !quotes : true;
    if (token.text === '»' || token.text === '”') quotes = false;
    if (token.text === '(') brackets += 1;
    if (token.text === ')') brackets = Math.max(0, brackets - 1);
  }
  return layout;
}

const BULLET = /^[-–—•·*▪►]$/u;
/** Signs that separate the items of a list written on one line. */
const LIST_SEPARATORS = new Set([',', ';', '|', '/', '•', '·', '–', '—']);
const LINE_WORDS = ['line-words:1', 'line-words:2', 'line-words:3', 'line-words:4-6', 'line-words:7+'].map(code);
const LINE_PLACES = ['line-place:1', 'line-place:2', 'line-place:3', 'line-place:4+'].map(code);
const bucket = <T>(values: readonly T[], index: number): T => values[Math.min(index, values.length - 1)] as T;

/** Whether a token is a word (tokens are words or single signs): no regular expression, it runs per token. */
const isWord = (text: string): boolean => text.length > 1 || text.toLowerCase() !== text.toUpperCase() || (text >= '0' && text <= '9');
/** A capitalised word of four letters or more, and a lower-case one (read once per line). */
const LONG_CAPITALISED = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}{3}/gu;
const LONG_LOWER = /(?<![\p{L}\p{N}-])\p{Ll}\p{L}{3}/u;

/** The shape of a line as a whole: flags its every token shares. */
function lineShape(text: string, tokens: readonly TaggerToken[], first: number, end: number, afterColon: boolean): number[] {
  const firstToken = tokens[first];
  const lastToken = tokens[end - 1];
  if (firstToken === undefined || lastToken === undefined) return [];
  const bullet = BULLET.test(firstToken.text);
  const written = text.slice(firstToken.start, lastToken.end);
  let words = 0;
  let separators = 0;
  for (let i = first; i < end; i += 1) {
    const token = tokens[i]?.text ?? '';
    if (isWord(token)) words += 1;
    else if (LIST_SEPARATORS.has(token) && !(bullet && i === first)) separators += 1;
  }
  const flags: number[] = [bucket(LINE_WORDS, Math.max(0, words - 1))];
  if (end - first <= 6 && lastToken.end - firstToken.start <= 60) flags.push(code('short-line'));
  if (bullet) flags.push(code('bullet-line'));
  const allCaps = !HOLDS_LOWER.test(written) && /\p{Lu}{2}/u.test(written);
  if (allCaps) flags.push(code('capitals-line'));
  // A heading or a list item in title case: every long word capitalised, not all in capitals.
  else if (!LONG_LOWER.test(written) && (written.match(LONG_CAPITALISED)?.length ?? 0) >= 2) flags.push(code('title-line'));
  if (lastToken.text === ':') flags.push(code('line-ends-colon'));
  if (afterColon) flags.push(code('after-colon-line'));
  if (separators >= 2) flags.push(code('list-line'));
  return flags;
}

function lineLayout(text: string, tokens: readonly TaggerToken[], first: number, end: number, layout: number[][], afterColon: boolean): void {
  const shape = lineShape(text, tokens, first, end, afterColon);
  const bullet = BULLET.test(tokens[first]?.text ?? '');
  let place = 0;
  for (let i = first; i < end; i += 1) {
    const flags = layout[i] ?? [];
    if (i === first || (bullet && i === first + 1)) flags.push(code('line-start'));
    if (i === end - 1) flags.push(code('line-end'));
    flags.push(...shape);
    // The place of a word in its line (the bullet aside): a list item's name opens it.
    if (isWord(tokens[i]?.text ?? '')) {
      flags.push(bucket(LINE_PLACES, place));
      place += 1;
    }
  }
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '•']);

/**
 * The features of every token of a page: the static ones (`features[i]`, hashes) and what the
 * label-dependent ones read (`infos[i]`). `proposals` are the pipeline's candidates so far.
 */
export interface PageFeatures {
  readonly tokens: readonly TaggerToken[];
  readonly infos: readonly (TokenInfo & { readonly word: WordInfo })[];
  readonly features: readonly (readonly number[])[];
  /**
   * Whether a token is read at all: within REACH tokens of a word opening with a capital or a
   * digit, or of a proposal of the pipeline (organisation, person, date, figure). A name holds one, so the others are O unread (the
   * tagger's cost is then that of the capitalised parts of the page).
   */
  readonly active: Uint8Array;
}

const REACH = 2;

export function pageFeatures(text: string, proposals: readonly Candidate[], tokens: readonly TaggerToken[] = tokenise(text)): PageFeatures {
  const covered = coveredTokens(tokens, proposals);
  const infos = tokens.map((token) => tokenInfo(token));
  const active = new Uint8Array(tokens.length);
  infos.forEach((info, i) => {
    if (info.word.capitalised || covered[i] === 1) active.fill(1, Math.max(0, i - REACH), i + REACH + 1);
  });
  const layout = layoutValues(text, tokens);
  const territory = territoryFlags(text, tokens, active);
  const features = tokens.map((_token, i) => (active[i] === 1 ? [...tokenFeatures(i, infos, tokens, layout[i] ?? [], text), ...territoryFeatures(territory[i])] : []));
  return { tokens, infos, features, active };
}

function tokenFeatures(i: number, infos: PageFeatures['infos'], tokens: readonly TaggerToken[], layout: readonly number[], text: string): number[] {
  const info = infos[i];
  if (info === undefined) return [];
  const out: number[] = [...info.word.own];
  if (info.word.capitalised) out.push(feature(T.capital, atSentenceStart(tokens, i, text) ? V.sentenceStart : V.midSentence));
  for (const flag of layout) out.push(feature(T.layout, flag));
  OFFSETS.forEach((offset, k) => {
    const other = infos[i + offset];
    out.push(feature(T.classAt[k] ?? 0, other?.main ?? V.edge), feature(T.shapeAt[k] ?? 0, other?.shape ?? V.edge));
    // Every class of the neighbour, not only its main one (`Lyon` is a place and a common word).
    for (const cls of other?.classes ?? []) if (cls !== other?.main) out.push(feature(T.classesAt[k] ?? 0, cls));
  });
  const before = infos[i - 1];
  const after = infos[i + 1];
  if (before !== undefined && before.identity !== 0) out.push(feature(T.wordAt[0] ?? 0, before.identity));
  if (after !== undefined && after.identity !== 0) out.push(feature(T.wordAt[1] ?? 0, after.identity));
  out.push(feature(T.shapePair, mix(before?.shape ?? V.edge, info.shape)), feature(T.classPair, mix(info.main, after?.main ?? V.edge)));
  return out;
}

/** The territory / body flags of a token (tagger-territory.ts) as features. */
function territoryFeatures(flags: readonly string[] | undefined): number[] {
  return (flags ?? []).map((flag) => feature(T.territory, code(flag)));
}

/** The signs inside a word: `Vél'Ouest`, `Coop&Vous`, `Saint-Denis`, `S.C.O.P`. */
function innerSigns(word: string): number[] {
  const signs: number[] = [];
  if (word.includes('-')) signs.push(V.hyphen);
  if (/\p{L}['’]\p{L}/u.test(word)) signs.push(V.apostrophe);
  if (word.includes('&')) signs.push(V.ampersand);
  if (/\p{L}\.\p{L}/u.test(word)) signs.push(V.dot);
  return signs;
}

function atSentenceStart(tokens: readonly TaggerToken[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  if (previous === undefined) return true;
  return SENTENCE_END.has(previous.text) || text.slice(previous.end, tokens[i]?.start ?? previous.end).includes('\n');
}

/** The labels: outside, beginning and inside of an organisation's name. */
export const LABELS = ['O', 'B', 'I'] as const;
export type Label = 0 | 1 | 2;
const LABEL_CODES = LABELS.map((label) => code(`label:${label}`));

/** The features that depend on the previous token's label (the tagger's history). */
export function historyFeatures(info: TokenInfo, previous: Label): number[] {
  const label = LABEL_CODES[previous] ?? 0;
  return [feature(T.prev, label), feature(T.prevShape, mix(label, info.shape)), feature(T.prevClass, mix(label, info.main))];
}

/**
 * Runs `body` with feature naming on (the names of the features it builds are remembered for
 * `featureName`): used for the evidence of kept spans and by tests, never on the hot path.
 */
export function withFeatureNames<T>(body: () => T): T {
  recordNames = true;
  try {
    return body();
  } finally {
    recordNames = false;
  }
}

/** The readable names of every feature of each token (tests and the review app's "why"). */
export function namedFeatures(text: string, proposals: readonly Candidate[]): { tokens: readonly TaggerToken[]; names: string[][] } {
  return withFeatureNames(() => {
    const page = pageFeatures(text, proposals);
    return { tokens: page.tokens, names: page.features.map((features) => features.map(featureName)) };
  });
}
