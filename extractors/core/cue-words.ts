/**
 * Where a page's words begin with cue words, found for every rule in one pass over the page.
 *
 * Many rules scan the whole page with a pattern that opens on a word of their own list
 * (`avec|chez|auprès…`, a determiner, a kind of structure). V8 tries each such pattern at every
 * position of the page, so each rule pays for a full scan even where its words never occur.
 * Here each word start of the page is read once: its first letters walk one trie of every
 * registered cue word (folded), and each rule whose cue word the word begins with gets that
 * start. A rule then runs its pattern only at its starts (`cueMatches`), with the same matches.
 *
 * A word is a maximal run of `\p{L}` letters: a word start is a letter not preceded by a letter,
 * exactly where a pattern's `(?<![\p{L}])` holds before a letter. A cue word is compared by its
 * leading letters only (`d'` by `d`, `auprès de` by `auprès`) and as a prefix of the page's word
 * (`rejoint` finds `rejointe`, `le` finds a glued `leréseau`): the starts are a superset of where
 * the rule's pattern can start, never fewer.
 */

import { LETTER_UNIT, OTHER_UNIT, SURROGATE_UNIT, UNIT_KINDS, foldUnit, letterLength, unitKind } from './code-units.js';

/** A registered list of cue words: pass it to `cueStarts` or `cueMatches`. */
export interface CueWords {
  readonly id: number;
}

/**
 * The trie of every cue word's leading letters, folded: node 0 is the root. `edges` maps a node and a folded code unit
 * (`node * 0x10000 + unit`) to the next node, one map for the whole trie (a map per node cost a quarter of a megabyte,
 * which a small extraction thread pays for); `lists[node]` holds the cue lists having a word that ends there (none at
 * most nodes: no list is made for them).
 */
const edges = new Map<number, number>();
let nodeCount = 1;
/** Whether the root has a child on each folded code unit, read at every word start. */
const rootChildren = new Uint8Array(0x10000);
const lists: (number[] | undefined)[] = [undefined];
let listCount = 0;

/**
 * The starts of the pages read lately, per cue list, by page text. A document's pages are read
 * twice in turn (the date rules run over every page to find the document's date, then each page
 * is extracted): keeping the last page only read each page twice. Forgotten all at once past
 * `PAGES_KEPT` pages, so memory stays bounded over a long import.
 */
const PAGES_KEPT = 64;
const pagesRead = new Map<string, number[][]>();

/** The leading letters of `word`, folded unit by unit ('' when it opens on no letter). */
function leadingLetters(word: string): number[] {
  const units: number[] = [];
  for (let index = 0; index < word.length && letterLength(word, index) === 1; index += 1) units.push(foldUnit(word.charCodeAt(index)));
  return units;
}

/**
 * Registers `words` (a rule's list, at module load). Every word must open on a BMP letter: a
 * pattern opening on anything else cannot be found from word starts.
 */
export function cueWords(words: Iterable<string>): CueWords {
  const id = listCount;
  listCount += 1;
  for (const word of words) {
    const units = leadingLetters(word);
    if (units.length === 0) throw new Error(`cue word opens on no letter: ${JSON.stringify(word)}`);
    let node = 0;
    for (const unit of units) {
      let child = edges.get(node * 0x10000 + unit);
      if (child === undefined) {
        child = nodeCount;
        nodeCount += 1;
        lists.push(undefined);
        edges.set(node * 0x10000 + unit, child);
        if (node === 0) rootChildren[unit] = 1;
      }
      node = child;
    }
    const here = lists[node] ?? [];
    lists[node] = here;
    if (!here.includes(id)) here.push(id);
  }
  if (nodeCount >= 0x8000) throw new Error('too many cue words: a transition key would overflow');
  transitionsStale = true;
  pagesRead.clear(); // a page read before this list was known has no starts for it
  return { id };
}

/**
 * Records, for every cue list, the word starts whose word begins with one of its words. A plain
 * loop over code units with table look-ups: a regular expression finding word starts cost several
 * times more per page.
 */
