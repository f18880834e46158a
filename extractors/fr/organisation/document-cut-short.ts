/**
 * The counterpart of `document-overrun.ts`: a reading cut short. When an organisation reading V is
 * followed in its sentence by lower-case words that, read with it, spell another organisation reading
 * W of the same document (accents, capitals, articles and spacing aside: `l'association Kalvo
 * services en tant que…` on a page that elsewhere writes `l'association Kalvo Services,`), the name
 * did not end where V ends: the page names the body W, and V is read on to W's extent there (one sense
 * per page for where a name ends). The words added may open in lower case or not (`Kalvo 974`, `SAS Trivel
 * Solaire Ouest`: a name's reader stopped at a number, a line break or a capital the page's other reading read
 * through, session 45); they stay on V's line or the next one, and a word another mention holds is never taken. The extended reading keeps its rule and confidence and takes W's value;
 * its evidence gains `document-cut-short`.
 * The same holds backwards (`readBack`, session 45): a reading the page's previous words, with it, spell into another
 * reading W (`Emi & Kalvo` read whole once, `Kalvo` read after `Emi &` elsewhere) takes W's value. And a one-word
 * reading a line break cut (`readOnWrapped`) is read on to the words the document writes with it on one line elsewhere.
 */
import { escapeRegExp, fold } from '../../core/pattern.js';
import type { Mention, PageInput } from '../../core/types.js';
import { isHeadWord, readingKey } from './document-overrun.js';

export const DOCUMENT_CUT_SHORT = 'document-cut-short';

/** Whether a mention other than `reading`, on its page, holds part of `start`–`end`: a word it holds is never taken. */
function heldByAnother(reading: Mention, taken: readonly Mention[], start: number, end: number): boolean {
  return taken.some((other) => other !== reading && other.page === reading.page && other.span.start < end && other.span.end > start);
}
/** At most this many words are added to a reading. */
const MAX_ADDED_WORDS = 3;
/** A word after the reading: spaces (one line break at most) then the word, up to a space or a closing punctuation. */
const NEXT_WORD = /^[ \t]*\n?[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/** `reading` read on to a longer reading of `longer` its page's next words spell, or undefined. */
function readOn(reading: Mention, pageText: string, longer: ReadonlyMap<string, Mention>, taken: readonly Mention[]): Mention | undefined {
  const own = readingKey(reading.text);
  if (own.length === 0) return undefined;
  let end = reading.span.end;
  for (let count = 0; count < MAX_ADDED_WORDS; count += 1) {
    const next = NEXT_WORD.exec(pageText.slice(end));
    const word = next?.[1];
    if (next === null || word === undefined) return undefined;
    const wordStart = end + next[0].length - word.length;
    end += next[0].length;
    if (heldByAnother(reading, taken, wordStart, end)) return undefined;
    const found = longer.get(readingKey(pageText.slice(reading.span.start, end)));
    if (found !== undefined && found !== reading) {
      return {
        ...reading,
        span: { start: reading.span.start, end },
        text: pageText.slice(reading.span.start, end),
        value: found.value,
        evidence: [...(reading.evidence ?? []), DOCUMENT_CUT_SHORT],
      };
    }
  }
  return undefined;
}

/** How far before a reading its previous word is looked for (a longer word is cut at this reach). */
const PREVIOUS_WORD_REACH = 80;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether the code point `char` (one or two code units) is a letter or a digit. */
function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_OR_DIGIT.test(char);
}
/** The code point that ends at `end` in `text` (a surrogate pair whole, as a `u` pattern reads it). */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = end >= 2 ? text.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.charAt(end - 1);
}
const isWordTail = (char: string): boolean => char === "'" || char === '’' || char === '-' || isLetterOrDigit(char);

/**
 * The word (or `&`) that `before` ends on, past spaces with one line break at most, and where it starts; null when
 * `before` ends otherwise. The word is a run of letters, digits, apostrophes and hyphens opening on a letter or digit
 * and not glued to a `&` before it (a word the text's start cuts is read from there). The answer of
 * `/(?:^|[^\p{L}\p{N}'’&-])([\p{L}\p{N}][\p{L}\p{N}'’-]*|&)[ \t]*\n?[ \t]*$/u` (its group 1), read backwards from the
 * end: that pattern is tried from every position of the text and cost more than the rest of the document pass.
 */
