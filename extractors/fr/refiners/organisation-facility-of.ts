/**
 * A site's, a service's or a project's lower-case word (lexicon FACILITY_HEADS), one lower-case word of content saying
 * what is done there, then `de`/`du`/`des`/`d'`/`pour` and a capitalised name (`le chantier de rénovation du Kalvo
 * Rouge`, `l'atelier de cuisine pour Bocal des Prés`, `le foyer de vie des Kalvi Bleus`, `le réseau national des
 * Trokalistes en circuits courts`): the phrase names something the body runs or belongs to, and the body is the
 * capitalised name; the mention is narrowed to it. Left whole when the name is a place (`le réseau régional des
 * ressourceries de Bretagne`: the territory it covers), a kind of structure (`le réseau national des Scop`) or one word
 * that is no acronym (`le réseau national de Judo`), when no lower-case word of content stands between
 * the kind and the preposition (`la résidence de Trokal`) or more than one (`le chantier de rénovation du moulin de
 * Kervalo`), or when another rule's organisation is the name itself.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { KIND_ACRONYMS } from '../lexicon/kinds-of-structure.js';
import { FACILITY_HEADS } from '../lexicon/organisation-head-kinds.js';
import { alternation } from '../../core/pattern.js';

/** The lower-case kind, its description (words of content among them), the preposition, then the capitalised name. */
const FACILITY_OF = new RegExp(
  `^${alternation(FACILITY_HEADS)}(?<description>(?:[ \\t\\n]+\\p{Ll}[\\p{Ll}'’-]*){1,4})[ \\t\\n]+(?:(?:de|du|des|pour)[ \\t\\n]+|d['’][ \\t\\n]*)(?:(?:la|le|les)[ \\t\\n]+|l['’])?(?=\\p{Lu})`,
  'u',
);
/** Words of the description that carry no content of their own. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'à', 'au', 'aux', 'pour', 'sur']);
const KINDS: ReadonlySet<string> = new Set(KIND_ACRONYMS.map((kind) => kind.toLowerCase()));

/**
 * Whether the description is one word of content and its prepositions (`de cuisine`, `de vie`, `national`): with a
 * second noun the capital is that noun's (`le chantier de rénovation du moulin de Kervalo`: the mill's place).
 */
function described(description: string): boolean {
  return description.split(/[ \t\n]+/u).filter((word) => word !== '' && !FUNCTION_WORDS.has(word) && !/^[dl]['’]$/u.test(word)).length === 1;
}

/** Whether the capitalised name is a body's own: no place, no kind of structure, several words or an acronym. */
function ownBody(body: string): boolean {
  const name = body.replace(/\s+/gu, ' ').trim();
  if (isPlaceName(name) || KINDS.has(name.toLowerCase()) || /^(?:scop|scic|ptce|ess|cae)s?$/iu.test(name)) return false;
  // One word is a body's name only as an acronym (`un réseau régional des Ressourceries`: a kind, capitalised).
  return name.includes(' ') || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(name);
}

export const organisationFacilityOfRefiner: Refiner = {
  id: 'fr.organisation.facility-of',
  refine(context, candidates): Candidate[] {
    const text = context.text;
    return candidates.map((candidate) => {
      if (candidate.type !== 'organisation' || candidate.rule !== 'fr.organisation.named') return candidate;
      const mention = text.slice(candidate.start, candidate.end);
      const found = FACILITY_OF.exec(mention);
      if (found === null || !described(found.groups?.['description'] ?? '')) return candidate;
      const start = candidate.start + found[0].length;
      const body = text.slice(start, candidate.end);
      if (!ownBody(body)) return candidate;
      // Another rule found the body itself: that one stands.
      if (candidates.some((other) => other !== candidate && other.type === 'organisation' && other.start === start && other.end === candidate.end)) return candidate;
      return { ...candidate, start, value: body.replace(/\s+/gu, ' ').trim() };
    });
  },
};
