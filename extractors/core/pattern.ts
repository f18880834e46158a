/**
 * Helpers that build regular expressions from named pieces and lexicon data.
 * Every pattern uses the `u` flag: JavaScript's `\b` is ASCII-only, so word boundaries are
 * written with Unicode letter and number classes instead.
 */
import { memoised } from './memo.js';

/**
 * Escapes every regular-expression syntax character in `text`. `-` is not escaped: outside a
 * character class it is literal, and the `u` flag rejects needless escapes such as `\-`.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A non-capturing alternation of `words`, longest first so that `juillet` wins over `juil`,
 * each word escaped. Duplicates are dropped; the order is deterministic.
 */
export function alternation(words: Iterable<string>): string {
  return `(?:${longestFirst(words).map(escapeRegExp).join('|')})`;
}

/** The distinct non-empty `words`, longest first, then in code-unit order (deterministic). */
function longestFirst(words: Iterable<string>): string[] {
  const unique = [...new Set(words)].filter((word) => word.length > 0);
  return unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Spaces between two words, or spaces around one line break: text layers wrap lines anywhere. */
export const WRAP_GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
/** Spaces around at most one line break, or none: a gap OCR may have closed (`Amisdu`, `l'X`). */
export const OPTIONAL_WRAP_GAP = '[ \\t]*\\n?[ \\t]*';

/**
 * `alternation`, where the words of an entry may also be split by a line break (`Conseil⏎départemental`):
 * text layers wrap lines anywhere. One space in an entry reads spaces, or spaces around one line break.
 */
export function wrappingAlternation(words: Iterable<string>): string {
  return `(?:${longestFirst(words).map((word) => escapeRegExp(word).replaceAll(' ', WRAP_GAP)).join('|')})`;
}

/**
 * `alternation` of cue phrases as prose writes them: a space in an entry reads any run of spaces and line breaks, and a
 * straight apostrophe either apostrophe (`tous les ans`, `fondée en`, `d'habitude` / `d’habitude`).
 */
export function phraseAlternation(words: Iterable<string>): string {
  return alternation(words).replace(/ /gu, '[ \\t\\n]+').replace(/'/gu, "['’]");
}

/** Left boundary: not preceded by a letter or digit. */
export const LEFT_BOUNDARY = '(?<![\\p{L}\\p{N}])';
/** Right boundary: not followed by a letter or digit. */
export const RIGHT_BOUNDARY = '(?![\\p{L}\\p{N}])';

/**
 * A cheap look-ahead for "a Latin capital starts here", put first in a pattern whose every match
 * starts with `\p{Lu}`: most positions of a page are then rejected by a small character class
 * instead of the Unicode property and the look-behind (about 3× faster per page). Capitals
 * outside the Latin script (Greek, Cyrillic) no longer start a match.
 */
export const CAPITAL_AHEAD = '(?=[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ])';

/**
 * A look-ahead for "one of `words` may start here": the set of their first characters, in both
 * cases. Put first in a pattern that starts with a look-behind and a word alternation, it lets
 * the engine skip most positions without running the look-behind (which it tries at each one).
 */
export function initialsAhead(words: Iterable<string>): string {
  const initials = new Set<string>();
  for (const word of words) {
    const first = word.charAt(0);
    if (first === '') continue;
    initials.add(first).add(first.toLowerCase()).add(first.toUpperCase());
  }
  const escaped = [...initials].sort().map((char) => (/[\\\]^-]/u.test(char) ? `\\${char}` : char));
  return `(?=[${escaped.join('')}])`;
}

/**
 * `behind` then `literal` (a pattern source that matches one fixed string), written literal first
 * with `behind` looked behind from its end: `lit(?<=BEHIND lit)`. It matches exactly where
 * `BEHIND lit` does, with the same span, but V8 then skips through the text on the literal's
 * letters instead of running the look-behind at every position.
 */
export function literalFirst(literal: string, behind: string): string {
  return `${literal}(?<=${behind}${literal})`;
}

/** Wraps `inner` in Unicode-aware word boundaries. */
export function bounded(inner: string): string {
  return `${LEFT_BOUNDARY}(?:${inner})${RIGHT_BOUNDARY}`;
}

