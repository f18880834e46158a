/**
 * Radio stations named by a coined word and the medium after it (`Trokal FM`, `Zorba Radio`): local and associative
 * stations name themselves so in every region, with no type word before the name. The word before `FM` or `Radio`
 * must be no French word, first name or capitalised non-name (`Presse Radio`, `Une Radio`, `Paul Radio` are none), so
 * a heading or a sentence's opening capital is not read as a station. Known stations written otherwise (`Sud Radio`,
 * `Chérie FM`) are the gazetteer's (lexicon/press-titles.ts).
 */
import { compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { isFirstName } from '../names.js';
import { isCommonWord } from '../lexicon-lookup.js';

const WORD = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
const PATTERN = `(?<![\\p{L}\\p{N}'’-])(?<name>${WORD}(?:[ \\t]${WORD})?)[ \\t]+(?:FM|Radio)(?![\\p{L}\\p{N}'’-])`;

/**
 * An article or a determiner right before the name (`la Joumée Radio`, `le Fcstival FM`): a station is cited bare (`sur
 * Trokal FM`, `au micro de Zorba Radio`), while a common noun takes one, and OCR turns common nouns into words no
 * dictionary holds, which the coined-word test would take for a station's name.
 */
const DETERMINER_BEFORE = /(?<![\p{L}])(?:le|la|les|l['’]|un|une|du|des|ce|cet|cette|ces|sa|son|ses|notre|nos|votre|vos|leur|leurs)[ \t]*$/iu;

/** A word that may name a station: a coined word, no French word, first name or capitalised non-name. */
function coined(word: string): boolean {
  const bare = word.replace(/['’]s$/u, '');
  return !CAPITALISED_NON_NAMES.has(fold(bare)) && !isCommonWord(bare.toLowerCase()) && !isFirstName(bare);
}

export const organisationStationParser: Parser = {
  id: 'fr.organisation.station',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /(?:FM|Radio)(?![\p{L}\p{N}])/u, // the pattern runs only on pages naming the medium
  anchor: { lines: 0 }, // a station's name is written on one line
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    if (!name.split(/[ \t]/u).every(coined)) return null;
    if (DETERMINER_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0].replace(/\s+/gu, ' '),
      confidence: 0.6, rule: this.id, inferred: [],
    };
  },
};
