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
 * reading W (`Emi & Kalvo` read whole once, `Kalvo` read after `Emi &` elsewhere) takes W's value.
 */
import { fold } from '../../core/pattern.js';
import type { Mention, PageInput } from '../../core/types.js';
import { isHeadWord, readingKey } from './document-overrun.js';

export const DOCUMENT_CUT_SHORT = 'document-cut-short';
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
    if (taken.some((other) => other !== reading && other.page === reading.page && other.span.start < end && other.span.end > wordStart)) return undefined;
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

/** Every organisation reading the document names whole elsewhere, read on to that name. */
export function extendDocumentCutShort(pages: readonly PageInput[], mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.type !== 'organisation') continue;
    const key = readingKey(mention.text);
    // Only a reading of two words or more can be the longer one.
    if (key.includes(' ') && !byKey.has(key)) byKey.set(key, mention);
  }
  if (byKey.size === 0) return [...mentions];
  const textOf = new Map(pages.map((page) => [page.page, page.text]));
  return mentions.map((mention) => {
    const pageText = textOf.get(mention.page);
    if (mention.type !== 'organisation' || pageText === undefined || pageText.slice(mention.span.start, mention.span.end) !== mention.text) return mention;
    return readOn(mention, pageText, byKey, mentions) ?? readBack(mention, pageText, byKey) ?? mention;
  });
}
