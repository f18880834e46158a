/**
 * Grouping mentions of one person or organisation across a corpus: a folded key for exact
 * grouping, and a fuzzy test for OCR variants (`Hémin-Carvin` vs `Hénin-Carvin`).
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { fold } from './pattern.js';
import type { MentionType } from './types.js';

const TITLES = new Set(['monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'mr', 'dr', 'docteur', 'pr', 'professeur', 'maitre']);
const ARTICLES = /^(?:(?:l|la|le|les|d|de la|du|des)\s+)+/u;
const LEGAL_FORMS = /^(?:association|societe|collectif|entreprise|structure)\s+/u;
/** `CRESS HDF` = `CRESS Hauts-de-France`. */
const REGION_SHORT_FORMS: readonly (readonly [string, string])[] = [
  ['hdf', 'hauts de france'],
  ['idf', 'ile de france'],
  ['aura', 'auvergne rhone alpes'],
  ['paca', "provence alpes cote d azur"],
];

/**
 * The key under which mentions of one person or organisation are grouped across the corpus:
 * accents, case and punctuation folded; titles dropped and name tokens sorted for people
 * (`BOUKHATEB Nordine` = `Nordine Boukhateb` = `Monsieur Nordine Boukhateb`); leading articles
 * and legal-form words dropped for organisations (`l'association Les Anges Gardins` = `Les
 * Anges Gardins` = `Anges Gardins`).
 */
export function entityKey(type: MentionType, value: string): string {
  const folded = fold(value).replace(/œ/gu, 'oe').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (type === 'person') {
    return folded
      .split(' ')
      .filter((token) => token.length > 0 && !TITLES.has(token))
      .sort()
      .join(' ');
  }
  if (type === 'organisation') {
    let key = ` ${folded} `;
    for (const [short, long] of REGION_SHORT_FORMS) key = key.replace(` ${short} `, ` ${long} `);
    key = key.trim();
    for (let previous = ''; previous !== key; ) {
      previous = key;
      key = key.replace(ARTICLES, '').replace(LEGAL_FORMS, '');
    }
    return key;
  }
  return folded;
}

/**
 * Whether two values name the same person or organisation despite OCR or spelling variants:
 * equal keys, or keys of similar length whose Jaro-Winkler similarity is at least 0.94 (people:
 * every sorted token must match that closely, so `Jean Martin` ≠ `Jeanne Martin` stays apart).
 */
export function sameEntity(type: MentionType, a: string, b: string): boolean {
  const keyA = entityKey(type, a);
  const keyB = entityKey(type, b);
  if (keyA === keyB) return true;
  if (keyA.length < 5 || keyB.length < 5) return false;
  if (type === 'person') {
    if (sameByInitials(a, b)) return true;
    const tokensA = keyA.split(' ');
    const tokensB = keyB.split(' ');
    if (tokensA.length !== tokensB.length) return false;
    return tokensA.every((token, index) => {
      const other = tokensB[index] ?? '';
      return token === other || (token.length > 3 && jaroWinkler(token, other) >= 0.92 && Math.abs(token.length - other.length) <= 1);
    });
  }
  if (Math.abs(keyA.length - keyB.length) > Math.max(2, keyA.length * 0.1)) return false;
  return jaroWinkler(keyA, keyB) >= 0.94;
}

/** `P. Kerdoncuff` = `Pascal Kerdoncuff`, `JL Carrette` = `Jean-Luc Carrette`: initials of the first name. */
function sameByInitials(a: string, b: string): boolean {
  const split = (value: string): { initials: string; surname: string } | null => {
    const match = /^(?<first>.+?)\s+(?<surname>\S+)$/u.exec(value.trim());
    if (match === null) return null;
    const first = match.groups?.['first'] ?? '';
    const letters = first.split(/[\s.-]+/u).filter((part) => part.length > 0).map((part) => part.charAt(0)).join('');
    const initials = /^(?:\p{Lu}\.?\s*-?){1,3}$|^\p{Lu}{2}$/u.test(first) ? first.replace(/[^\p{Lu}]/gu, '') : letters.toUpperCase();
    return { initials: fold(initials), surname: entityKey('person', match.groups?.['surname'] ?? '') };
  };
  const left = split(a);
  const right = split(b);
  if (left === null || right === null || left.surname !== right.surname || left.surname.length < 3) return false;
  const shorter = left.initials.length <= right.initials.length ? left.initials : right.initials;
  const longer = shorter === left.initials ? right.initials : left.initials;
  return shorter.length > 0 && longer.startsWith(shorter) && (isInitialsOnly(a) || isInitialsOnly(b));
}

function isInitialsOnly(value: string): boolean {
  return /^(?:\p{Lu}\.?\s*-?){1,3}\s+\S+$/u.test(value.trim()) || /^\p{Lu}{2}\s+\S+$/u.test(value.trim());
}
