/**
 * A capitalised name followed by a region (`Afeji Hauts-de-France`, `Compagnons Bâtisseurs
 * Hauts-de-France`): regional branches of associations and networks are named this way.
 * Not a known place before the region (`place-then-region`), nor the end of a name joined by `&`
 * (`after-ampersand`).
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { REGIONS } from '../lexicon/organisation-types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';

const REGION = alternation(REGIONS.filter((region) => region.length > 4));
const PATTERN = `(?<![\\p{L}\\p{N}-])(?<name>\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+)?)[ \\t]+(?<region>${REGION})(?![\\p{L}\\p{N}])`;

export const organisationRegionalParser: Parser = {
  id: 'fr.organisation.regional',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(REGION, 'u'), // the pattern runs only on pages naming a region
  anchor: { lines: 0 }, // tried only on the lines naming a region: the name, spaces and region are on one line
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    const words = name.split(/\s+/u);
    if (words.some((word) => CAPITALISED_NON_NAMES.has(fold(word)) || isFirstName(word))) return null;
    // Sentence-initial words are capitalised anyway.
    if (/(?:^|[.!?:]\s*|\n\s*)$/u.test(context.text.slice(Math.max(0, match.index - 3), match.index)) && words.length === 1) return null;
    // `Vire Normandie`, `Cherbourg-en-Cotentin`: a commune whose name ends with its region.
    if (isPlaceName(match[0].replace(/\s+/gu, ' '))) return null;
    // `place-then-region`: a town or department then its region (`… – Vilaret Occitanie`, `33 - Gironde
    // Nouvelle-Aquitaine`) is where an event or a body is, no branch's name.
    if (isPlaceName(words.join(' '))) return null;
    // `after-ampersand`: `Études & Trokal Bretagne`: the capitalised word closes a longer name joined by `&`.
    if (/&[ \t]*$/u.test(context.text.slice(Math.max(0, match.index - 3), match.index))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0].replace(/\s+/gu, ' '),
      confidence: 0.6, rule: this.id, inferred: [],
    };
  },
};
