/** `fr.organisation.sports-club`: a club's initials and its town (organisation/sports-club.ts). */
import { CAPITAL_AHEAD, compile, alternation } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { SPORTS_CLUB_INITIALS } from '../lexicon/sports-clubs.js';
import { sportsClubEnd } from '../organisation/sports-club.js';

const PATTERN = `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}])${alternation(SPORTS_CLUB_INITIALS)}[ \\t]+\\p{Lu}`;

export const organisationSportsClubParser: Parser = {
  id: 'fr.organisation.sports-club',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const end = sportsClubEnd(context.text, match.index);
    if (end === null) return null;
    return {
      type: 'organisation', start: match.index, end, value: context.text.slice(match.index, end).replace(/\s+/gu, ' '),
      confidence: 0.8, rule: this.id, inferred: [],
    };
  },
};
