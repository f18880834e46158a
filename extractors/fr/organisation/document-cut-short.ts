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

/** A word before a reading: the word (or `&`), then spaces with one line break at most, up to the reading. */
const PREVIOUS_WORD = /(?:^|[^\p{L}\p{N}'’&-])([\p{L}\p{N}][\p{L}\p{N}'’-]*|&)[ \t]*\n?[ \t]*$/du;
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
    const before = pageText.slice(Math.max(0, start - 80), start);
    const previous = PREVIOUS_WORD.exec(before);
    let word = previous?.[1];
    if (previous === null || word === undefined) return undefined;
    start -= before.length - (previous.indices?.[1]?.[0] ?? before.length);
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
