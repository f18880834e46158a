/**
 * `fr.organisation.plural-kind`: a kind of structure in the plural, right before two names or more
 * joined by `et` (`la fusion des associations Kalimba Services et Trokal`, `les structures Nova,
 * Maison Verte et Entraide`): the kind says what each name is, so each is an organisation, even one
 * common word. Only capitalised runs joined by commas and one `et` are read; a place (`les entreprises
 * Bretagne et Normandie`: where they are) or a concept's acronym (`les structures ESS et IAE`) makes
 * the whole list none.
 */
import { WRAP_GAP, alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { PLURAL_KIND_HEADS } from '../lexicon/organisation-head-kinds.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { isPlaceName } from '../lexicon-lookup.js';

const RULE = 'fr.organisation.plural-kind';
/** A capitalised word of a name (`Inter`, `Coop'Fer`, `A+`). */
const WORD = "\\p{Lu}[\\p{L}\\p{N}'’&+-]*";
/** A capitalised run, its words maybe joined by a connector (`Présence à Domicile`). */
const NAME = `${WORD}(?:${WRAP_GAP}(?:(?:de|du|des|à|en|sur|&)${WRAP_GAP})?${WORD}){0,4}`;
const PATTERN =
  `(?<![\\p{L}])(?:les|des|aux|deux|trois|quatre|cinq)${WRAP_GAP}(?:${alternation(PLURAL_KIND_HEADS).replace(/ /gu, WRAP_GAP)})` +
  `${WRAP_GAP}(?<names>${NAME}(?:[ \\t]*,${WRAP_GAP}${NAME}){0,4}${WRAP_GAP}et${WRAP_GAP}${NAME})(?![\\p{L}\\p{N}'’-])`;
/** The separators between the names. */
const SEPARATOR = new RegExp(`[ \\t]*,${WRAP_GAP}|${WRAP_GAP}et${WRAP_GAP}`, 'gu');

/** Whether a name is a place or a concept's acronym, which no list of bodies holds. */
const notABody = (name: string): boolean => isPlaceName(name) || NON_ORGANISATION_ACRONYMS.has(name);

export const organisationPluralKindParser: Parser = {
  id: RULE,
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate[] | null {
    const names = match.groups?.['names'] ?? '';
    const namesStart = match.index + match[0].length - names.length;
    const found: Candidate[] = [];
    let cursor = 0;
    for (const separator of [...names.matchAll(SEPARATOR), null]) {
      const end = separator === null ? names.length : separator.index;
      const value = names.slice(cursor, end).replace(/\s+/gu, ' ');
      if (notABody(value)) return null;
      found.push({ type: 'organisation', start: namesStart + cursor, end: namesStart + end, value, confidence: 0.7, rule: RULE, inferred: [] });
      cursor = separator === null ? names.length : separator.index + separator[0].length;
    }
    return found;
  },
};