/**
 * Renames every named group of `pattern` with `prefix_`, so two copies of one piece can sit in
 * one regex (Node 20 rejects a group name used twice, even in separate alternatives).
 */
export function prefixGroups(pattern: string, prefix: string): string {
  return pattern.replace(/\(\?<([A-Za-z_]\w*)>/g, `(?<${prefix}_$1>`).replace(/\\k<([A-Za-z_]\w*)>/g, `\\k<${prefix}_$1>`);
}

/** Compiles a global, Unicode pattern (`d` adds sub-span indices). */
export function compile(pattern: string, flags = 'gu'): RegExp {
  return new RegExp(pattern, flags);
}

const NON_ASCII = /[\u0080-\u{10FFFF}]/u;
const MARK = /\p{M}/gu;
/** Each non-ASCII character met so far, decomposed without its marks (`é` → `e`), per form. */
const plainCharacters = { NFD: new Map<string, string>(), NFKD: new Map<string, string>() };

/**
 * `text` decomposed with `form` and its marks dropped, case kept: `Hénin` → `Henin`. Plain ASCII
 * (most words) is returned as it is; other text is read character by character from a table filled
 * on first sight (lexicon and name lookups do this for thousands of words per page). Both forms
 * decompose each character on its own and only reorder marks, which are dropped, so this equals
 * `normalize(form)` without marks.
 */
export function withoutMarks(text: string, form: 'NFD' | 'NFKD'): string {
  if (!NON_ASCII.test(text)) return text;
  const table = plainCharacters[form];
  let plain = '';
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      plain += char;
      continue;
    }
    let base = table.get(char);
    if (base === undefined) {
      base = char.normalize(form).replace(MARK, '');
      table.set(char, base);
    }
    plain += base;
  }
  return plain;
}

/**
 * `fold` of a text with a character past ASCII, its answers kept. An ASCII text (most words a page asks
 * about) is only lowered, as NFKD and the marks leave it as it is: a lookup among tens of thousands of kept
 * answers cost several times lowering a short word (speed only, the same answer).
 */
const foldedKept = memoised((text: string): string => withoutMarks(text, 'NFKD').toLowerCase());

/** Whether every code unit of `text` is ASCII. A loop, no pattern: it runs for every folded word. */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * Folds accents and case: `Hénin` → `henin` (NFKD without marks, then case lowered on the whole
 * word: Greek final sigma depends on its place in the word).
 */
export function fold(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldedKept(text);
}

/**
 * A test for "the text just before a match ends with one of `words`", each word whole: a Unicode
 * left boundary before it, only spaces (or `trailing`) after it. Without the left boundary a
 * list of short words matches the end of longer ones (`st` in `est`, `action` in
 * `reconversion`), so every look-behind word list is built here. Case-insensitive. The test
 * runs at every position of the text, so its left boundary gets an ASCII pre-test
 * (`withAsciiLookBehinds`: same answers, about a third faster).
 */
export function endsWithWord(words: Iterable<string>, trailing = '[ \\t]*'): RegExp {
  const listed = alternation(words);
  // Most texts hold none of the words: the bare alternation, which V8 runs without trying the look-behind at every
  // position, answers them first (`PrefilteredRegExp`).
  return new PrefilteredRegExp(withAsciiLookBehinds(`${LEFT_BOUNDARY}${listed}${trailing}$`), 'iu', new RegExp(listed, 'iu'));
}

/**
 * A non-global pattern that first asks `necessary`, a cheaper pattern every one of its matches holds a match of (a word
 * list's bare alternation for a pattern built around the list): on a text where `necessary` finds nothing, `exec` (and so
 * `test`, `match`, `replace`, which call it) answers null without running the pattern; elsewhere the pattern answers as
 * it is. The same answers, sooner where the pattern would try a long look-behind at every position of the text for nothing.
 */
export class PrefilteredRegExp extends RegExp {
  /** Copies made by `split` and the like are plain patterns (they know nothing of `necessary`). */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(
    source: string,
    flags: string,
    private readonly necessary: RegExp,
  ) {
    // A global or sticky pattern's `lastIndex` would have to be kept as a failed `exec` leaves it: not done here.
    if (/[gy]/u.test(flags) || /[gy]/u.test(necessary.flags)) throw new Error('PrefilteredRegExp: global and sticky patterns are not prefiltered');
    super(source, flags);
  }

