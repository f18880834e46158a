/**
 * Banks, funders and national operators named with no type word (`Crédit Coopératif`,
 * `Crédit Mutuel de Bretagne`): a small gazetteer, then `nameExtent` for a regional branch after it.
 */
import { alternation, bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { WELL_KNOWN_ORGANISATIONS } from '../lexicon/well-known-organisations.js';
import { nameExtent } from '../organisation/name-extent.js';

const PATTERN = bounded(`(?<name>${alternation(WELL_KNOWN_ORGANISATIONS).replace(/ /gu, '\\s+')})`);

export const organisationWellKnownParser: Parser = {
  id: 'fr.organisation.well-known',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const nameEnd = match.index + match[0].length;
    const branch = nameExtent(context.text, nameEnd, { lower: false, lowerNames: false, place: false, nameFirst: false });
    const end = branch.nameWords > 0 ? branch.end : nameEnd;
    return {
      type: 'organisation', start: match.index, end, value: context.text.slice(match.index, end).replace(/\s+/gu, ' '),
      confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
