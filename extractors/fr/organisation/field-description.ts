/**
 * What a phrase read as an organisation may be instead of a body's name: a kind described by its
 * field, or a kind named in the plural.
 *
 * `le pôle de développement de l'ESS`, `un chantier naval de l'Économie sociale`, `son pôle
 * Insertion par l'Activité Économique`, `le cercle des communes engagées pour l'ESS`: a kind
 * written in lower case whose only capitalised words name the field it works in describes a
 * thing; it names no body. A name after the kind (`le pôle Sud Ouest`, `le réseau Cocagne`)
 * has a word that is no field word, and stays.
 */
import { fold } from '../../core/pattern.js';
import { FIELD_DESCRIBED_HEADS, FIELD_WORDS } from '../lexicon/field-words.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { SCOPE_ADJECTIVES, SCOPED_BODY_HEADS } from '../lexicon/organisation-head-kinds.js';
import { OPENS_LOWER, OPENS_UPPER } from '../../core/word-shape.js';

/** Articles and prepositions that tie the words of a description. */
const TIES = /^(?:de|du|des|d|l|la|le|les|pour|par|et|en|au|aux|a|sur|dans)$/u;

/**
 * `Pôle Insertion`, `Pôle ESS rural`, `Pôle Développement`: a body's division, its field written right after
 * `Pôle` with no `de`, in title case as a page's heading or a list's item, describes a part of a body, no body.
 * With `de` it is a body's naming (`Pôle de développement de l'ESS`, a network's name), and other kinds
 * written so (`Labo de l'ESS`, `Réseau ESS`) may be a body's whole name: both are read only in lower case.
 */
const TITLE_CASE_DIVISIONS: ReadonlySet<string> = new Set(['pole', 'poles']);

/** `Pôle Insertion`: a division's head in title case, then its field right after it (see TITLE_CASE_DIVISIONS). */
const namesDivision = (words: readonly string[]): boolean =>
  TITLE_CASE_DIVISIONS.has(fold(words[0] ?? '')) && OPENS_UPPER.test(words[1] ?? '') && FIELD_WORDS.has(fold(words[1] ?? ''));

/** Whether the proposal's value is a lower-case kind (or a division in title case) described only by field words. */
export function describesField(value: string): boolean {
  const words = value.split(/[\s'’]+/u).filter((word) => word.length > 0);
  if (!OPENS_LOWER.test(value) && !namesDivision(words)) return false;
  if (!FIELD_DESCRIBED_HEADS.has(fold(words[0] ?? ''))) return false;
  // `le comité départemental de l'Économie sociale`: a kind and its scope name one body (scoped-body.ts).
  if (SCOPED_BODY_HEADS.has(words[0] ?? '') && SCOPE_ADJECTIVES.has(fold(words[1] ?? ''))) return false;
  let fieldNamed = false;
  for (const word of words.slice(1)) {
    const folded = fold(word);
    if (TIES.test(folded)) continue;
    // A lower-case word describes (`de développement`, `naval`); a capitalised one must be the field.
    if (OPENS_LOWER.test(word)) continue;
    if (!FIELD_WORDS.has(folded)) return false;
    fieldNamed = true;
  }
  return fieldNamed;
}

/**
 * `l'ESS`, `l'Économie Sociale et Solidaire`, `« Utilité Sociale »` (a prize's category, in quotes): the field
 * itself, every word a field word or a tie, written in any case, names no body. A body's name has a
 * type word or a word of its own (`ESS France`, `Chambre de l'ESS`).
 */
export function namesFieldOnly(value: string): boolean {
  // One pass that stops at the first word of no field (most values have one): the same answer as
  // folding every word, then asking that there be some and that every one be a field's.
  let fieldWords = 0;
  for (const word of value.split(/[\s'’]+/u)) {
    const folded = fold(word);
    if (folded.length === 0 || TIES.test(folded)) continue;
    if (!FIELD_WORDS.has(folded)) return false;
    fieldWords += 1;
  }
  return fieldWords > 0;
}

/** Every word of the type-word phrases (`communauté`, `agglomération`, `chantier`, `insertion`…), as written (singular). */
const KIND_WORDS: readonly string[] = ORGANISATION_HEADS.flatMap((head) => fold(head).split(/[\s'’]+/u)).filter((word) => word.length > 2 && !TIES.test(word));

/** The plurals of a kind's word: `-s`, `-x`, and `-aux` for a word in `-al` (`régional` → `régionaux`: `les Conseils régionaux`). */
const pluralsOf = (word: string): string[] => [`${word}s`, `${word}x`, ...(word.endsWith('al') ? [`${word.slice(0, -2)}aux`] : [])];

/** Every word of the type-word phrases, singular and plural. */
const KIND_VOCABULARY: ReadonlySet<string> = new Set(KIND_WORDS.flatMap((word) => [word, ...pluralsOf(word)]));

/** The plurals alone of the type-word phrases' words (`recycleries`, `associations`), not the words that merely end in `s` (`cress`). */
const KIND_PLURALS: ReadonlySet<string> = new Set(KIND_WORDS.flatMap(pluralsOf).filter((word) => !KIND_WORDS.includes(word)));

/**
 * `les Communautés d'Agglomération`, `2 Ateliers Chantiers d'Insertion`, `des Entreprises
 * Adaptées`: a kind in the plural, every other word a word of a type-word phrase or of the field,
 * is a class of bodies, not one of them. A name has a word of its own (`Ateliers du Bocage`) or
 * opens with its article (`Les Jardins Solidaires`).
 */
export function namesPluralKind(value: string): boolean {
  const words = value.split(/[\s'’]+/u).filter((word) => word.length > 0);
  const first = fold(words[0] ?? '');
  if (!/[sx]$/u.test(first) || !KIND_VOCABULARY.has(first)) return false;
  const content = words.map(fold).filter((word) => !TIES.test(word));
  return content.length >= 2 && content.every((word) => KIND_VOCABULARY.has(word) || FIELD_WORDS.has(word));
}

/**
 * `lone-plural-kind`: `les Ressourceries, Recycleries et ateliers`: one word, not in capitals, that is the plural of a
 * kind's word, proposed from its context (a list, a cue) names the kind's members, a class, not one of them. A name
 * read after its own type word (`l'association Espaces`) is that body's and is not judged here (see the decision),
 * nor is an acronym in capitals that ends in `s` (`CCAS`, `CRESS`).
 */
export function namesLonePluralKind(value: string): boolean {
  if (/[\s'’-]/u.test(value) || !/\p{Ll}/u.test(value)) return false;
  return KIND_PLURALS.has(fold(value));
}
