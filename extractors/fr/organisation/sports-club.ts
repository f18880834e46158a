/**
 * A sports club named by its initials and its town (`US Amiens`, `FC Nantes`, `AS Saint-Étienne`):
 * the initials of lexicon/sports-clubs.ts, a space, then a capitalised word (hyphens joining its
 * parts) that the place lexicon knows. The town is what makes two capital letters a club rather
 * than any acronym. Read by the club parser and by the name-end rules (after `et`, a club is
 * another body: `la Fédération des foyers de la Somme et US Amiens`).
 */
import { alternation } from '../../core/pattern.js';
import { SPORTS_CLUB_INITIALS } from '../lexicon/sports-clubs.js';
import { isPlaceName } from '../lexicon-lookup.js';

/** The initials, then the town: one word, or words joined by hyphens. */
export const SPORTS_CLUB = `(?<initials>${alternation(SPORTS_CLUB_INITIALS)})[ \\t]+(?<town>\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*){0,4})(?![\\p{L}\\p{N}'’-])`;
const CLUB_HERE = new RegExp(`^${SPORTS_CLUB}`, 'u');

/** Where the club named at `offset` ends, or null when no club's initials and town start there. */
export function sportsClubEnd(text: string, offset: number): number | null {
  const found = CLUB_HERE.exec(text.slice(offset, offset + 64));
  const town = found?.groups?.['town'];
  if (found === null || town === undefined) return null;
  return isPlaceName(town) || isPlaceName(town.split('-')[0] ?? '') ? offset + found[0].length : null;
}