  override exec(text: string): RegExpExecArray | null {
    return this.necessary.test(text) ? super.exec(text) : null;
  }
}

/** A class that holds every lower-case Latin letter: `\p{L}` or `\p{Ll}` among its items. */
const HOLDS_LATIN_LOWER = /\\p\{Ll?\}/u;
const LOOK_BEHIND_CLASS = '(?<![';

/** Where the character class opened at `open` ends (index of its `]`), or -1. */
function classEnd(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (char === ']') return index;
  }
  return -1;
}

/**
 * `source` with a cheap `(?<![a-z])` before each negative look-behind on one character class
 * that holds every letter (`(?<![\p{L}\p{N}'-])`, the usual left word boundary). V8 tries a
 * pattern at every position of a page, and a Unicode-property look-behind is a long range test
 * at each one; inside words (most positions) the ASCII test fails first. The two fail together
 * (a letter `a`-`z` is in the class), so the pattern matches exactly as before, about a fifth
 * faster over the parsers' patterns. Applied by `runParsers` to every parser's pattern.
 */
export function withAsciiLookBehinds(source: string): string {
  let result = '';
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\\') {
      result += source.slice(index, index + 2);
      index += 2;
    } else if (char === '[' || source.startsWith(LOOK_BEHIND_CLASS, index)) {
      // A character class is copied whole (nothing inside it is syntax), with its look-behind.
      const open = char === '[' ? index : index + LOOK_BEHIND_CLASS.length - 1;
      const end = classEnd(source, open);
      if (end < 0) return result + source.slice(index);
      const items = source.slice(open + 1, end);
      const boundary = open > index && source.charAt(end + 1) === ')' && !items.startsWith('^') && HOLDS_LATIN_LOWER.test(items);
      result += (boundary ? '(?<![a-z])' : '') + source.slice(index, end + 1);
      index = end + 1;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

/** A class holding every letter (`\p{L}`), whatever the case flag. */
const ALL_LETTERS = /\\p\{L\}/u;

/** A pattern's leading word-boundary look-behinds, split off to be tested on their own. */
export interface LeadingLookBehinds {
  /** The pattern without them (its initials look-ahead kept first). */
  readonly pattern: string;
  /** The look-behinds, to test at a match's start. */
  readonly behind: string;
}

/**
 * Splits the negative one-class look-behinds (`(?<![\p{L}\p{N}])`) off a pattern that opens on an
 * initials look-ahead (`initialsAhead`: listed letters, no range) and then on them, or returns
 * null. A pattern that opens on a word alternation is scanned faster without a look-behind in
 * front (V8 then skips ahead on the words' letters); when a look-behind holds every letter, a
 * plain `(?<![a-zA-Z])` is kept after the look-ahead (it drops starts inside words in the scan,
 * about a fifth faster on the date patterns); a match whose start fails the look-behinds
 * is dropped and the search resumes one character later, which finds exactly the matches of the
 * whole pattern (the look-behinds read only the text before the start). Patterns opening on a
 * capital (`CAPITAL_AHEAD`, a range) are left whole: for them the look-behind is the cheap part,
 * and so are patterns with a top-level `|` (their look-behinds hold for the first alternative only).
 */
export function leadingLookBehinds(source: string): LeadingLookBehinds | null {
  if (!source.startsWith('(?=[') || holdsTopAlternative(source)) return null;
  const aheadEnd = classEnd(source, 3);
  if (aheadEnd < 0 || source.charAt(aheadEnd + 1) !== ')' || /[^\\]-[^\]]/u.test(source.slice(4, aheadEnd + 1))) return null;
  let index = aheadEnd + 2;
  const start = index;
  while (source.startsWith(LOOK_BEHIND_CLASS, index)) {
    const end = classEnd(source, index + LOOK_BEHIND_CLASS.length - 1);
    if (end < 0 || source.charAt(end + 1) !== ')' || source.charAt(index + LOOK_BEHIND_CLASS.length) === '^') break;
    index = end + 2;
  }
  if (index === start) return null;
  const behind = source.slice(start, index);
  // `(?<![a-zA-Z])` fails only where a look-behind holding every letter fails too: it drops
  // in-word starts inside the scan (a few ns each) instead of a match and a look-behind test.
  const asciiBehind = ALL_LETTERS.test(behind) ? '(?<![a-zA-Z])' : '';
  return { pattern: source.slice(0, start) + asciiBehind + source.slice(index), behind };
}


