/**
 * Competition between a long organisation reading and a shorter one the same document reads on its
 * own. When a reading W ends with (or begins with) the exact words of another organisation V of the
 * document, and the words W adds to V are ordinary prose rather than a name's head, W ran over
 * into its sentence (`Transition écologique Abiosol` in a heading, `le tiers-lieu selon Vx`,
 * `Vx est l'assemblée…`): the document already names V standing alone, so W is cut back to V.
 *
 * What W adds is prose when:
 * - before V (`document-overrun`): its last content word (articles and prepositions aside) is a
 *   common French word that is not a type word (`Pôle`, `Fondation`, `PTCE`, `tiers-lieu`…), so
 *   `Fondation Vx`, `PTCE Vx` or `Tiers-lieu La Vx` keep their head;
 * - after V (`document-overrun`): its first word is a lower-case common word other than a
 *   preposition or an article, so `Vx de Lunel`, `Vx Bretagne` or `Vx Impact` stay whole; or it is a word of V
 *   again (`Vx Club Vx`, `Maison de la Varne Varne`: the next line repeating the name).
 * The cut reading keeps its rule and confidence and takes V's value; its evidence gains
 * `document-overrun`.
 */
import { fold } from '../../core/pattern.js';
import type { Mention } from '../../core/types.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { OPENS_UPPER, OPENS_LOWER } from '../../core/word-shape.js';
import { memoised } from '../../core/memo.js';

export const DOCUMENT_OVERRUN = 'document-overrun';
/**
 * The evidence of a name in sentence case read whole by `phrase-name`, and of a lower-case word an apposition after it
 * closes (name-continuation.ts `closing-word-before-apposition`): organisation-named.ts records `continues:RULE`.
 */
const READ_WHOLE: ReadonlySet<string> = new Set(['continues:phrase-name', 'continues:closing-word-before-apposition']);

