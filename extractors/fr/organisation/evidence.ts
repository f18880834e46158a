/**
 * Named evidence for and against a candidate organisation name. Each feature is a small
 * predicate; `score.ts` weighs the ones that fire. The names are what the review app shows as
 * "why" (they are stored with the mention).
 */
import { alternation, fold } from '../../core/pattern.js';
import { memoised } from '../../core/memo.js';
import { PERSON_ROLES } from '../lexicon/organisation-cues.js';
import { isDistinctiveName } from './distinctive-name.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { MONTHS } from '../lexicon/months.js';
import { NAME_CONNECTORS, PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { TITLES } from '../lexicon/titles.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { FORMER_REGIONS, LAND_NOUNS, STREET_BEFORE_NAME } from '../lexicon/territory-words.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isCountryName } from '../lexicon/countries.js';
import { isFirstName, isSurnameCandidate } from '../names.js';
import type { NameCandidate } from './candidates.js';
import { DEPARTMENT_NUMBER, POSTCODE } from '../patterns.js';
import { capitalMidSentence } from './capital-mid-sentence.js';
import { mayCloseName } from './name-continuation.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

export type Evidence =
  | 'list-with-organisation'
  | 'list-cue'
  | 'list-siblings'
  | 'long-list'
  | 'place-dash-line'
  | 'quoted-name'
  | 'after-cue-word'
  | 'article-mid-sentence'
  | 'region-bracket'
  | 'possessive-role'
  | 'kind-example'
  | 'verb-subject'
  | 'cleft-subject'
  | 'coordinated'
  | 'kind-after'
  | 'dash-kind'
  | 'kind-quoted'
  | 'title-run'
  | 'plain-title-run'
  | 'person-affiliation'
  | 'attendance'
  | 'award-winner'
  | 'credit-line'
  | 'after-preposition'
  | 'kind-before'
  | 'heading-repeated'
  | 'capitalised-kind'
  | 'kind-then-name'
  | 'press-cue'
  | 'meeting-of'
  | 'person-named'
  | 'entry-line'
  | 'list-head'
  | 'bracket-name'
  | 'coined-name'
  | 'paired-name'
  | 'lower-brand'
  | 'article-coined'
  | 'numbered-name'
  | 'department-numbered'
  | 'number-pair'
  | 'sentence-case-place'
  | 'role-after'
  | 'distinctive-word'
  | 'title-case'
  | 'coined-word'
  | 'capitalised-article'
  | 'known-name'
  | 'person-like'
  | 'place'
  | 'place-siblings'
  | 'person-siblings'
  | 'place-context'
  | 'common-word'
  | 'capital-mid-sentence'
  | 'calendar-word'
  | 'glued-article'
  | 'lower-word-after'
  | 'name-before';

const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.map((title) => fold(title).replace(/\.$/u, '')));
const CALENDAR = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map(fold));

function words(name: string): string[] {
  return name.match(/\S+/gu) ?? [];
}

/** The first word opens on a capital, after any white space. */
const OPENS_ON_CAPITAL = /^\s*\p{Lu}/u;
/**
 * Whether the candidate is shaped like a name: capitalised words, numbers and a few lower-case
 * connectors (`Brocante Solidaire du Val`, `Atelier 57`), opening and closing on a capital or a
 * number. A lower-case word that is no connector makes it a phrase (`il a été labellisé`).
 */
export function isNameShaped(name: string): boolean {
  if (!OPENS_ON_CAPITAL.test(name)) return false; // the first word must open on a capital: a cheap test first
  return capitalisedShape(name);
}

