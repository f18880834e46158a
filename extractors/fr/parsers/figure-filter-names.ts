/**
 * Filters of `fr.figure.filter` for numbers that belong to a name or an address: `Atelier 42`,
 * `Les 3 Chênes`, `Sept Vallées`, `du 93`, `12 rue des Lilas`, `4 NOYON (60)`, masked digits.
 */
import { STREET_WORDS } from '../lexicon/street-words.js';
import { COUNTED_NOUNS } from '../lexicon/units.js';
import type { FigureFilter } from './figure-filter.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

const ACRONYM_UNIT = /^\p{Lu}{2,6}s?$/u;
/** A capitalised word right before the number (`Atelier 42`, `Pays Basque 64`). */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+[ \t]+$/u;
/** Sentence-opening words that are capitalised without being part of a name. */
const OPENING_WORDS = /(?:^|[^\p{L}])(?:Les|Des|Nos|Vos|Ses|Leurs|Ces|Plus|Moins|Environ|Près|Soit|Dont|Avec|Sur|Pour|Par|Et|Au|Aux|En|Entre|Déjà|Quelque|Quelques|Plusieurs|Total|Objectif|Objectifs)[ \t]+$/u;

export const maskedFilter: FigureFilter = {
  id: 'fr.figure.filter.masked',
  reason: 'digits masked with `XX` are a hidden phone or code',
  rejects: (p) => p.unitWord !== undefined && /^x+$/iu.test(p.unitWord),
};

export const departmentFilter: FigureFilter = {
  id: 'fr.figure.filter.department',
  reason: 'two digits after `du`/`le`/`dans le` name a department (`les cantines du 93 ont`)',
  rejects: (p) =>
    p.unitWord !== undefined && p.digits !== undefined && /^\d{2}$/u.test(p.digits) &&
    /(?:^|[^\p{L}])(?:du|le|dans le)[ \t]+$/iu.test(p.before) && p.singular === p.unitLower && !COUNTED_NOUNS.has(p.unitLower),
};

export const streetFilter: FigureFilter = {
  id: 'fr.figure.filter.street',
  reason: 'a street number (`7 rue des Tanneurs`)',
  rejects: (p) =>
    STREET_WORDS.has(p.unitLower) && /^[ \t]+(?:(?:de|du|des|d'|de la)[ \t]*)?\p{Lu}/u.test(p.text.slice(p.end, p.end + 12)),
};

/**
 * `l'Atelier 42 accueille`, `Vallée Haute 12 organise`, `Collectif 7 Collines`: a number after a
 * capitalised word, before a verb (a counted noun after 2 or more is plural) or before another
 * capitalised word, is part of a name.
 */
function insideName(p: Parameters<FigureFilter['rejects']>[0]): boolean {
  if (p.kind !== 'noun' && p.kind !== 'adjective') return false;
  if (p.unitWord === undefined || !CAPITALISED_BEFORE.test(p.before)) return false;
  if (OPENS_UPPER.test(p.unitWord) && !ACRONYM_UNIT.test(p.unitWord)) return true;
  return !OPENING_WORDS.test(p.before) && p.value >= 2 && p.singular === p.unitLower && !COUNTED_NOUNS.has(p.unitLower);
}

export const insideNameFilter: FigureFilter = {
  id: 'fr.figure.filter.inside-name',
  reason: 'a number inside a name (`Atelier 42`, `Collectif 7 Collines`)',
  rejects: insideName,
};

/**
 * A capitalised number word that opens no sentence: a lower-case word or a comma before it on its
 * line, or an article or preposition before it across a line break (`au rond-point des Quatre
 * chemins`, `la ferme des Trois moulins`).
 */
const MID_SENTENCE = /(?:[\p{Ll},'’][ \t]*|(?:^|[^\p{L}])(?:des|aux|du|de|les|la|le)[ \t\n]+)$/u;

export const numberWordNameFilter: FigureFilter = {
  id: 'fr.figure.filter.number-word-name',
  reason: 'a capitalised number word before a capitalised noun (`Les Trois Rivières`) or inside a sentence (`des Quatre chemins`) is a name',
  rejects: (p) =>
    p.kind === 'noun' && p.words !== undefined && OPENS_UPPER.test(p.words) && (OPENS_UPPER.test(p.unitWord ?? '') || MID_SENTENCE.test(p.before)),
};

export const placeDepartmentFilter: FigureFilter = {
  id: 'fr.figure.filter.place-department',
  reason: 'a list number before a place with its department code (`4 NOYON (60)`)',
  rejects: (p) => p.kind === 'noun' && /^[ \t]*\(\d{2,3}\)/u.test(p.text.slice(p.unitEnd, p.unitEnd + 7)),
};