function readPage(text: string): number[][] {
  const starts: number[][] = [];
  for (let list = 0; list < listCount; list += 1) starts.push([]);
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let kind = UNIT_KINDS[code] ?? SURROGATE_UNIT;
    if (kind === 0) kind = unitKind(code);
    if (kind === LETTER_UNIT) {
      if (!inWord && rootChildren[foldUnit(code)] !== 0) walk(text, index, starts);
      inWord = true;
    } else if (kind === OTHER_UNIT) inWord = false;
    else {
      // A surrogate: a pair that is an astral letter continues or opens a word (never a cue word's
      // start: cue words open on BMP letters) and takes two units.
      const length = letterLength(text, index);
      inWord = length === 2;
      if (length === 2) index += 1;
    }
  }
  return starts;
}

/** Walks the trie along the word starting at `start`, adding `start` to each list met on the way. */
function walk(text: string, start: number, starts: number[][]): void {
  let node = 0;
  for (let index = start; index < text.length; index += 1) {
    node = childOf(node, foldUnit(text.charCodeAt(index)));
    if (node === 0) return;
    const here = lists[node];
    if (here === undefined || here.length === 0) continue;
    for (const list of here) {
      const found = starts[list];
      if (found !== undefined && found[found.length - 1] !== start) found.push(start);
    }
  }
}

/**
 * The trie's transitions again, in one open-addressing table keyed by `node * 0x10000 + unit`,
 * rebuilt after a registration: a step of a walk is one probe or two, where a `Map` per node cost
 * most of the page pass (most words of a page open on the first letters of some cue word).
 */
let transitionKeys = new Int32Array([-1]);
let transitionNodes = new Int32Array(1);
let transitionMask = 0;
let transitionsStale = true;

function slotOf(key: number): number {
  const hash = Math.imul(key, 0x9e3779b1);
  return (hash ^ (hash >>> 15)) & transitionMask;
}

function rebuildTransitions(): void {
  let size = 2;
  while (size < edges.size * 2) size *= 2;
  transitionKeys = new Int32Array(size).fill(-1);
  transitionNodes = new Int32Array(size);
  transitionMask = size - 1;
  for (const [key, child] of edges) {
    let slot = slotOf(key);
    while (transitionKeys[slot] !== -1) slot = (slot + 1) & transitionMask;
    transitionKeys[slot] = key;
    transitionNodes[slot] = child;
  }
  transitionsStale = false;
}

/** The node after `node` on `unit`, 0 when there is none (the root is no one's child). */
function childOf(node: number, unit: number): number {
  const key = node * 0x10000 + unit;
  for (let slot = slotOf(key); ; slot = (slot + 1) & transitionMask) {
    const found = transitionKeys[slot];
    if (found === key) return transitionNodes[slot] ?? 0;
    if (found === -1 || found === undefined) return 0;
  }
}

/** The word starts of `text` whose word begins with one of `cues`' words (folded), in order. */
export function cueStarts(text: string, cues: CueWords): readonly number[] {
  let starts = pagesRead.get(text);
  if (starts === undefined) {
    if (transitionsStale) rebuildTransitions();
    if (pagesRead.size >= PAGES_KEPT) pagesRead.clear();
    starts = readPage(text);
    pagesRead.set(text, starts);
  }
  return starts[cues.id] ?? [];
}

const sticky = new WeakMap<RegExp, RegExp>();

/** A new copy of `pattern` that is tried at one position: the same source and flags, sticky instead of global. */
export function stickyOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`);
}

/** `stickyOf(pattern)`, made once per pattern. */
function keptSticky(pattern: RegExp): RegExp {
  let found = sticky.get(pattern);
  if (found === undefined) {
    found = stickyOf(pattern);
    sticky.set(pattern, found);
  }
  return found;
}

/**
 * Every match of the global `pattern` in `text`: the matches of `[...text.matchAll(pattern)]`,
 * provided every match of the pattern starts at a word start whose word begins with one of `cues`'
 * words (the pattern opens on a `(?<![\p{L}])` look-behind, or a stricter one, and then on one of
 * those words). The pattern is tried at those starts only; a match found resumes the search at its
 * end, as the global scan does, so the same non-overlapping matches are found.
 */
export function cueMatches(pattern: RegExp, cues: CueWords, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('cueMatches needs a global pattern');
  const at = keptSticky(pattern);
  const found: RegExpExecArray[] = [];
  let resume = 0;
  for (const start of cueStarts(text, cues)) {
    if (start < resume) continue;
    at.lastIndex = start;
    const match = at.exec(text);
    if (match === null) continue;
    found.push(match);
    resume = start + Math.max(match[0].length, 1);
  }
  return found;
}