/** `isNameShaped` past its first test, kept by name: the proposers and the refiner ask it of the same items. */
const capitalisedShape = memoised((name: string): boolean => {
  const list = words(name);
  if (list.length === 0 || list.length > 8) return false;
  // `L'étude`, `D'abord`: an elided article before a lower-case word is a common noun or an adverb opening a sentence, no capitalised word.
  const capitalised = (word: string): boolean => (/^[\p{Lu}\p{N}]/u.test(word) && !/^[LD]['’]\p{Ll}/u.test(word)) || /^[a-z]'\p{Lu}/u.test(word);
  const first = list[0] ?? '';
  if (!OPENS_UPPER.test(first) || !capitalised(list[list.length - 1] ?? '') || PHRASE_OPENERS.has(fold(first))) return false;
  if (/\bcedex\b/iu.test(name)) return false;
  if (!list.some((word) => OPENS_UPPER.test(word))) return false;
  return list.every((word) => capitalised(word) || NAME_CONNECTORS.has(word.toLowerCase()) || /^[dl]'\p{L}/u.test(word));
});

/**
 * A name written between quotes after a kind or an award word (`le tiers-lieu « Le Jardin d'en
 * face »`, `prix pour « Trokalis écotri »`): the quotes bound it, so lower-case words may be in it;
 * it opens on a capital (or an elided article before a letter) and is at most six words.
 */
export function isQuotedName(name: string): boolean {
  const list = words(name);
  return list.length >= 1 && list.length <= 6 && /^(?:\p{Lu}|[lL]['’]\p{L})/u.test(name) && !/[.:;!?]$/u.test(name) && !NAME_CONNECTORS.has(fold(list[list.length - 1] ?? ''));
}

/** A word opening on a capital, maybe after an elided article (`d'Argile`). */
const CAPITALISED_WORD = /^(?:[dl]['’])?\p{Lu}/u;
/** The capitalised words that carry the name (a leading article dropped). */
function nameWords(name: string): string[] {
  // `Terre d'Argile`: an elided article before a capital keeps the word a name's.
  return words(name).filter((word, index) => CAPITALISED_WORD.test(word) && !(index === 0 && /^(?:La|Le|Les|L')$/u.test(word)));
}

/** `Colette Brunner`, `Jean-Marc Petit`, `Mme Rose Petit`: a person's name. */
function personLike(name: string): boolean {
  const all = words(name);
  // `Mme Rose Petit`, `M. Durand`: a title opens a person's name.
  if (all.length >= 2 && TITLE_WORDS.has(fold(all[0] ?? '').replace(/\.$/u, ''))) return true;
  const list = all;
  if (list.length < 2 || list.length > 4) return false;
  return isFirstName(list[0] ?? '') && list.slice(1).every((word) => isSurnameCandidate(word) || isFirstName(word));
}

const CODE_HEAD_WORDS: ReadonlySet<string> = new Set(CODE_HEADS.map(fold));
/**
 * `Entraide 71`, `Tremplin 52`: one capitalised word and a department's number name a local body or
 * branch, and the word alone is no common word there; not a reference or a step (`Article 12`,
 * `Axe 2`, `lexicon/code-heads.ts`) nor a place's district (`Paris 13`).
 */
const WORD_THEN_DEPARTMENT = new RegExp(`^(?<word>\\p{Lu}[\\p{L}'’-]+)[ \\t]+${DEPARTMENT_NUMBER}$`, 'u');
function departmentNumbered(name: string): boolean {
  const word = WORD_THEN_DEPARTMENT.exec(name)?.groups?.['word'];
  return word !== undefined && !CODE_HEAD_WORDS.has(fold(word)) && !isPlaceName(word) && !CALENDAR.has(fold(word));
}

/** `Pays de la Vallée Haute`, `Pays de Vaudrelle en Normandie`: a `pays` (a territory) and its name, nothing else. */
const PAYS = /^(?:Le[ \t]+)?Pays[ \t]+(?:de|du|des|d['’])[ \t]*(?:(?:la|le|les|l['’])[ \t]*)?(?:\p{Lu}[\p{L}'’-]*[ \t]*){1,3}(?:en[ \t]+\p{Lu}[\p{L}-]+)?$/u;

/**
 * Whether `name` is a place: a commune, department or region (`place`), a country (lexicon/countries.ts), also written with spaces for
 * its hyphens or with `St` for `Saint` (`Le Val de Marne`, `La Chapelle St-Mesmin`), a former
 * region, or a `pays` and its name whose last word is no common word (`Pays de Vaudrelle Services` is a body).
 */
export function isPlaceLike(name: string): boolean {
  const main = nameWords(name);
  if (isPlaceName(name) || (main.length === 1 && isPlaceName(main[0] ?? '')) || isCountryName(name)) return true;
  const joined = name.trim().replace(/\bSt(?:[ \t]+|-)/gu, 'Saint-').replace(/[ \t]+/gu, '-');
  const bare = joined.replace(/^(?:Le|La|Les)-/u, '');
  const spacedArticle = joined.replace(/^(Le|La|Les)-/u, '$1 ');
  if (isPlaceName(joined) || isPlaceName(bare) || isPlaceName(spacedArticle) || FORMER_REGIONS.has(fold(bare))) return true;
  if (!PAYS.test(name.trim())) return false;
  // Read only for a `pays`: a pattern anchored at the end is tried from every position of the name.
  const last = /(?<word>\p{L}[\p{L}'’-]*)\s*$/u.exec(name)?.groups?.['word'] ?? '';
  return isPlaceName(last) || !isCommonWord(last);
}

/** A noun, then `de`/`du`/`des`/`d'` (and `la`/`l'`), right before the name: `bassin de`, `quartier de la`, `versants de l'`. */
const NOUN_OF_BEFORE = /(?<noun>\p{L}[\p{L}-]*)[ \t]*\n?[ \t]*(?:de|du|des|d['’])(?:[ \t]*\n?[ \t]*(?:la[ \t]+|l['’]))?[ \t]*\n?[ \t]*$/u;
/** A street word in lower case right before the name, maybe over a line break (`rue⏎Louis Pasteur`). */
const STREET_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(STREET_BEFORE_NAME)}\\.?[ \\t]*\\n?[ \\t]*$`, 'u');
/** A postcode and a town after a comma, on the name's line (`La Grange, 72000 Le Mans`). */
const POSTCODE_AFTER = new RegExp(`^[ \\t]*,[ \\t]*${POSTCODE}[ \\t]+\\p{Lu}`, 'u');
/** A postcode opening the name's line, or after a comma, right before it (`⏎18000 Bourges`). */
const POSTCODE_BEFORE = new RegExp(`(?:^|\\n|,)[ \\t]*${POSTCODE}[ \\t]+$`, 'u');

/**
 * `place-context`: the words around the name make it a place's: a noun of the land or of a town's
 * parts and `de` before it (`le bassin de Vilaret`, `dans le quartier de la Grange`), a street word
 * (`rue⏎Louis Pasteur`), or a postcode beside it in an address (`La Grange, 72000 Le Mans`,
 * `18000 Bourges`).
 */
function placeContext(before: string, after: string): boolean {
  const noun = NOUN_OF_BEFORE.exec(before)?.groups?.['noun'];
  if (noun !== undefined && LAND_NOUNS.has(fold(noun).replace(/(?<=[^s])s$/u, ''))) return true;
  return STREET_BEFORE.test(before) || POSTCODE_AFTER.test(after) || POSTCODE_BEFORE.test(before);
}

/** An elision whose apostrophe OCR lost, before a vowel: `L`/`D` and a lower-case word of five letters or more. */
const GLUED_ELISION = /^[LD](?<rest>[aeiouyhéèêâîôû]\p{Ll}{4,})$/u;
/** An article or `de` glued to the next word: `La`/`Le`/`De` and a lower-case word of six letters or more. */
const GLUED_WORD_ARTICLE = /^(?:La|Le|De)(?<rest>\p{Ll}{6,})$/u;

/**
 * `glued-article`: the name's first word is an article or an elision OCR glued to a common noun
 * (`Lentreprise accueille…`, `Dailleurs, …`, `Lastructure organise…`): a sentence's first words read
 * as a name. The rest must be a dictionary word and the whole none, nor a place, a first name or a frequent
 * surname (`Laval`, `Lenoir`); brands glued that way keep a short rest (`Legrand`, `Laposte`: five letters).
 */
function gluedArticle(name: string): boolean {
  const first = /^\p{Lu}\p{Ll}+/u.exec(name.trim())?.[0] ?? '';
  // `Lastructure` reads as `L` + `astructure` too: either split may be the one.
  const rests = [GLUED_ELISION.exec(first)?.groups?.['rest'], GLUED_WORD_ARTICLE.exec(first)?.groups?.['rest']];
  if (!rests.some((rest) => rest !== undefined && isCommonWord(rest)) || isCommonWord(first.toLowerCase())) return false;
  return !isPlaceName(first) && !isFirstName(first) && !isSurname(first);
}

/** A capital inside a word: after a lower-case letter, or after an apostrophe past two letters. */
const INNER_CAPITAL = /\p{L}{2}['’]\p{Lu}|\p{Ll}\p{Lu}/u;
/** The features read from the candidate's name (and, for a capital mid-sentence, the text `before` and `after` it). */
function nameEvidence(name: string, before: string, after: string, affiliation = false): Evidence[] {
  const found: Evidence[] = [];
  const main = nameWords(name);
  if (isDistinctiveName(name)) found.push('distinctive-word');
  if (main.length >= 2) found.push('title-case');
  // `Coop'Fer`, `Brie'Nov`, `PoleS`, `AlterEgo`: a capital inside a word is a coined name.
  // An elided article (`l'Étang`, `D'ANIMATION`) is no coinage.
  const coined = INNER_CAPITAL.test(name);
  if (coined) found.push('coined-word');
  // `La Ruche`, `L'Atelier 3B`: an article written with a capital opens a name.
  const article = /^(?:(?:La|Le|Les|L')\s|L['’]\p{Lu})/u.test(name);
  if (article) found.push('capitalised-article');
  if (personLike(name)) found.push('person-like');
  if (isPlaceLike(name)) found.push('place');
  const numbered = departmentNumbered(name);
  if (numbered) found.push('numbered-name');
  if (main.length === 1 && !coined && !article && !numbered && (isCommonWord(main[0] ?? '') || CAPITALISED_NON_NAMES.has(fold(main[0] ?? '')))) {
    // `qui réunit Girouette, le…`: a common word with a capital inside a sentence is written as a name (capital-mid-sentence.ts).
    const ownArticle = LOWER_ARTICLE_OPENING.exec(name)?.[0] ?? '';
    // After a person, only a name of that one word (`le Premier ministre` holds a lower-case word: a role).
    const alone = words(name.slice(ownArticle.length)).length === 1;
    found.push(capitalMidSentence(main[0] ?? '', before + ownArticle, after, affiliation && alone) ? 'capital-mid-sentence' : 'common-word');
  }
  if (main.some((word) => CALENDAR.has(fold(word)))) found.push('calendar-word');
  if (gluedArticle(name)) found.push('glued-article');
  return found;
}

/** A lower-case singular article opening the candidate (`la Louve` read with its article). */
const LOWER_ARTICLE_OPENING = /^(?:(?:le|la)[ \t]+|l['’])(?=\p{Lu})/u;

/** A lower-case word right after the name, on its line or the next (`…⏎numérique`). */
const LOWER_WORD_AFTER = /^[ \t]*\n?[ \t]*(?<word>\p{Ll}+(?:[-'’]\p{Ll}+)*)(?![\p{L}\p{N}])/u;

/**
 * `l'association L'Ecloserie numérique ouvre…`, `…publicité L'Economie circulaire`: one capitalised word
 * (an article aside), then a lower-case noun or adjective, no verb nor function word (name-continuation.ts
 * `mayCloseName`). French writes names in sentence case: the name goes on in lower case, or the words are a
 * phrase of the sentence; the capitalised word alone is no name either way. After a verb
 * (`Kalimba recrute`) or a preposition (`Kalimba dans`) the capitalised word stands alone.
 */
function lowerWordAfter(candidate: NameCandidate, after: string): boolean {
  if (candidate.continuation !== undefined || nameWords(candidate.name).length !== 1) return false;
  const word = LOWER_WORD_AFTER.exec(after)?.groups?.['word'];
  return word !== undefined && mayCloseName(word);
}

/**
 * A capitalised word, then `du`, `des`, `de la`, `de l'`, `d'`, or `pour`/`par` and an article, right before the
 * name (`…la Fédération pour la Jeunesse Rurale Active`, `Rencontre du Grand Ouest`): the capitalised words go on
 * from before the connector, so the candidate is the tail of a longer name or title. What stands before the word
 * is read too: at a sentence's start a capital says nothing (`Lors de la`, `Depuis la`).
 */
const NAME_BEFORE_CONNECTOR =
  /(?<lead>[^ \t\n]?)[ \t]*\n?[ \t]*(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*[ \t]*\n?[ \t]*(?:(?:pour|par)[ \t]*\n?[ \t]*(?:la|le|les|l['’])|du|des|de[ \t]*\n?[ \t]*(?:la|l['’])|d['’])[ \t]*\n?[ \t]*$/u;

/**
 * Sources proposing a name after a person's (`Anne Morel d'Inserbois`) or a role's (`Directrice d'ïbrak`, lower-brand.ts):
 * the capitalised word before the connector is the person's or the role's, the name their body; so is a meeting's
 * (`Assemblée Générale des X`, meeting-of.ts).
 */
const AFTER_PERSON_SOURCES: ReadonlySet<NameCandidate['source']> = new Set(['person-affiliation', 'attendance', 'lower-brand', 'meeting-of']);

/** Whether the candidate goes on a capitalised name begun before it (`NAME_BEFORE_CONNECTOR`), not at a sentence's start. */
function nameBefore(candidate: NameCandidate, before: string): boolean {
  if (AFTER_PERSON_SOURCES.has(candidate.source)) return false;
  const lead = NAME_BEFORE_CONNECTOR.exec(before)?.groups?.['lead'];
  return lead !== undefined && lead !== '' && !/[.!?:;]/u.test(lead);
}

/** `Rose Petit, vice-présidente de…`: a person's role right after the name. */
const ROLE_AFTER = new RegExp(`^[ \\t]*,?[ \\t\\n]*(?:${alternation(PERSON_ROLES)})(?![\\p{L}])`, 'iu');

/** The evidence a name read from its sentence is by its source (name-candidates.ts), listed before the list's evidence. */
const SENTENCE_SOURCE_EVIDENCE: Partial<Record<NameCandidate['source'], readonly Evidence[]>> = {
  'article-name': ['article-mid-sentence'],
  'kind-example': ['kind-example'],
  'verb-subject': ['verb-subject'],
  'cleft-subject': ['cleft-subject'],
  coordinated: ['coordinated'],
  'kind-after': ['kind-after'],
};

/** The evidence a proposer family's source is by itself (one file per family, see candidates.ts). */
const SOURCE_EVIDENCE: Partial<Record<NameCandidate['source'], readonly Evidence[]>> = {
  'region-bracket': ['region-bracket'],
  'possessive-role': ['possessive-role'],
  'person-affiliation': ['person-affiliation'],
  attendance: ['attendance'],
  'award-winner': ['award-winner'],
  'award-quoted': ['award-winner', 'quoted-name'],
  'credit-line': ['credit-line'],
  'after-preposition': ['after-preposition'],
  'kind-before': ['kind-before'],
  'heading-repeated': ['heading-repeated'],
  'capitalised-kind': ['capitalised-kind'],
  'kind-then-name': ['kind-then-name'],
  'press-cue': ['press-cue'],
  'meeting-of': ['meeting-of'],
  'person-named': ['person-named'],
  'entry-line': ['entry-line'],
  'list-head': ['list-head'],
  'bracket-name': ['bracket-name'],
  'coined-name': ['coined-name'],
  'paired-name': ['paired-name'],
  'lower-brand': ['lower-brand'],
  'article-coined': ['article-coined'],
  'department-numbered': ['department-numbered'],
  'number-pair': ['number-pair'],
  'sentence-case-place': ['sentence-case-place'],
};

/** Sources whose name is a capitalised type word and a lower-case description (no `common-word`). */
const DESCRIBED_SOURCES: ReadonlySet<NameCandidate['source']> = new Set(['capitalised-kind']);
/**
 * Sources whose capitalised words are what bounds the name (number-pair.ts: a kind before, a territory after;
 * sentence-case-place.ts: a common word, then its town): no `place`, no `common-word`.
 */
const BOUNDING_WORD_SOURCES: ReadonlySet<NameCandidate['source']> = new Set(['number-pair', 'sentence-case-place', 'press-cue']);

/** The text before the name that says whether its capital is a name's (`le groupe Avenir`: after a kind the capital is what kind-then-name.ts looked for, no evidence beyond it). */
function capitalContext(candidate: NameCandidate, before: string): string {
  return candidate.source === 'kind-then-name' ? '' : before;
}

/** What the other items of the candidate's list say: most kept as organisations, most places, or most people. */
function siblingEvidence(siblingsKept: boolean, placeSiblings: boolean, personSiblings: boolean | undefined): Evidence[] {
  const found: Evidence[] = [];
  if (siblingsKept) found.push('list-siblings');
  if (placeSiblings) found.push('place-siblings');
  if (personSiblings === true) found.push('person-siblings');
  return found;
}

/**
 * `dash-kind`: `Kalvoisin – Coopérative d'activités…`, `Paul Roy, Brenvac – entreprise de…`: a spaced dash, then the kind
 * of structure with no article (name-candidates.ts `kindAfterNames`; an article after the dash opens another entry) is an
 * entry's label saying what the name is, firmer than a comma, which may close a clause before an apposition.
 */
const SPACED_DASH_AFTER = /^[ \t]+[-–—][ \t]/u;

/** A capitalised word of four letters or more ending in `s` or `x`: a plural (`Affaires`, `Locaux`), or a word that may be one. */
const PLURAL_CAPITALISED = /^\p{Lu}\p{L}{2,}[sx]$/u;
/** An acronym in brackets right after the name (`… (CFL)`). */
const ACRONYM_IN_BRACKETS_AFTER = /^[ \t]*\([ \t]*\p{Lu}{2,}/u;
/** `et` or `&` between two capitalised words: two things or fields named side by side. */
const CAPITALS_JOINED = /\p{Lu}[\p{L}'’-]*[ \t\n]+(?:et|&)[ \t\n]+(?:(?:la|le|les|l['’])[ \t]*)?\p{Lu}/u;

/**
 * `plain-title-run`: a title run (name-candidates.ts) of three capitalised words or more, none of them distinctive
 * (distinctive-name.ts: each a common word, a place or a given name), with a plural among them or two of them joined
 * by `et` (`les Circuits Courts Alimentaires`, `la Commission des Finances Locales`, `l'Habitat et Logement Social`).
 * Such capitals in prose name a class of things, a field or a service of a larger body as often as a body: a
 * body's name of common words is most often one singular head and its qualifiers (`la Jeunesse Rurale Active`).
 * It needs a second piece of evidence.
 */
function plainTitleRun(candidate: NameCandidate, after: string): boolean {
  // `la Commission des Finances Locales (CFL)`: an acronym in brackets after the run defines it, a name's second evidence.
  if (candidate.source !== 'title-run' || ACRONYM_IN_BRACKETS_AFTER.test(after)) return false;
  const main = nameWords(candidate.name);
  if (main.length < 3 || isDistinctiveName(candidate.name)) return false;
  // `des Hautes-Pyrénées`, `de Vosges`: a place's final `s` is no plural of the name's.
  return main.some((word) => PLURAL_CAPITALISED.test(word) && !isPlaceName(word)) || CAPITALS_JOINED.test(candidate.name);
}

/** The evidence of the layout a candidate's source read: a place-dash line, quotes, a title run, a dash before its kind. */
function layoutSourceEvidence(candidate: NameCandidate, after: string): Evidence[] {
  const found: Evidence[] = [];
  if (candidate.source === 'place-dash-line') found.push('place-dash-line');
  if (candidate.source === 'quoted' || candidate.source === 'kind-quoted') found.push('quoted-name');
  if (candidate.source === 'kind-quoted') found.push('kind-quoted');
  if (candidate.source === 'title-run') found.push('title-run');
  if (plainTitleRun(candidate, after)) found.push('plain-title-run');
  if (candidate.source === 'kind-after' && SPACED_DASH_AFTER.test(after)) found.push('dash-kind');
  return found;
}

/** Every feature that fires for `candidate`, given the organisations other rules found. */
export function evidenceFor(
  candidate: NameCandidate, listHasOrganisation: boolean, known: boolean, cueBefore = false, after = '', siblingsKept = false, before = '', placeSiblings = false,
  personSiblings?: boolean,
): Evidence[] {
  // Set by list-siblings.ts once the list's other items are scored.
  const found: Evidence[] = siblingEvidence(siblingsKept, placeSiblings, personSiblings);
  if (placeContext(before, after)) found.push('place-context');
  found.push(...SENTENCE_SOURCE_EVIDENCE[candidate.source] ?? []);
  if (ROLE_AFTER.test(after)) found.push('role-after');
  if (lowerWordAfter(candidate, after)) found.push('lower-word-after');
  if (nameBefore(candidate, before)) found.push('name-before');
  if (listHasOrganisation) found.push('list-with-organisation');
  if (candidate.cued) found.push('list-cue');
  if (candidate.listSize >= 4) found.push('long-list');
  found.push(...layoutSourceEvidence(candidate, after));
  found.push(...SOURCE_EVIDENCE[candidate.source] ?? []);
  if (known) found.push('known-name');
  if (cueBefore) found.push('after-cue-word');
  const fromName = nameEvidence(candidate.name, capitalContext(candidate, before), after, candidate.source === 'person-affiliation');
  // An official name is one capitalised type word and its lower-case description: that word being common is the point.
  // So is a name in sentence case a list bounds (candidates.ts `semicolonTail`): its lower-case words are its own.
  const bounded = DESCRIBED_SOURCES.has(candidate.source) || candidate.sentenceCase === true;
  if (bounded) return [...found, ...fromName.filter((feature) => feature !== 'common-word')];
  if (BOUNDING_WORD_SOURCES.has(candidate.source)) return [...found, ...fromName.filter((feature) => feature !== 'common-word' && feature !== 'place')];
  return [...found, ...(appositionNamed(candidate, before) ? fromName.map((feature) => (feature === 'common-word' ? 'capital-mid-sentence' : feature)) : fromName)];
}

/** A lower-case word right before the name, on its line (a preposition included). */
const LOWER_WORD_BEFORE = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*[ \t]+$/u;

/**
 * `membre de Girouette, la CAE de…`, `suivi par ESCALE (structure…)`: one common word inside a sentence, then the kind
 * of body it is. After a preposition a capital alone may be a place or an event (capital-mid-sentence.ts); the
 * apposition says which, so the word is read as a name written with its capital. At a sentence's start (`Enfin,
 * l'association…`) the capital says nothing and `common-word` stays.
 */
function appositionNamed(candidate: NameCandidate, before: string): boolean {
  return candidate.source === 'kind-after' && LOWER_WORD_BEFORE.test(before);
}
