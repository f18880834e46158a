/**
 * Intercommunalities and territorial bodies read whole from INSEE's official list
 * (`organisation/intercommunality.ts`), whatever type word the text writes before them:
 * - after a type word or its abbreviation (`Communauté de communes du Val de Lorne-sur-Orge`,
 *   `l'agglomération Melun Val de Seine`, `CA Grand Lac`), the type and the whole official name,
 *   not cut at a hyphen or an inner `de` (`intercommunality:type-before`);
 * - alone when the name says it names a body (`intercommunality:name`): it holds a body word
 *   (`Vitré Communauté`), it is a Greater Paris territorial body's (`Est Ensemble`), or it is no
 *   place's name and opens with `Grand` (`Grand Dole`) or has three words of its own and opens on no
 *   `Pays`. A two-word name is mostly a natural region's, a river's or a person's, a place's name
 *   stays a place (`La Rochelle`), and a one-word name (`Arlysère`) is left to other rules.
 * The name's first word opens with a capital and at least half of its other words do (`Lamballe
 * Terre et mer`), so prose that happens to run through a name's words is not read.
 */
import { alternation, fold, WRAP_GAP } from '../../core/pattern.js';
import { cueWords } from '../../core/cue-words.js';
import type { Candidate, Parser } from '../../core/types.js';
import { OPENS_UPPER } from '../../core/word-shape.js';
import {
  INTERCOMMUNALITY_BODY_HEADS, INTERCOMMUNALITY_BODY_WORDS, INTERCOMMUNALITY_KIND_ABBREVIATIONS, INTERCOMMUNALITY_KINDS, INTERCOMMUNALITY_LINKS, INTERCOMMUNALITY_SMALL_WORDS,
  INTERCOMMUNALITY_TERRITORY_HEADS,
} from '../lexicon/intercommunality-words.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { INTERCOMMUNALITY_FIRST_WORDS, intercommunalityAt, intercommunalityKey, isTerritorialBody } from '../organisation/intercommunality.js';
import { ACCENTED_FORMS } from '../lexicon/accented-letters.js';

/** One space of a lexicon entry as the text may write it: blanks, or blanks around one line break. */
const spaced = (words: readonly string[]): string => alternation(words).replace(/ /gu, WRAP_GAP).replace(/'/gu, "['’]");
const LINK = `(?:${spaced(INTERCOMMUNALITY_LINKS)}${WRAP_GAP}?)?`;
/** The type word and its link right before the name, any case (the name's first capital follows). */
const KIND_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${spaced(INTERCOMMUNALITY_KINDS)}${WRAP_GAP}${LINK}$`, 'iu');
/** The type's abbreviation and its link right before the name, the abbreviation in capitals (`CA du`). */
const ABBREVIATION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(INTERCOMMUNALITY_KIND_ABBREVIATIONS)}${WRAP_GAP}${LINK}$`, 'u');
/** How far before a name its type may start (`Communauté d'agglomération de la ` and a line break). */
const KIND_REACH = 48;

/** Where the type written before `start` begins, or -1 when there is none. */
function kindStart(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - KIND_REACH), start);
  const match = KIND_BEFORE.exec(before) ?? ABBREVIATION_BEFORE.exec(before);
  return match === null ? -1 : start - before.length + match.index;
}

/** Whether `word` is a capitalised word of a name's own (not a small word like `de`, `en`). */
const isContentWord = (word: string): boolean => !INTERCOMMUNALITY_SMALL_WORDS.has(fold(word));

/** Whether at least half of the name's words after the first (small words aside) open with a capital. */
function capitalised(words: readonly string[]): boolean {
  const content = words.slice(1).filter(isContentWord);
  return content.filter((word) => OPENS_UPPER.test(word)).length * 2 >= content.length;
}

/** Three content words or more: a name no place or person bears (`Melun Val de Seine`). */
const MIN_CONTENT_WORDS = 3;

/**
 * Whether the name alone names a body (see the header). Two-word names without a body word are
 * mostly a natural region's, a river's, an island's or a person's (`Pays de Bray`, `Pont du Gard`,
 * `Marie Galante`), as the bodies named after them are: alone, they are left to the place reading.
 */
function namesBody(words: readonly string[], written: string): boolean {
  const keys = words.map(intercommunalityKey);
  if (keys.some((word) => INTERCOMMUNALITY_BODY_WORDS.has(word)) || isTerritorialBody(keys)) return true;
  if (words.length < 2 || isPlaceName(written.replace(/\s+/gu, ' '))) return false;
  if (INTERCOMMUNALITY_BODY_HEADS.has(keys[0] ?? '')) return true;
  return !INTERCOMMUNALITY_TERRITORY_HEADS.has(keys[0] ?? '') && words.filter(isContentWord).length >= MIN_CONTENT_WORDS;
}

/** Letters that may carry an accent in a text: a cue stops before the first one after the first letter. */
const MAY_BE_ACCENTED = /[aceiouy]/u;

/**
 * The cue words of the names' first words: each cut before its first letter that may carry an
 * accent (the lexicon is folded, the cue trie compares accents), its first letter in every accented
 * form. Names that open on a digit are never read (the pattern opens on a capital); `St` is `Saint`.
 */
function cuesOf(firstWords: readonly string[]): string[] {
  const cues = new Set<string>(['st']);
  for (const word of firstWords.filter((first) => /^\p{L}/u.test(first))) {
    const cut = word.slice(1).search(MAY_BE_ACCENTED);
    const tail = cut < 0 ? word.slice(1) : word.slice(1, cut + 1);
    const head = word.charAt(0);
    for (const letter of [head, ...(ACCENTED_FORMS[head] ?? '')]) cues.add(letter + tail);
  }
  return [...cues];
}
const CUES = cuesOf(INTERCOMMUNALITY_FIRST_WORDS);

export const organisationIntercommunalityParser: Parser = {
  id: 'fr.organisation.intercommunality',
  pattern: () => /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*/gu,
  cues: cueWords(CUES),
  extract(context, match): Candidate | null {
    const found = intercommunalityAt(context.text, match.index, match[0]);
    if (found === null || !capitalised(found.words)) return null;
    const kind = kindStart(context.text, match.index);
    if (kind < 0 && !namesBody(found.words, context.text.slice(match.index, found.end))) return null;
    const start = kind < 0 ? match.index : kind;
    return {
      type: 'organisation', start, end: found.end, value: context.text.slice(start, found.end).replace(/\s+/gu, ' '),
      confidence: 0.9, rule: this.id, inferred: [], evidence: [kind < 0 ? 'intercommunality:name' : 'intercommunality:type-before'],
    };
  },
};
