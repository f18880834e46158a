/**
 * Proposer family "a name coined as a ratio": two numbers joined by `pour` (`la Coop 3 pour 50 lance…`,
 * `les délégués de 20 pour 2 de Vilaret`) name a body when something bounds them as a name, as a figure
 * they would be a count or a rate (`422 pour 900 emplois`, `5 pour 100 des salariés`). Bounded by:
 * - a capitalised word right before the first number that opens no sentence and refers to nothing
 *   (`Coop 3 pour 50`; not `Article 5 pour 100`, `Soit 2 pour 10`): the word is the name's;
 * - or `de`/`du`/`d'` and a capitalised word right after the second number, the territory the body serves
 *   (`20 pour 2 du Kalvados`): the territory is the name's.
 * Never when a lower-case word other than such a `de` follows the second number's space on its line and
 * is a counted noun or a link of a rate (`pour 100 emplois`, `pour 100 des`), nor a decimal or a unit.
 * The number-pair figure read in the span yields to the name (refiners/organisation-candidates.ts
 * `NUMBER_OVER_FIGURE`). Evidence `number-pair`.
 */
import { fold } from '../../core/pattern.js';
import { anchoredMatches } from '../../core/pipeline.js';
import type { SourcedSpan } from '../../core/types.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import { PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { COUNTED_NOUNS } from '../lexicon/units.js';

export type NumberPairName = SourcedSpan<'number-pair'>;

/** Two numbers of one to four digits joined by `pour`, neither part of a longer number or a decimal. */
const PAIR = /(?<![\p{L}\p{N},.'’-])(?:(?<word>\p{Lu}[\p{Ll}'’-]+)[ \t]+)?\d{1,4}[ \t]+pour[ \t]+\d{1,4}(?![\p{L}\p{N}]|[,.]\d)/gu;
/** What every match holds: the pattern is tried on the lines of its hits only (speed only: the same matches; no match takes a line break). */
const PAIR_TRIGGER = /\d[ \t]+pour[ \t]+\d/gu;
/** `de Vilaret`, `du Kalvados`, `d'Arvel` right after the second number: the territory. */
const TERRITORY_AFTER = /^[ \t]+(?:de|du|d['’])[ \t]*(?<=[ \t'’])\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?/u;
/** A lower-case word right after the second number on its line. */
const LOWER_AFTER = /^[ \t]+(?<word>\p{Ll}[\p{Ll}'’-]*)/u;
/** A unit or a currency sign after the number. */
const UNIT_AFTER = /^[ \t]*[%€$£°]/u;
/** Links of a rate or a share after its base (`5 pour 100 des salariés`, `de la masse`, `en moyenne`). */
const RATE_LINKS: ReadonlySet<string> = new Set(['de', 'des', 'du', "d'", 'en', 'au', 'aux', 'sur', 'par', 'et', 'ou', 'à']);

const CODE_HEAD_WORDS: ReadonlySet<string> = new Set(CODE_HEADS.map(fold));
/** A word opening a sentence or a reference, not a name's (`Soit`, `Article`). */
const referenceOrOpener = (word: string): boolean => CODE_HEAD_WORDS.has(fold(word)) || PHRASE_OPENERS.has(fold(word));

/** Whether what follows the pair makes it a figure: a unit, a counted noun or a rate's link. */
function figureAfter(after: string): boolean {
  if (UNIT_AFTER.test(after)) return true;
  const word = LOWER_AFTER.exec(after)?.groups?.['word'];
  if (word === undefined) return false;
  const bare = word.replace(/['’]$/u, "'");
  return RATE_LINKS.has(bare) || COUNTED_NOUNS.has(word) || COUNTED_NOUNS.has(word.replace(/s$/u, ''));
}

/** Every pair of numbers joined by `pour` that a capitalised word before or a territory after bounds as a name. */
export function numberPairNames(text: string): NumberPairName[] {
  const found: NumberPairName[] = [];
  for (const match of anchoredMatches(PAIR, PAIR_TRIGGER, 0, text)) {
    const word = match.groups?.['word'];
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 40);
    const territory = TERRITORY_AFTER.exec(after);
    const bounded = word !== undefined && !referenceOrOpener(word);
    const start = word !== undefined && !bounded ? match.index + word.length + match[0].slice(word.length).search(/\d/u) : match.index;
    if (territory !== null) {
      found.push({ start, end: end + territory[0].length, source: 'number-pair' });
      continue;
    }
    if (bounded && !figureAfter(after)) found.push({ start, end, source: 'number-pair' });
  }
  return found;
}
