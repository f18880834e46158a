/**
 * Proposals whose words say what they name, and it is no body (guards of organisation/decision-guards.ts):
 * - `work-site`: `un chantier de rénovation du collège`, `le chantier de Léonie`: `chantier` in lower case, then `de` and
 *   a lower-case noun (what is built or repaired) or a first name (whose house it is), names a building site, not a
 *   work-integration body (`chantier d'insertion`, `chantier école` are kinds of body and keep their rule).
 * - `area-designation`: `l'Espace Naturel Sensible du Bois Joli`, `la Réserve naturelle du Marais`: an area's legal
 *   designation (lexicon/place-heads.ts `AREA_DESIGNATIONS`) opening the proposal names a protected place.
 * - `historic-event`: `la Seconde Guerre mondiale`, `la Grande Guerre`: a capitalised run that is a historic period
 *   (lexicon/event-nouns.ts `HISTORIC_EVENTS`).
 * - `named-thing`: `pendant la pandémie de Covid`, `une partie de Monopoly`, `un stage de Djembé`: a proposal that is
 *   exactly a disease's, a game's or a toy's, or a musical instrument's name (lexicon/named-things.ts `NAMED_THINGS`)
 *   names a thing, no body.
 * - `generic-facility`: `dans la Maison des Associations`, `l'École de Natation`, `au Centre de Loisirs`: a proposal that
 *   is exactly a facility every town or club has one of (lexicon/generic-facilities.ts `GENERIC_FACILITIES`) names a
 *   room, a service or a section, no body.
 * - `religious-title`: `Père Anselme`, `Sœur Odile`: a religious title (lexicon/titles.ts `RELIGIOUS_TITLES`) before
 *   one or two capitalised words, the first a first name, is a person.
 * - `titled-person`: `Mme TRAVELIN`, `Mesdames KERBOL et …`: one or two capitalised words right after a civil title or
 *   a form of address (lexicon/titles.ts `TITLES`, `ADDRESS_FORMS`, in the text before or opening the value) are a
 *   person's surname, whichever rule read them (an acronym in capitals, a capitalised run in a list of staff).
 */
import { alternation, fold } from '../../core/pattern.js';
import { AREA_DESIGNATIONS } from '../lexicon/place-heads.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { HISTORIC_EVENTS } from '../lexicon/event-nouns.js';
import { NAMED_THINGS } from '../lexicon/named-things.js';
import { GENERIC_FACILITIES } from '../lexicon/generic-facilities.js';
import { ADDRESS_FORMS, RELIGIOUS_TITLES, TITLES } from '../lexicon/titles.js';
import { isFirstName } from '../names.js';

/** Lower-case `chantier(s)`, `de`/`du`/`des`/`d'` (maybe `la`/`l'`), then the next word. */
const SITE_THEN = /^(?:(?:le|la|les|l['’]|un|une|des)[ \t]+)?chantiers?[ \t]*\n?[ \t]*(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|d['’]|de|du|des)[ \t]*\n?[ \t]*(?<word>\p{L}[\p{L}'’-]*)/u;
/** Words after `chantier de` that make a kind of body, not a site. */
const BODY_SITE_WORDS: ReadonlySet<string> = new Set(['insertion', 'ecole', 'jeunes', 'jeunesse', 'solidarite']);

/** Whether a proposal's value names a building site (see the file's comment): `chantier de rénovation du collège`. */
export function namesWorkSite(value: string): boolean {
  const word = SITE_THEN.exec(value.trim())?.groups?.['word'];
  if (word === undefined || BODY_SITE_WORDS.has(fold(word))) return false;
  return /^\p{Ll}/u.test(word) || isFirstName(word);
}

/** A value's folded form: no accents, one space between words, no leading article, no trailing punctuation. */
const folded = (value: string): string =>
  fold(value).replace(/’/gu, "'").replace(/\s+/gu, ' ').trim().replace(/^(?:(?:le|la|les) |l')/u, '').replace(/[\s.,;:!?»”"]+$/u, '');

const AREA_OPENING = new RegExp(`^${alternation(AREA_DESIGNATIONS)}(?![\\p{L}\\p{N}])`, 'u');

/** A body's type word right before (`l'association Réserves naturelles de France`): the designation is its name's. */
const BODY_HEAD_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(ORGANISATION_HEADS)}[ \\t]*\\n?[ \\t]*[«"“]?[ \\t]*$`, 'iu');

/**
 * Whether a proposal's value opens on an area's designation (`Espace Naturel Sensible de la Combe`) and no body's type
 * word stands right before it in `text` (a body named after the areas it looks after keeps its name).
 */
export const namesAreaDesignation = (text: string, start: number, value: string): boolean =>
  AREA_OPENING.test(folded(value)) && !BODY_HEAD_BEFORE.test(text.slice(Math.max(0, start - 40), start));

const EVENTS: ReadonlySet<string> = new Set(HISTORIC_EVENTS);

/** Whether a proposal's value is a historic period: `Seconde Guerre mondiale`. */
export const namesHistoricEvent = (value: string): boolean => EVENTS.has(folded(value));

const THINGS: ReadonlySet<string> = new Set(NAMED_THINGS);

/** Whether a proposal's value is exactly a disease's, a game's or an instrument's name: `Covid`, `Monopoly`, `Djembé`. */
export const namesThing = (value: string): boolean => THINGS.has(folded(value));

const FACILITIES: ReadonlySet<string> = new Set(GENERIC_FACILITIES);

/** Whether a proposal's value is exactly a facility every town or club has: `Maison des Associations`, `Centre de Loisirs`. */
export const namesGenericFacility = (value: string): boolean => FACILITIES.has(folded(value));

/** A religious title, then one or two capitalised words (the first one's letters only). */
const TITLE_THEN = new RegExp(`^(?:(?:le|Le|la|La)[ \\t]+)?${alternation(RELIGIOUS_TITLES)}[ \\t]*\\n?[ \\t]*(?<first>\\p{Lu}\\p{Ll}+)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?$`, 'u');

/** Whether a proposal's value is a religious title and a person's first name: `Père Anselme`. */
export function namesReligiousPerson(value: string): boolean {
  const first = TITLE_THEN.exec(value.trim())?.groups?.['first'];
  return first !== undefined && isFirstName(first);
}

/** A civil title or a form of address, any case for the long forms (`Mme`, `M.`, `Madame`, `MESDAMES`). */
const CIVILITY = `(?:${alternation([...TITLES])}|${alternation(ADDRESS_FORMS.map((form) => form.charAt(0).toUpperCase() + form.slice(1)))}|${alternation(ADDRESS_FORMS.map((form) => form.toUpperCase()))})`;
/** One or two capitalised words (a surname, maybe in capitals), nothing else. */
const SURNAME_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?`;
const TITLE_OPENING = new RegExp(`^${CIVILITY}[ \\t]*\\n?[ \\t]*${SURNAME_WORDS}$`, 'u');
const SURNAME_ONLY = new RegExp(`^${SURNAME_WORDS}$`, 'u');
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${CIVILITY}[ \\t]*\\n?[ \\t]*$`, 'u');

/** Whether a proposal is a person's surname after a civil title (see the file's comment): `Mme TRAVELIN`. */
export function namesTitledPerson(text: string, start: number, value: string): boolean {
  const trimmed = value.trim();
  if (TITLE_OPENING.test(trimmed)) return true;
  return SURNAME_ONLY.test(trimmed) && TITLE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
