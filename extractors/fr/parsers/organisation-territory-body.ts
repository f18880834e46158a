/**
 * Local authorities named as a territory plus a body word (`Morlaix Communauté`, `Vannes Agglo`,
 * `Lorient Agglomération`, `Brest Métropole`). The territory must be a known French place, so
 * `une Grande Communauté` is not taken.
 */
import { alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { TERRITORY_BODY_WORDS } from '../lexicon/well-known-organisations.js';
import { isPlaceName } from '../lexicon-lookup.js';

const TERRITORY = "\\p{Lu}[\\p{L}'’]*(?:[ -](?:de|du|des|la|le|sur|en|d'|l')?[ -]?\\p{Lu}[\\p{L}'’]*){0,3}";
const PATTERN = `(?<![\\p{L}\\p{N}-])(?<territory>${TERRITORY})[ \\t]+(?:${alternation(TERRITORY_BODY_WORDS)})(?![\\p{L}\\p{N}-])`;

export const organisationTerritoryBodyParser: Parser = {
  id: 'fr.organisation.territory-body',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const territory = match.groups?.['territory'] ?? '';
    // The longest known place that ends the capitalised run: `Avec Morlaix` → `Morlaix`.
    const words = territory.split(/[ \t]+/u);
    for (let first = 0; first < words.length; first += 1) {
      const place = words.slice(first).join(' ');
      if (!isPlaceName(place)) continue;
      let start = match.index + territory.length - place.length;
      // `CARENE Saint-Nazaire Agglomération`: the body's acronym written right before its name.
      const acronym = /(?<![\p{L}\p{N}])\p{Lu}{3,8}[ \t]$/u.exec(context.text.slice(Math.max(0, start - 10), start));
      if (acronym !== null) start -= acronym[0].length;
      return {
        type: 'organisation', start, end: match.index + match[0].length, value: context.text.slice(start, match.index + match[0].length).replace(/\s+/gu, ' '),
        confidence: 0.6, rule: this.id, inferred: [],
      };
    }
    return null;
  },
};