/** Where the group opened at `open` (a `(`) closes (index of its `)`), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (char === '[') {
      index = classEnd(source, index);
      if (index < 0) return -1;
    } else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Whether `body` (a group's inside) holds a `|` at its own level, outside nested groups and classes. */
function holdsTopAlternative(body: string): boolean {
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charAt(index);
    if (char === '\\') index += 1;
    else if (char === '[') index = classEnd(body, index);
    else if (char === '(') index = groupEnd(body, index);
    else if (char === '|') return true;
    if (index < 0) return true; // unreadable: say yes, so nothing is added
  }
  return false;
}

/** Any code point a `\p{Lu}` can be: ASCII capitals and everything from `À` up (a superset, so the same matches). */
export const CAPITAL_OR_ABOVE_AHEAD = '(?=[A-Z\\u00C0-\\u{10FFFF}])';

const LOOK_AROUND = /^\(\?(?:<[!=]|[!=])/u;
const CAPITAL_START = /^(?:\(\?<[A-Za-z_]\w*>)?\\p\{Lu\}/u;

/**
 * `source` with `CAPITAL_OR_ABOVE_AHEAD` put first when every match must start with `\p{Lu}`:
 * after its leading look-arounds the pattern opens on `\p{Lu}`, alone or first in a named group
 * with no alternative of its own, and it is not case-insensitive (`i` lets `\p{Lu}` match lower
 * case). V8 tries a pattern at every position of a page; the look-ahead's small range test then
 * rejects lower-case ASCII letters before the look-behinds and the property run (about 40 %
 * faster per pattern). The look-ahead reads only what `\p{Lu}` then reads, so the matches are
 * the same. Other patterns are returned as they are.
 */
export function withCapitalFirst(source: string, flags: string): string {
  // A pattern opening on a look-ahead has its own first-character test already.
  if (flags.includes('i') || source.startsWith('(?=') || holdsTopAlternative(source)) return source;
  let index = 0;
  while (LOOK_AROUND.test(source.slice(index, index + 4))) {
    const end = groupEnd(source, index);
    if (end < 0) return source;
    index = end + 1;
  }
  const start = CAPITAL_START.exec(source.slice(index));
  if (start === null) return source;
  if (start[0].startsWith('(?<')) {
    const end = groupEnd(source, index);
    if (end < 0 || holdsTopAlternative(source.slice(index + start[0].length - '\\p{Lu}'.length, end))) return source;
  }
  return `${CAPITAL_OR_ABOVE_AHEAD}${source}`;
}

/** One character of `anyCaseAlternation`: a letter in both cases, a space as any run of blanks. */
function anyCaseCharacter(char: string): string {
  if (char === ' ') return '[ \\t]+';
  const upper = char.toUpperCase();
  return upper !== char && upper.length === 1 ? `[${char}${upper}]` : escapeRegExp(char);
}

interface WordTrie {
  end: boolean;
  readonly next: Map<string, WordTrie>;
}

function trieSource(node: WordTrie): string {
  const branches = [...node.next].map(([char, child]) => char + trieSource(child));
  if (branches.length === 0) return '';
  if (node.end) branches.push(''); // ending here comes last: a longer word is tried first
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/**
 * `words` (lower case) as one pattern in any letter case, each space matching any run of blanks:
 * `président` also matches `Président` and `PRÉSIDENT`. Written as a tree of shared beginnings
 * (`pr(?:ésident(?:e|)|...)`), not as a flat list: with each letter a two-case class, V8 cannot
 * merge a flat list's beginnings itself and tries every word at every place (the role phrases
 * ran ~40 % slower). It matches as `alternation` of the two-case forms does: of two words that
 * both match at one place one begins the other, and the longer is tried first in both.
 */
export function anyCaseAlternation(words: Iterable<string>): string {
  const root: WordTrie = { end: false, next: new Map() };
  for (const word of new Set(words)) {
    if (word === '') continue;
    let node = root;
    for (const char of word.toLowerCase()) {
      const key = anyCaseCharacter(char);
      let child = node.next.get(key);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}