/** Words that join a head to its name, or open it: they are skipped when looking for the head. */
const JOINERS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'en', 'et', 'sur', 'pour', '&', '-', '–']);
/** Every word of a type phrase (`chantier d'insertion` gives `chantier` and `insertion`). */
const HEAD_WORDS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.flatMap((head) => fold(head).split(/[\s'’-]+/u)).filter((word) => word.length > 2 && !JOINERS.has(word)));

interface Word {
  readonly start: number;
  readonly text: string;
}

/** A word without its elided article (`l'`, `d'`) and outer punctuation, folded. */
const bare = (word: string): string =>
  fold(word)
    .replace(/^[ld]['’]/u, '')
    .replace(/^[^\p{L}\p{N}&–-]+|[^\p{L}\p{N}&–-]+$/gu, '');

/** Whether a code point is kept in a key: a letter, a digit (`\p{L}`, `\p{N}`), `'` or `&`. */
const KEPT_IN_KEY = /^[\p{L}\p{N}'&]$/u;
/** `KEPT_IN_KEY`'s answer per BMP code point met so far: 0 not asked yet, 1 kept, 2 not kept. */
const keptUnits = new Uint8Array(0x10000);

function isKeptInKey(point: number): boolean {
  if (point > 0xffff) return KEPT_IN_KEY.test(String.fromCodePoint(point));
  let kept = keptUnits[point] ?? 0;
  if (kept === 0) {
    kept = KEPT_IN_KEY.test(String.fromCharCode(point)) ? 1 : 2;
    keptUnits[point] = kept;
  }
  return kept === 1;
}

/**
 * `text` with each run of characters a key does not keep made one space, as `replace(/[^\p{L}\p{N}'&]+/gu, ' ')`
 * makes it: a loop over code points with their answers kept, as a document's whole text is keyed (document-cut-word.ts),
 * where that pattern cost more than the rest of the key (speed only, the same text).
 */
function keptRunsSpaced(text: string): string {
  let spaced = '';
  let runStart = 0;
  let inGap = false;
  for (let index = 0; index < text.length; ) {
    const unit = text.charCodeAt(index);
    const point = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(index) ?? unit) : unit;
    if (isKeptInKey(point)) {
      if (inGap) runStart = index;
      inGap = false;
    } else if (!inGap) {
      spaced += `${text.slice(runStart, index)} `;
      inGap = true;
    }
    index += point > 0xffff ? 2 : 1;
  }
  return inGap ? spaced : spaced + text.slice(runStart);
}

/**
 * The key two readings share: folded, one space between words, leading articles dropped. Kept by text
 * (core/memo.ts): the document passes (this file, document-cut-short.ts, document-cut-word.ts) each key
 * every organisation reading of the document again (speed only, the same keys).
 */
export const readingKey: (text: string) => string = memoised(keyOfReading);

function keyOfReading(text: string): string {
  return keptRunsSpaced(fold(text).replace(/’/gu, "'"))
    .trim()
    .replace(/^(?:(?:l'|la |le |les )\s*)+/u, '')
    .trim();
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, text: match[0] }));
}

/** Whether a folded word is a type word or part of one (`association`, `plateforme`, `scic`). */
export const isHeadWord = (word: string): boolean => HEAD_WORDS.has(word) || word.split('-').some((part) => HEAD_WORDS.has(part));

/**
 * Words before the shorter reading are prose: their last content word is common and no type word.
 * After a type word further back, a capitalised last word is the name's qualifier, not its sentence
 * (`Pôle … de Coopération Économique V`); a lower-case one is still prose (`tiers-lieu selon V`).
 */
export function proseBefore(words: readonly Word[]): boolean {
  const content = words.filter((word) => {
    const folded = bare(word.text);
    return folded.length > 0 && !JOINERS.has(folded);
  });
  const lastWord = content.at(-1);
  const last = lastWord === undefined ? '' : bare(lastWord.text);
  if (!/^\p{L}/u.test(last) || !isCommonWord(last) || isHeadWord(last)) return false;
  const qualifier = OPENS_UPPER.test(lastWord?.text.replace(/^[ldLD]['’]/u, '') ?? '');
  if (qualifier && content.some((word) => isHeadWord(bare(word.text)))) return false;
  return !typeComplement(words, content);
}

/**
 * `Société d'investissement V`, `Fonds de garantie V`: the reading opens on a type word and the one
 * other content word, right before V, is its complement after `de`/`d'`: the type's own phrase, not a sentence.
 */
function typeComplement(words: readonly Word[], content: readonly Word[]): boolean {
  // `Comité d'engagement de V`: a `de` before V makes the reading a part of V (its committee), read as V.
  if (content.length !== 2 || words[0] !== content[0] || words.at(-1) !== content[1] || !isHeadWord(bare(content[0]?.text ?? ''))) return false;
  const complement = content[1]?.text ?? '';
  const before = words[words.indexOf(content[1] as Word) - 1]?.text ?? '';
  return /^[dD]['’]/u.test(complement) || /^(?:de|des)$/u.test(before);
}

/** Words after the shorter reading are prose: the first is a lower-case common word, not a joiner. */
export function proseAfter(words: readonly Word[]): boolean {
  const first = words[0]?.text ?? '';
  const word = bare(first);
  return OPENS_LOWER.test(first) && word.length > 0 && !JOINERS.has(word) && isCommonWord(word) && !isHeadWord(word);
}

/**
 * `Kalvo Club Quenard Kalvo`, `Maison de la Varne Varne`: the first word after the shorter reading is one of its own words
 * again (capitals aside), the next heading or line repeating the name, not a word of it.
 */
export function repeatsWord(before: readonly Word[], first: Word): boolean {
  const word = bare(first.text);
  return word.length > 1 && !JOINERS.has(word) && before.some((other) => bare(other.text) === word);
}

function cut(reading: Mention, start: number, end: number, other: Mention): Mention {
  return {
    ...reading,
    span: { start: reading.span.start + start, end: reading.span.start + end },
    text: reading.text.slice(start, end),
    value: other.value,
    evidence: [...(reading.evidence ?? []), DOCUMENT_OVERRUN],
  };
}

/** How many of the document's keys end (or start) with each word: a reading shares its edge word with another, or it overran none. */
function edgeCounts(keys: Iterable<string>): { readonly first: Map<string, number>; readonly last: Map<string, number> } {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const key of keys) {
    const words = key.split(' ');
    first.set(words[0] ?? '', (first.get(words[0] ?? '') ?? 0) + 1);
    last.set(words.at(-1) ?? '', (last.get(words.at(-1) ?? '') ?? 0) + 1);
  }
  return { first, last };
}

/** `reading` (whose `readingKey` is `own`) cut back to another reading of `byKey` it overran, or undefined. */
function cutBack(reading: Mention, own: string, byKey: ReadonlyMap<string, Mention>, edges: ReturnType<typeof edgeCounts>, keyOf: (text: string) => string): Mention | undefined {
  const ownWords = own.split(' ');
  // `l'association Cultive ta Rue,`: a phrase name read whole to its clause's end (name-end-rules.ts) has no prose in it;
  // nor has `l'entreprise Kalvo charpente, spécialisée…`, its last word closed by the apposition after it.
  if (reading.evidence?.some((feature) => READ_WHOLE.has(feature)) === true) return undefined;
  if (ownWords.length < 2 || ((edges.first.get(ownWords[0] ?? '') ?? 0) < 2 && (edges.last.get(ownWords.at(-1) ?? '') ?? 0) < 2)) return undefined;
  const words = wordsOf(reading.text);
  const other = (text: string): Mention | undefined => {
    const key = keyOf(text);
    const found = key === own ? undefined : byKey.get(key);
    return found === undefined || found === reading ? undefined : found;
  };
  for (let index = 1; index < words.length; index += 1) {
    const at = words[index] as Word;
    const tail = other(reading.text.slice(at.start));
    if (tail !== undefined && proseBefore(words.slice(0, index))) return cut(reading, at.start, reading.text.length, tail);
    const headEnd = reading.text.slice(0, at.start).trimEnd().length;
    const head = other(reading.text.slice(0, headEnd));
    if (head !== undefined && (proseAfter(words.slice(index)) || repeatsWord(words.slice(0, index), at))) return cut(reading, 0, headEnd, head);
  }
  return undefined;
}

/** Every organisation reading that overran another reading of the same document, cut back to it. */
export function trimDocumentOverruns(mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  // Each reading's key once: `cutBack` starts from it again.
  const keys = new Map<Mention, string>();
  for (const mention of mentions) {
    if (mention.type !== 'organisation') continue;
    const key = readingKey(mention.text);
    keys.set(mention, key);
    if (key.length > 0 && !byKey.has(key)) byKey.set(key, mention);
  }
  if (byKey.size < 2) return [...mentions];
  const edges = edgeCounts(byKey.keys());
  // The keys of the readings' heads and tails, each text once per document: a name read again and again
  // is cut back from the same texts (speed only, the same keys).
  const keyOf = memoised(readingKey);
  return mentions.map((mention) => (mention.type === 'organisation' ? (cutBack(mention, keys.get(mention) ?? readingKey(mention.text), byKey, edges, keyOf) ?? mention) : mention));
}
