/**
 * `document-cut-word`: a reading whose last word was cut mid-word where its line or its text stops. A web page's
 * excerpt, a teaser or a copied paragraph often stops in the middle of a word (`… la Régie du terri` at the end of
 * the text, `… la SCIC Kalv` closing its line): read as a name, the stump is no body's name, but the document writes
 * the body whole elsewhere (`Régie du territoire Kalvo`, `(SCIC) Kalvéo`). When an organisation reading ends right
 * before a line break or the end of its page (spaces aside, no punctuation) and the document writes its words
 * elsewhere with its last word going on into a longer one (accents, capitals and punctuation aside), and never
 * writes that last word whole after the same words, the reading was cut short: when another organisation reading
 * of the document is the longer name it takes that reading's value (its text and span stay what the page writes),
 * else it is dropped. Its evidence gains `document-cut-word`. A stump that is a word of its own (a place, a first
 * name or a surname: `SCIC Lunel` and `SCIC Lunelloise` elsewhere) is left alone.
 */
import type { Mention, PageInput } from '../../core/types.js';
import { readingKey } from './document-overrun.js';
import { isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';

export const DOCUMENT_CUT_WORD = 'document-cut-word';
/** After the reading: spaces, then a line break or the end of the page (no punctuation closed the word). */
const STOPS_AFTER = /^[ \t]*(?:\r?\n|$)/u;
/** A letter or a digit: a word goes on (compiled once: core/word-shape.ts says why). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The longer reading of the document whose words `head` and `stump` are the start of, or undefined. */
function longerReading(head: string, stump: string, longer: readonly Mention[]): Mention | undefined {
  return longer.find((other) => {
    const otherKey = readingKey(other.text);
    if (!otherKey.startsWith(`${head} `)) return false;
    const word = otherKey.slice(head.length + 1).split(' ')[0] ?? '';
    return word.length > stump.length && word.startsWith(stump);
  });
}

/**
 * Whether the document's keyed text writes `words` going on into a longer word, and writes them whole no more often
 * than the `cuts` readings stopping on them do (each of those is one whole writing).
 */
function writtenLonger(documentKey: string, words: string, cuts: number): boolean {
  let longer = false;
  let whole = 0;
  for (let at = documentKey.indexOf(words); at >= 0; at = documentKey.indexOf(words, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT.test(documentKey.charAt(at - 1))) continue;
    if (LETTER_OR_DIGIT.test(documentKey.charAt(at + words.length))) longer = true;
    else whole += 1;
  }
  return longer && whole <= cuts;
}

/** A stump that is a word of its own: a place, a first name or a surname. */
const wordOfItsOwn = (word: string): boolean => isPlaceName(word) || isFirstName(word) || isSurname(word);

/** The reading's stump (its cut last word), the reading's key split before it, when it stops at its line's or page's end. */
function stumpOf(mention: Mention, pageText: string): [string, string] | null {
  if (!STOPS_AFTER.test(pageText.slice(mention.span.end, mention.span.end + 8))) return null;
  const key = readingKey(mention.text);
  const space = key.lastIndexOf(' ');
  if (space <= 0) return null;
  const stump = key.slice(space + 1);
  const written = /[\p{L}\p{N}]+$/u.exec(mention.text)?.[0] ?? '';
  if (!/^\p{L}+$/u.test(stump) || wordOfItsOwn(written)) return null;
  return [key.slice(0, space), stump];
}

/** Every organisation reading cut mid-word at its line's or page's end: given the whole name's value, or dropped. */
export function completeCutWords(pages: readonly PageInput[], mentions: readonly Mention[]): Mention[] {
  const textOf = new Map(pages.map((page) => [page.page, page.text]));
  const cuts = new Map<Mention, [string, string]>();
  const cutsOfKey = new Map<string, number>();
  for (const mention of mentions) {
    const pageText = mention.type === 'organisation' ? textOf.get(mention.page) : undefined;
    const cut = pageText === undefined ? null : stumpOf(mention, pageText);
    if (cut === null) continue;
    cuts.set(mention, cut);
    const words = cut.join(' ');
    cutsOfKey.set(words, (cutsOfKey.get(words) ?? 0) + 1);
  }
  if (cuts.size === 0) return [...mentions];
  const organisations = mentions.filter((mention) => mention.type === 'organisation');
  const documentKey = ` ${pages.map((page) => readingKey(page.text)).join(' ')} `;
  return mentions.flatMap((mention) => {
    const cut = cuts.get(mention);
    if (cut === undefined) return [mention];
    const [head, stump] = cut;
    if (!writtenLonger(documentKey, `${head} ${stump}`, cutsOfKey.get(`${head} ${stump}`) ?? 0)) return [mention];
    const found = longerReading(head, stump, organisations);
    return found === undefined ? [] : [{ ...mention, value: found.value, evidence: [...(mention.evidence ?? []), DOCUMENT_CUT_WORD] }];
  });
}