export function previousWord(before: string): { readonly word: string; readonly start: number } | null {
  let end = before.length;
  const skipSpaces = (): void => {
    while (end > 0 && (before.charAt(end - 1) === ' ' || before.charAt(end - 1) === '\t')) end -= 1;
  };
  skipSpaces();
  if (end > 0 && before.charAt(end - 1) === '\n') {
    end -= 1;
    skipSpaces();
  }
  let start = end;
  for (let char = codePointBefore(before, start); start > 0 && isWordTail(char); char = codePointBefore(before, start)) start -= char.length;
  // The run's start must open the word: nothing before it, or no `&` (the other characters before it end the run).
  const opens = start === 0 || before.charAt(start - 1) !== '&';
  if (start < end) return opens && isLetterOrDigit(String.fromCodePoint(before.codePointAt(start) ?? 0)) ? { word: before.slice(start, end), start } : null;
  if (end === 0 || before.charAt(end - 1) !== '&') return null;
  const ampersand = end - 1;
  return ampersand === 0 || !(before.charAt(ampersand - 1) === '&' || isWordTail(codePointBefore(before, ampersand))) ? { word: '&', start: ampersand } : null;
}
/** `Kalvo et Trivel`: a coordination before the reading joins two bodies (`&` stays inside a name: `Emi & Kalvo`). */
const COORDINATION = /^(?:et|ou)$/iu;
/** An elided article opening a word (`d’Écopole`): the name starts after it, and nothing before it is read. */
const ELIDED = /^[dlDL]['’]/u;

/**
 * `reading` named after the longer reading its page's previous words spell (`Emi & Kalvo`, `d'Écovéo Kalvo Pays de
 * Lunel`), or undefined. A type word before it (`Association Kalvo`, `SCIC Kalvo`) is a name of its own beside the
 * bare one, and `et` joins two bodies (`Trivel et Kalvo`): the reading is left as read. The reading keeps its text and span (the words before may be held by another
 * reading, `MCAE` in `MCAE Isère Vive`) and takes the longer reading's value; its evidence gains `document-cut-short`.
 */
function readBack(reading: Mention, pageText: string, longer: ReadonlyMap<string, Mention>): Mention | undefined {
  let start = reading.span.start;
  for (let count = 0; count < MAX_ADDED_WORDS; count += 1) {
    const before = pageText.slice(Math.max(0, start - PREVIOUS_WORD_REACH), start);
    const previous = previousWord(before);
    if (previous === null) return undefined;
    let word = previous.word;
    start -= before.length - previous.start;
    const elided = ELIDED.test(word);
    if (elided) {
      start += 2;
      word = word.slice(2);
    }
    if (isHeadWord(fold(word)) || COORDINATION.test(word)) return undefined;
    const found = longer.get(readingKey(pageText.slice(start, reading.span.end)));
    if (found !== undefined && found !== reading) return { ...reading, value: found.value, evidence: [...(reading.evidence ?? []), DOCUMENT_CUT_SHORT] };
    if (elided) return undefined;
  }
  return undefined;
}

/** A word after a reading: spaces, maybe one line break (captured), spaces, then the word. */
const NEXT_WRAPPED_WORD = /^[ \t]*(\n?)[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
/** A reading of one word (`Kalvo`, `Ciné-Lune`): the shape a name's reader leaves when a line break cut the name. */
const ONE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

/** Whether the document writes `words` on one line (spaces only between them, capitals aside). */
function writtenOnOneLine(words: readonly string[], pages: readonly PageInput[]): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[ \\t]+')}(?![\\p{L}\\p{N}])`, 'iu');
  return pages.some((page) => pattern.test(page.text));
}

/**
 * `readOnWrapped`: a one-word reading at a line's end (`l'association Kalvo⏎Trivel se réunit`, `Ciné Le⏎Lunel`) read
 * on through the capitalised words after it, across the line break, when the document writes the reading and those
 * words on one line elsewhere (`versée à Kalvo Trivel.`): the line break cut the name, as the page's other writing
 * shows (one extent per document). At most `MAX_ADDED_WORDS` words, each opening on a capital or a digit and held by
 * no other mention; the longest writing the document gives is kept. The reading takes that text as its value.
 */
function readOnWrapped(reading: Mention, pageText: string, pages: readonly PageInput[], taken: readonly Mention[]): Mention | undefined {
  if (!ONE_WORD.test(reading.text)) return undefined;
  const words = [reading.text];
  let end = reading.span.end;
  let crossed = false;
  let found: number | undefined;
  for (let count = 0; count < MAX_ADDED_WORDS; count += 1) {
    const next = NEXT_WRAPPED_WORD.exec(pageText.slice(end));
    const word = next?.[2];
    if (next === null || word === undefined || !/^[\p{Lu}\p{N}]/u.test(word) || (crossed && next[1] === '\n')) break;
    const wordStart = end + next[0].length - word.length;
    if (heldByAnother(reading, taken, wordStart, wordStart + word.length)) break;
    crossed ||= next[1] === '\n';
    end += next[0].length;
    words.push(word);
    if (crossed && writtenOnOneLine(words, pages)) found = end;
  }
  if (found === undefined) return undefined;
  const text = pageText.slice(reading.span.start, found);
  return { ...reading, span: { start: reading.span.start, end: found }, text, value: text.replace(/\s+/gu, ' '), evidence: [...(reading.evidence ?? []), DOCUMENT_CUT_SHORT] };
}

/** Every organisation reading the document names whole elsewhere, read on to that name. */
export function extendDocumentCutShort(pages: readonly PageInput[], mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.type !== 'organisation') continue;
    const key = readingKey(mention.text);
    // Only a reading of two words or more can be the longer one.
    if (key.includes(' ') && !byKey.has(key)) byKey.set(key, mention);
  }
  const textOf = new Map(pages.map((page) => [page.page, page.text]));
  return mentions.map((mention) => {
    const pageText = textOf.get(mention.page);
    if (mention.type !== 'organisation' || pageText === undefined || pageText.slice(mention.span.start, mention.span.end) !== mention.text) return mention;
    // readOn and readBack look for a longer reading: with none in the document they can find nothing.
    const longer = byKey.size === 0 ? undefined : (readOn(mention, pageText, byKey, mentions) ?? readBack(mention, pageText, byKey));
    return longer ?? readOnWrapped(mention, pageText, pages, mentions) ?? mention;
  });
}
