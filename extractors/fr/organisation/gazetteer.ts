/**
 * Matching the gazetteer of well-known organisations (`lexicon/well-known-organisations.ts`) in a
 * page. One pattern finds the word a name starts with (its anchor, a few hundred words in one
 * alternation, each in the spellings a text gives it); the rest of the name is compared word by
 * word from a table, so the cost is one bounded pattern whatever the gazetteer's size.
 *
 * The case rule, one for every entry: a capital in the entry must be a capital in the text, a
 * lower-case letter may be either (`Pôle emploi` matches `Pôle Emploi` and `PÔLE EMPLOI`), a word
 * the entry writes in capitals (`ESS`, `RTE`) must be in capitals; accents are optional either way (`Décathlon` for `Decathlon`); words
 * may be split by spaces, a hyphen, an apostrophe or one line break. A leading article (`La Nef`)
 * must be in the text, in either case, on the name's line or the line before. Two readings are
 * left to other rules: a one-word name written in capitals with no article (`URSSAF`: the acronym
 * parser and its guards), and a one-word name that is also a French word (`Envie`, `Avise`)
 * opening a sentence or a line with no article before it.
 */
import { escapeRegExp, fold, LEFT_BOUNDARY, RIGHT_BOUNDARY } from '../../core/pattern.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { ACCENTED_FORMS } from '../lexicon/accented-letters.js';
import { OPENS_UPPER, HOLDS_LOWER } from '../../core/word-shape.js';
import { WordsAfter, type TextWord } from './words-after.js';
import { SENTENCE_START_BEFORE } from '../patterns.js';
import { anchorStarts, type AnchorStarts } from './anchor-starts.js';

interface Entry {
  /** The words of the name as written, article aside. */
  readonly words: readonly string[];
  /** Their folded forms (case and accents aside, `œ` as `oe`). */
  readonly keys: readonly string[];
  /** Whether the name starts with an article the text must hold. */
  readonly article: boolean;
  /** Whether that article is `le` or `les`, which `de` and `à` contract with (`du`, `des`, `au`, `aux`). */
  readonly contracts: boolean;
  /** A one-word name that is also a French word. */
  readonly commonWord: boolean;
  /** A name that is also a phrase of French prose (lexicon PHRASE_NAMES): read mid-sentence only. */
  readonly phrase: boolean;
}

/** A gazetteer name found in a text. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  /** The entry as written in the gazetteer. */
  readonly entry: string;
}

