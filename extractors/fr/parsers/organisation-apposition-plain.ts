/**
 * A name made of everyday words, told to be a body by an apposition that describes it:
 * `réunis par Fleurs de Trame, un collectif d'habitants…`, `…, Artisans unis du Haut Var, un
 * groupement de…`. `fr.organisation.apposition` wants one word no lexicon knows, and these names
 * have none; so the cue must say more here: a comma, `un`/`une`, a kind of structure, then what
 * it gathers or does (`de`, `d'`, `qui`). The name starts after a list mark or a word that
 * introduces a body (`de`, `par`, `avec`, `réunit`), not at a sentence's start (`Ensuite, une
 * association…`) nor after `à`/`en` (a place: `à Wavrans, une association de…`).
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { GAP } from '../patterns.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

const CAPITAL = "\\p{Lu}[\\p{L}’'&-]*\\p{L}";
const LOWER = "\\p{Ll}[\\p{Ll}’'-]{0,13}";
/** Up to six words, capitalised first and last; lower-case words between (`du`, `à`, an adjective). */
const NAME = `${CAPITAL}(?:${GAP}(?:${LOWER}${GAP}){0,3}${CAPITAL}){0,3}`;
/** A list mark or comma, or a word that introduces a body, right before the name. */
const LEAD = `(?<=(?:[,:;•(–]|(?<![\\p{L}])(?:de|d'|d’|par|avec|réunit|réunissant|dont))${GAP}?)`;
const KIND = alternation([...STRUCTURE_KINDS, 'regroupement']);
/** `, un collectif de`, `, une coopérative qui`: the kind and what follows it. */
const CUE = `,${GAP}?(?:un|une)${GAP}${KIND}(?:${GAP}(?:de|des|du|qui)(?![\\p{L}])|${GAP}d['’])`;
const PATTERN = `${LEAD}(?<![\\p{L}\\p{N}'’-])(?<name>${NAME})(?=${CUE})`;

/**
 * Whether the words can be a body's name: no place, no person; one word must be no common word
 * (`Ensuite, une…`), and of several, one capitalised word must be no generic one (`Centre Social`).
 */
function plausibleName(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] ?? '';
  if (isPlaceName(name)) return false;
  if (words.length === 1) return !isCommonWord(first);
  // `Julie Marchal, une…`: a first name before another capitalised word is a person.
  if (isFirstName(first) && OPENS_UPPER.test(words[1] ?? '')) return false;
  return words.some((word) => OPENS_UPPER.test(word) && !CAPITALISED_NON_NAMES.has(fold(word)));
}

export const organisationAppositionPlainParser: Parser = {
  id: 'fr.organisation.apposition-plain',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(CUE, 'u'),
  extract(_context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    if (!plausibleName(name)) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
