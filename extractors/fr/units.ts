/** Reading counted nouns: singular, lower-case unless an acronym (`ETP`, `PTCE`). */
import { NOUNS_IN_E, PARTICIPLES_IN_ITE } from './lexicon/units.js';
import { COUNTED_KIND_ACRONYMS } from './lexicon/organisation-acronyms.js';

const INVARIABLE = new Set(['fois', 'mois', 'repas', 'parcours', 'prix', 'cours', 'poids', 'temps', 'corps', 'pays', 'bus', 'ans', 'taux', 'ETP']);

/** An acronym, maybe with a plural `s`. */
const PLURAL_ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** An acronym ending in a capital `S`. */
const CAPITAL_S_ACRONYM = /^\p{Lu}{2,6}S$/u;
/** `réunions` → `réunion`, `lauréats nationaux` head `lauréats` → `lauréat`, `PTCE` → `PTCE`. */
export function singularUnit(word: string): string {
  // `30 Geiq`, `85 cuma`, `9 SCOP`: a kind of structure's acronym, whatever its case, is one unit in capitals.
  const upper = word.toUpperCase();
  if (COUNTED_KIND_ACRONYMS.has(upper)) return upper;
  if (/S$/u.test(upper) && COUNTED_KIND_ACRONYMS.has(upper.slice(0, -1))) return upper.slice(0, -1);
  if (PLURAL_ACRONYM.test(word) && !CAPITAL_S_ACRONYM.test(word)) return word.replace(/s$/u, '');
  // Inclusive writing with hyphens (`salarié-e-s`, `participant-es`): the noun before the ending.
  const lower = word.toLowerCase().replace(/-e-?s?$/u, '');
  if (lower === 'ans') return 'an';
  if (INVARIABLE.has(lower) || lower.length <= 3) return lower;
  if (lower.endsWith('eaux')) return lower.slice(0, -1);
  if (lower.endsWith('aux') && lower.length > 4) return `${lower.slice(0, -3)}al`;
  if (/[sx]$/u.test(lower) && !/ss$/u.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** Parses `1 000`, `19,7`, `3.5`, `2.115` (a dot between groups of three: thousands) into a number. */
export function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(compact)) return Number.parseFloat(compact.replace(/\./gu, ''));
  return Number.parseFloat(compact.replace(',', '.'));
}

/** Writes a number without trailing zeros: `19.7`, `1000000`. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

/**
 * True for a singular ending in `-é`/`-ée` that is a noun (`journée`, `comité`, and the large
 * `-ité`/`-iété`/`-auté` families: `activité`, `société`, `communauté`); the rest are read as
 * past participles qualifying an elided noun (`12 labellisées`).
 */
export function isNounInE(singular: string): boolean {
  if (NOUNS_IN_E.has(singular)) return true;
  return /(?:ité|iété|auté)$/u.test(singular) && !PARTICIPLES_IN_ITE.has(singular);
}