const WORD = /[\p{L}\p{N}&]+/gu;
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les', 'l']);
/** The next word after a name's word: spaces, then at most one line break, hyphen or apostrophe. */
const NEXT_WORD = /[ \t]*(?:\n|[-'’])?[ \t]*(?<word>[\p{L}\p{N}&]+)/uy;
/** The entry's article right before its first word, on the same line or the line before (`de la⏎Nef`). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:(?:la|le|les)(?:[ \t]+|[ \t]*\n[ \t]*)|l['’])$/iu;

/** Folds a word for comparison: `Dépôts` → `depots`, `cœur` → `coeur`. */
function keyOf(word: string): string {
  return fold(word.replace(/œ/gu, 'oe').replace(/Œ/gu, 'OE').replace(/æ/gu, 'ae'));
}

/** `É` → `E`: the word without its accents, case kept. */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * One letter of an anchor as a pattern: a plain letter also reads its accented forms (`Décathlon` for `Decathlon`,
 * `Adème` for `Ademe`, a misplaced `Emmaûs`): accents are optional both ways, as the words after the first, compared
 * by their folded keys, already are.
 */
const letterPattern = (char: string): string => (ACCENTED_FORMS[char] === undefined ? escapeRegExp(char) : `[${char}${ACCENTED_FORMS[char]}]`);

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/**
 * The anchors' spellings as one pattern, a tree of their letters (shared beginnings once), each
 * letter reading its accented forms: a position is tried against a few letters, not every anchor.
 * Longer anchors first at every fork, so the longest that ends at a word's end wins, as in an
 * alternation ordered longest first.
 */
function anchorPattern(spellings: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const spelling of spellings) {
    let node = root;
    for (const char of spelling) {
      let child = node.next.get(char);
      if (child === undefined) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([char, child]) => letterPattern(char) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const isCapitalised = (word: string): boolean => OPENS_UPPER.test(word);
/** Two capitals or more. */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** A word of two letters or more with no lower-case letter (`ESS`, `RTE`, `AG2R`). */
const isCapitals = (word: string): boolean => TWO_CAPITALS.test(word) && !HOLDS_LOWER.test(word);

function entryOf(name: string, phrases: ReadonlySet<string>): Entry {
  const all = name.match(WORD) ?? [];
  const article = all.length > 1 && ARTICLES.has(all[0]?.toLowerCase() ?? '');
  const words = article ? all.slice(1) : all;
  const first = words[0] ?? '';
  const contracts = article && /^les?$/iu.test(all[0] ?? '');
  return { words, keys: words.map(keyOf), article, contracts, commonWord: words.length === 1 && !isCapitals(first) && isCommonWord(first), phrase: phrases.has(name) };
}

/** A word of the text, with its key and where it ends. */
/** Whether the text's word may stand for the entry's word (the case rule above). */
function sameWord(entryWord: string, key: string, textWord: TextWord): boolean {
  if (textWord.key !== key) return false;
  return sameCase(entryWord, textWord.word);
}

function sameCase(entryWord: string, textWord: string): boolean {
  if (isCapitals(entryWord)) return !HOLDS_LOWER.test(textWord);
  return !isCapitalised(entryWord) || isCapitalised(textWord);
}

/** A compiled gazetteer: the anchor pattern and the entries under each anchor's key. */
export interface Gazetteer {
  /** Global pattern whose `anchor` group is the first word (article aside) of some entry. */
  readonly pattern: string;
  /** Entries by their first word's key, longest first. */
  readonly byAnchor: ReadonlyMap<string, readonly { readonly name: string; readonly entry: Entry }[]>;
  /** The most words any entry has. */
  readonly maxWords: number;
  /** Every position of a text where `pattern` may match, in order (anchor-starts.ts): it is tried there only. */
  readonly anchorStarts: AnchorStarts;
}

/** Compiles `names` once: the anchor alternation (its spellings) and the table of entries. */
export function compileGazetteer(names: readonly string[], phrases: ReadonlySet<string> = new Set()): Gazetteer {
  const byAnchor = new Map<string, { name: string; entry: Entry }[]>();
  const spellings = new Set<string>();
  let maxWords = 1;
  for (const name of names) {
    const entry = entryOf(name, phrases);
    const anchor = entry.words[0];
    if (anchor === undefined) continue;
    const key = entry.keys[0] ?? '';
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), { name, entry }]);
    maxWords = Math.max(maxWords, entry.words.length);
    // Capitals of a one-word name are left to the acronym parser (no need to find them), unless
    // the name holds its article (`le RAMEAU`): the article says it is a name, not a sigle.
    const forms = entry.words.length > 1 || entry.article ? [anchor, anchor.toUpperCase()] : [anchor];
    for (const form of forms) spellings.add(withoutAccents(form));
  }
  for (const list of byAnchor.values()) list.sort((a, b) => b.entry.words.length - a.entry.words.length);
  const initials = [...new Set([...spellings].map((form) => form.charAt(0)))].sort().map((char) => char + (ACCENTED_FORMS[char] ?? '')).join('');
  return {
    pattern: `(?=[${initials}])${LEFT_BOUNDARY}(?<anchor>${anchorPattern(spellings)})${RIGHT_BOUNDARY}`,
    byAnchor,
    maxWords,
    anchorStarts: anchorStarts(spellings, ACCENTED_FORMS),
  };
}

/**
 * `du`, `des`, `au`, `aux` right before the name's first word, on its line: `de`/`à` and its article `le`/`les`
 * contracted. A word opening a line after them may be a sentence's common word (`Membre du⏎Rameau…`): not read.
 */
const CONTRACTED_BEFORE = /(?:^|[^\p{L}\p{N}])(?:du|des|au|aux)[ \t]+$/iu;

/**
 * Where the entry's article starts before `anchorStart`, or -1 when the text has none. An article `le` or `les`
 * contracted with the preposition before it (`correspondant du Télégramme`, `des Amis de la Terre`) is the name's
 * too, though not written: the name then starts at its first word.
 */
function articleStart(text: string, anchorStart: number, contracts: boolean): number {
  const before = text.slice(Math.max(0, anchorStart - 9), anchorStart);
  const match = ARTICLE_BEFORE.exec(before);
  if (match === null) return contracts && CONTRACTED_BEFORE.test(before) ? anchorStart : -1;
  return anchorStart - match[0].length + (/^[^\p{L}\p{N}]/u.test(match[0]) ? 1 : 0);
}

/**
 * `Foyers ruraux et salles communales…`, `AIDE ET ACTION SOCIALE`: a name that is also a phrase, opening a sentence
 * or a line or written in capitals, is read as the phrase (the case tells nothing there).
 */
function phraseRead(text: string, start: number, end: number): boolean {
  return SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || !HOLDS_LOWER.test(text.slice(start, end));
}

/** Whether one entry matches at an anchor; its span, or null. */
function matchEntry(text: string, anchorStart: number, anchor: string, after: WordsAfter, name: string, entry: Entry): GazetteerMatch | null {
  const first = entry.words[0] ?? '';
  const more = entry.words.length - 1;
  // The next words first (most entries under an anchor fail there), then the anchor's case.
  for (let index = 0; index < more; index += 1) {
    const word = after.at(index);
    if (word === undefined || !sameWord(entry.words[index + 1] ?? '', entry.keys[index + 1] ?? '', word)) return null;
  }
  if (!sameCase(first, anchor)) return null;
  const end = more === 0 ? anchorStart + anchor.length : after.at(more - 1)?.end ?? anchorStart;
  if (entry.words.length === 1 && !entry.article && isCapitals(anchor) && !isCapitals(first)) return null;
  // A common word opening a line may be a sentence's first word; not when the entry's article comes before it.
  if (entry.commonWord && !entry.article && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, anchorStart - 4), anchorStart))) return null;
  const start = entry.article ? articleStart(text, anchorStart, entry.contracts) : anchorStart;
  if (start < 0 || (entry.phrase && phraseRead(text, start, end))) return null;
  return { start, end, entry: name };
}

/**
 * The longest gazetteer name that starts with the anchor word found at `anchorStart`, or null.
 * The name must end at a word's end.
 */
export function gazetteerMatchAt(gazetteer: Gazetteer, text: string, anchorStart: number, anchor: string): GazetteerMatch | null {
  const entries = gazetteer.byAnchor.get(keyOf(anchor));
  if (entries === undefined) return null;
  const after = new WordsAfter(text, anchorStart + anchor.length, NEXT_WORD, keyOf);
  for (const { name, entry } of entries) {
    const found = matchEntry(text, anchorStart, anchor, after, name, entry);
    if (found !== null) return found;
  }
  return null;
}
