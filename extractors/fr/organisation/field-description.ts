/**
 * `le pôle de développement de l'ESS`, `un chantier naval de l'Économie sociale`, `son pôle
 * Insertion par l'Activité Économique`, `le club des collectivités engagées pour l'ESS`: a kind
 * written in lower case whose only capitalised words name the field it works in describes a
 * thing; it names no body. A name after the kind (`le pôle Sud Ouest`, `le réseau Cocagne`)
 * has a word that is no field word, and stays.
 */
import { fold } from '../../core/pattern.js';
import { FIELD_DESCRIBED_HEADS, FIELD_WORDS } from '../lexicon/field-words.js';

/** Articles and prepositions that tie the words of a description. */
const TIES = /^(?:de|du|des|d|l|la|le|les|pour|par|et|en|au|aux|a|sur|dans)$/u;

/** Whether the proposal's value is a lower-case kind described only by field words. */
export function describesField(value: string): boolean {
  if (!/^\p{Ll}/u.test(value)) return false;
  const words = value.split(/[\s'’]+/u).filter((word) => word.length > 0);
  if (!FIELD_DESCRIBED_HEADS.has(fold(words[0] ?? ''))) return false;
  let fieldNamed = false;
  for (const word of words.slice(1)) {
    const folded = fold(word);
    if (TIES.test(folded)) continue;
    // A lower-case word describes (`de développement`, `naval`); a capitalised one must be the field.
    if (/^\p{Ll}/u.test(word)) continue;
    if (!FIELD_WORDS.has(folded)) return false;
    fieldNamed = true;
  }
  return fieldNamed;
}
