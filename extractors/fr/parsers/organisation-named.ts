/**
 * Organisations announced by a type word: `Pôle Métropolitain de l'Artois`, `réseau Cocagne`,
 * `Université de l'Artois`, `PTCE Émergence Hénin-Carvin`, `l'association Les Anges Gardins`.
 * The regex finds the type word; `nameExtent` (organisation-name-scan.ts) walks the name after it.
 */
import { alternation, compile, endsWithWord, fold, initialsAhead } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { DESCRIBED_HEADS, DESCRIPTOR_HEADS, KIND_HEADS, TERRITORY_LIST_HEADS } from '../lexicon/organisation-head-kinds.js';
import { CAPITALISED_ONLY_HEADS, KIND_ACRONYM_HEADS, LEGAL_FORM_HEADS, NON_ORGANISATION_ACRONYMS, ORGANISATION_HEADS, REGIONS } from '../lexicon/organisation-types.js';
import { KIND_HEAD_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import type { ParserEvidence } from '../organisation/parser-evidence.js';
import { governedPlaceEnd, governsPlace } from '../organisation/governed-place.js';
import { inCapitalRun } from '../organisation/acronym-evidence.js';
import { nameCodeEvidence } from '../organisation/name-code-words.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { IMAGE_LABEL_WORDS } from '../lexicon/page-furniture.js';
import { isFirstName } from '../names.js';
import { PERSON_NAMED_HEADS } from '../lexicon/person-named-heads.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { isRoleWord } from '../organisation/name-words.js';
import { nameExtent, type ScannedName } from '../organisation/name-extent.js';
import { describedNameStart } from '../organisation/described-name.js';
import { clubNameStart } from '../organisation/club-name.js';
import { opensScopedBody, scopedNameHolds, scopedNameLength } from '../organisation/scoped-body.js';
import {
  FACILITY_OF_NAME, PARENT_AFTER, acronymBeforeParent, describesNameBefore, expansionEnd, expansionToAcronym, facilityOfName, isEventHead, isPlaceAfterPreposition,
  lowerOfficialName, nameAfterQualifier, placeBeforeUniversity,
} from '../organisation/name-guards.js';
import {
  HEAD_WORDS, LOWER_NAME_HEADS, NAME_FIRST_HEADS, PLACE_HEADS, PROGRAMME_BEFORE, PTCE_HEADS, TAIL_STOP,
} from '../organisation/name-words.js';
import { OPENS_LOWER } from '../../core/word-shape.js';
import { spellsInitials } from '../organisation/acronym-initials.js';

/** `de 106 …` right after the head: the count of what the body is made of. */
const COUNT_AFTER_HEAD = /^[ \t\n]+de[ \t\n]+\d/u;
/** A plural article before the type word (`les associations X et Y`). */
const PLURAL_BEFORE = endsWithWord(['les', 'des', 'aux'], '\\s+');
/** `plusieurs PTCE de Bretagne`, `les 12 PTCE`: a plural or a count before the head names no one PTCE. */
const MANY_BEFORE = endsWithWord(['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'quelques', 'certains', 'deux', 'trois', 'quatre', 'cinq', 'dix'], '\\s+(?:\\d+\\s+)?');
/** Schools, universities and hospitals, named after a person after their kind or place (`first-name`); an association's or a foundation's name rarely closes on one. */
const PERSON_NAMED_INSTITUTIONS: ReadonlySet<string> = new Set(PERSON_NAMED_HEADS.filter((head) => head !== 'association' && head !== 'fondation'));
/** A word and `de`/`du`/`d'` right before the head: `le président de l'université de Lille Jean Roy`, the person after it holds the role. */
const WORD_OF_BEFORE = /(?<word>\p{L}+)[ \t\n]+(?:de[ \t\n]+la|de[ \t\n]+l['’]|du|de|d['’])[ \t\n]*$/u;
const roleOfBefore = (text: string, start: number): boolean => {
  const word = WORD_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.groups?.['word']?.toLowerCase() ?? '';
  return ROLE_NOUNS.has(word) || isRoleWord(word);
};
/** A school's, a university's or a hospital's head no role governs: its name may close on its namesake (`person-closes-name`). */
const namedAfterPerson = (head: Head): boolean => PERSON_NAMED_INSTITUTIONS.has(head.key) && !roleOfBefore(head.text, head.start);
const HEADS = [...ORGANISATION_HEADS, ...PTCE_HEADS, ...CAPITALISED_ONLY_HEADS];
const CAPITALISED_ONLY: ReadonlySet<string> = new Set(CAPITALISED_ONLY_HEADS);
/**
 * Multi-word heads may wrap at a line end (`secrétariat\nd'État`). The heads' first letters are
 * looked ahead at first (speed only: the same matches; the pattern ignores case, so `runParsers`
 * cannot add its capital look-ahead).
 */
const PATTERN = `${initialsAhead(HEADS)}(?<![\\p{L}\\p{N}-])(?<head>${alternation(HEADS).replace(/ /gu, '\\s+')})(?![\\p{L}\\p{N}])`;

/** The capitalised word (maybe hyphenated) ending a text, then one space. */
const CAPITALISED_BEFORE = /(?<word>\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*)[ \t]$/u;
/**
 * `Lille Métropole Solidaire`, `Valenciennes Métropole`: a capitalised place word before the head.
 * A web page's image label or greeting run into the name's line (`Logo`, `Photo`, `Bienvenue`:
 * IMAGE_LABEL_WORDS) is not part of the name.
 */
function extendBackwards(text: string, headStart: number): number {
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, headStart - 40), headStart));
  const word = before?.groups?.['word'];
  if (word === undefined || TAIL_STOP.has(fold(word)) || HEAD_WORDS.has(fold(word)) || isFirstName(word)) return headStart;
  if (IMAGE_LABEL_WORDS.has(fold(word))) return headStart;
  const start = headStart - word.length - 1;
  const previousChar = text.charAt(start - 1);
  // Only inside a line of names (a table cell, a list), not after a full stop or mid-sentence article.
  if (start > 0 && previousChar !== '\n' && previousChar !== '' ) return headStart;
  return start;
}

const RULE = 'fr.organisation.named';

/** The type word found and what it says of the name after it. */
interface Head {
  readonly text: string;
  readonly head: string;
  /** The head in lower case, spaces collapsed: the key of the head sets. */
  readonly key: string;
  readonly lower: boolean;
  readonly start: number;
  readonly end: number;
  /** A lower-case network's head and its scope (`la fédération départementale des …`, scoped-body.ts). */
  readonly scoped: boolean;
  /** The head names the body governing the place after it (`la mairie de Lunel`, governed-place.ts). */
  readonly governs: boolean;
}

function organisation(text: string, start: number, end: number, confidence: number, value = text.slice(start, end).replace(/\s+/gu, ' ')): Candidate {
  const evidence = nameCodeEvidence(value);
  return { type: 'organisation', start, end, value, confidence, rule: RULE, inferred: [], ...(evidence.length === 0 ? {} : { evidence }) };
}

const withEvidence = (candidate: Candidate, name: string): Candidate => ({ ...candidate, evidence: [...(candidate.evidence ?? []), name] });

/** A name whose extent a name-continuation.ts rule read on over a lower-case word carries that rule as its evidence (`continues:closing-word`). */
function continued(candidate: Candidate, scanned: ScannedName): Candidate {
  return scanned.continuation === undefined || candidate.end !== scanned.end ? candidate : { ...candidate, evidence: [...(candidate.evidence ?? []), `continues:${scanned.continuation}`] };
}

/** A word of five capitals or more. */
const LONG_CAPITALS = /^\p{Lu}{5,}$/u;
/** `LE CONSEIL D'ADMINISTRATION (élu…)`: a type word in a heading in capitals; `sa SCOP`: a possessive. */
function notAHead(head: Head): boolean {
  // `le groupe de travail`: a head that names a body only with its capital (`le Groupe Kalvéo`).
  if (head.lower && CAPITALISED_ONLY.has(head.key)) return true;
  if (LONG_CAPITALS.test(head.head) && !SHORT_FORM_HEADS.has(head.key) && inCapitalRun(head.text, head.start, head.end)) return true;
  return head.lower && /^(?:sa|sas)$/u.test(head.key);
}

const programmeBefore = (head: Head): boolean => PROGRAMME_BEFORE.test(head.text.slice(Math.max(0, head.start - 40), head.start));

/**
 * `l'association « Les Amis du Rail »`, `plateforme « Drôme Mobil' »`: after a lower-case type
 * word the quotes hold the whole name; after a capitalised one the head is part of it. Workshops
 * and programmes with a quoted title are no organisations.
 */
function quotedCandidate(head: Head, quoted: QuotedName): Candidate | null {
  if (isEventHead(fold(head.key)) || programmeBefore(head)) return null;
  if (head.lower) return organisation(head.text, quoted.start, quoted.end, 0.7, quoted.value);
  return organisation(head.text, head.start, quoted.quoteEnd, 0.7, `${head.head.replace(/\s+/gu, ' ')} ${quoted.value}`);
}

/**
 * `status-before-name`: `l'entreprise ESUS Tralala`, `la structure SIAE Les Forges`: an approval
 * or a sector written in capitals between a lower-case type word and the name says what the body is;
 * the name starts after it.
 */
const STATUS_BEFORE_NAME = /^[ \t]+(?:ESUS|SIAE|IAE)[ \t]+(?=\p{Lu})/u;

function afterStatus(text: string, headEnd: number): number | null {
  const status = STATUS_BEFORE_NAME.exec(text.slice(headEnd, headEnd + 12));
  return status === null ? null : headEnd + status[0].length;
}

/** The evidence a name read after its kind's own acronym in brackets carries. */
export const ACRONYM_BEFORE_NAME: ParserEvidence = 'acronym-before-name';
/**
 * After the type word, at most four more words of its long form (`Société d'intérêt collectif`, `Coopérative
 * d'Activité et d'Emploi`),
 * then its acronym in brackets and, on its line, a capital (a title's `(PTCE)` at a line end is followed by
 * the page's menu, not a name).
 */
const BRACKETED_ACRONYM = /^(?<rest>(?:[ \t\n]+(?:d['’]|de[ \t]+|des[ \t]+|et[ \t]+(?:d['’])?)?\p{L}[\p{L}'’-]+){0,4})[ \t]*\n?[ \t]*\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)[ \t]*(?=\p{Lu})/u;
/** Short words skipped when a long form's initials are spelled (`Coopérative d'Activité et d'Emploi`: CAE). */
const INITIALS_SKIPPED = /^(?:de|du|des|et|la|le|les|pour|à|au|aux|en)$/u;

/** Whether a long form's words spell `acronym`, each one (`'spells'`), its short words and elisions left out. */
function spellsLongForm(acronym: string, words: string): boolean {
  return spellsInitials(acronym, words.split(/[\s'’]+/u), 'spells', (word) => word.length <= 1 || INITIALS_SKIPPED.test(fold(word)));
}

/**
 * `acronym-before-name`: `la Société coopérative d'intérêt collectif (SCIC) Les Tanneries`, `le Pôle territorial
 * de coopération économique (PTCE) Vallée Verte`: a kind written out, its acronym in brackets, then a capitalised
 * name: the name starts after the bracket (the kind and its acronym describe it). The acronym must spell the kind's
 * long form or be the acronym of a kind of structure (KIND_HEAD_ACRONYMS): another acronym is a body's own
 * (`la Fédération nationale (FNAB) Occitanie`). Not after a plural or a count. Returns where the name starts, or null.
 */
function afterOwnAcronym(head: Head): number | null {
  // `des pôles territoriaux de coopération économique (PTCE)`: after a plural the kind is meant, no one body.
  if (MANY_BEFORE.test(head.text.slice(Math.max(0, head.start - 16), head.start))) return null;
  const found = BRACKETED_ACRONYM.exec(head.text.slice(head.end, head.end + 90));
  const acronym = found?.groups?.['acronym']?.toUpperCase();
  if (found === null || acronym === undefined) return null;
  const spelled = spellsLongForm(acronym, `${head.head} ${found.groups?.['rest'] ?? ''}`);
  return spelled || KIND_HEAD_ACRONYMS.has(acronym) ? head.end + found[0].length : null;
}

/** `l'Orangerie`, `L'Escale`: a name opening with an elided article before its capital. */
const ELIDED_OPENING = /^[lL]['’]\p{Lu}/u;

/** `chantier d'insertion Les Vergers du Plateau`: the name proper opens at its capitalised article. */
function articleCandidate(head: Head, named: number): Candidate | 'place' | null {
  // `la ressourcerie parisienne l'Orangerie`: after a description, a name may open with an elided article.
  const nameFirst = !ELIDED_OPENING.test(head.text.slice(named, named + 3));
  const inner = nameExtent(head.text, named - 1, { lower: false, lowerNames: false, place: false, nameFirst });
  const name = head.text.slice(named, inner.end).replace(/\s+/gu, ' ');
  // `la ville La Rochelle`: a place whose name starts with an article.
  if (isPlaceName(name)) return 'place';
  return inner.nameWords === 0 ? null : continued(organisation(head.text, named, inner.end, 0.7, name), inner);
}

/** When no name word follows the head: a place before `Université`, a name after a trade, a lower-case official name. */
function nameless(head: Head): Candidate | null {
  const { text } = head;
  const placeFirst = head.key === 'université' && !head.lower ? placeBeforeUniversity(text, head.start) : null;
  if (placeFirst !== null) return organisation(text, placeFirst, head.end, 0.7);
  const appositionStart = nameAfterQualifier(text, head.end);
  if (appositionStart !== null) {
    const apposed = nameExtent(text, appositionStart - 1, { lower: false, lowerNames: false, place: false, nameFirst: true });
    const value = text.slice(appositionStart, apposed.end).replace(/\s+/gu, ' ');
    if (apposed.nameWords > 1 && !isPlaceName(value)) return continued(organisation(text, appositionStart, apposed.end, 0.6, value), apposed);
  }
  const officialEnd = head.lower ? null : lowerOfficialName(text, head.key, head.end) ?? expansionToAcronym(text, head.start, head.end);
  return officialEnd === null ? null : organisation(text, head.start, officialEnd, 0.6);
}

/**
 * Where the organisation starts: `la coopérative Bao Solidaire`, `le cabinet Quadrant Conseil`,
 * `le pôle territorial de coopération économique Terres Unies`: a lower-case kind right before a
 * capitalised name describes it and is dropped; `Lille Métropole
 * Solidaire`: a place word before a capitalised head opens it.
 */
function startOf(head: Head): number {
  const { text } = head;
  // `l'Aviron Club Lorvois`, `le Lions Club de Lorv`: the activity or the capitalised words before `club` open its name (club-name.ts).
  if (head.key === 'club') return clubNameStart(text, head.start);
  // `l'association nationale des élus`: a scoped body's head is part of its name (scoped-body.ts), a legal form's or not.
  const dropHead = head.lower && !head.scoped && (LEGAL_FORM_HEADS.has(head.key) || PTCE_HEADS.includes(head.key) || (DESCRIPTOR_HEADS.has(head.key) && /^[ \t]*\n?[ \t]*\p{Lu}/u.test(text.slice(head.end, head.end + 4)) && /^\s/u.test(text.charAt(head.end))));
  if (dropHead) return text.slice(head.end).search(/\S/u) + head.end;
  // `PTCE SCIC Kour Vert`: a legal form between the head and the name is dropped with the head.
  const legalForm = head.key === 'ptce' ? /^\s+(?:SCIC|SCOP|SAS|SARL|SA)\s+(?=\p{Lu})/u.exec(text.slice(head.end, head.end + 12)) : null;
  if (legalForm !== null) return head.end + legalForm[0].length;
  // `SCIC SA Station B`: a first legal form before `SA` opens the name with it.
  const firstForm = /^(?:sa|sas|sarl)$/u.test(head.key) ? /(?<![\p{L}])(?:SCIC|SCOP)[ \t]+$/u.exec(text.slice(Math.max(0, head.start - 8), head.start)) : null;
  if (firstForm !== null) return head.start - firstForm[0].length;
  return head.lower ? head.start : extendBackwards(text, head.start);
}

/**
 * `l'agence de Pau`: a branch named by its town is a place, not another organisation. `la mairie de
 * Lunel` (a local authority, or a town's body: `governsPlace`) and `la fondation territoriale de la
 * Sarthe` (a scoped body) are the body of that place.
 */
function namesBranch(head: Head, scanned: ScannedName): boolean {
  return !head.governs && !head.scoped && isPlaceAfterPreposition(head.text.slice(head.end, scanned.end));
}

/** A region's name folded, its hyphens and runs of blanks read as one space. */
const regionKey = (name: string): string => fold(name).replace(/[\s-]+/gu, ' ').trim();
const REGION_KEYS: ReadonlySet<string> = new Set(REGIONS.map(regionKey));

/** Whether the head and the name `nameExtent` read after it name a programme, a place or a concept, no body. */
function namesNoBody(head: Head, scanned: ScannedName): boolean {
  const { text } = head;
  // `l'appel à projet Ville Apprenante`, `le label Euralens 2022`: a programme's name, not a body's.
  if (programmeBefore(head)) return true;
  // A capitalised head that opens a region's name (REGIONS: `Centre-Val de Loire`, with a hyphen or not) names that region, a place.
  if (!head.lower && REGION_KEYS.has(regionKey(text.slice(head.start, scanned.end)))) return true;
  const acronym = /^\s*\((?<acronym>[\p{Lu}\d]{2,10})\)/u.exec(text.slice(scanned.end, scanned.end + 14))?.groups?.['acronym'];
  if (acronym !== undefined && NON_ORGANISATION_ACRONYMS.has(acronym)) return true;
  // `un réseau de 85 DLA`, `une fédération de 40 SCOP`: a count after the head's `de` says what the
  // body is made of (a figure), not its name (`des 3 Vallées`, with `des`, may still be a name).
  if (COUNT_AFTER_HEAD.test(text.slice(head.end, scanned.end))) return true;
  // `un pôle ESS`, `la structure IAE`: a lower-case kind and a concept's acronym name a kind of body, not one.
  if (head.lower && text.slice(head.end, scanned.end).trim().split(/\s+/u).every((word) => NON_ORGANISATION_ACRONYMS.has(word))) return true;
  return head.lower && (namesBranch(head, scanned) || describesNameBefore(text, head.start, head.end));
}

/** `la ressourcerie de Trokal`: the body is the name after a facility's lower-case kind and `de` (name-guards.ts), or null. */
function facilityNamed(head: Head, scanned: ScannedName): Candidate | null {
  if (!head.lower || !DESCRIPTOR_HEADS.has(head.key)) return null;
  const at = facilityOfName(head.text.slice(head.end, scanned.end));
  return at === null ? null : withEvidence(organisation(head.text, head.end + at, scanned.end, 0.7), FACILITY_OF_NAME);
}

/** The head and the name `nameExtent` read after it, or null when it is a programme, a place or a concept. */
function scannedCandidate(head: Head, scanned: ScannedName): Candidate | Candidate[] | null {
  const { text } = head;
  if (namesNoBody(head, scanned)) return null;
  const facility = facilityNamed(head, scanned);
  if (facility !== null) return facility;
  const start = startOf(head);
  const split = head.lower ? acronymBeforeParent(text, head.end + text.slice(head.end).search(/\S/u), scanned.end) : null;
  // The `de` after it leads to the parent body, not to more of its name (decision-guards.ts reads the evidence).
  if (split !== null) return withEvidence(organisation(text, start, split, 0.7), PARENT_AFTER);
  const end = expansionEnd(text, start, scanned.end) ?? expansionToAcronym(text, start, scanned.end) ?? scanned.end;
  const value = text.slice(start, end).replace(/\s+/gu, ' ');
  // `Pôle Territorial⏎de Coopération…` cut short: the PTCE concept, not a name.
  if (fold(value) === 'pole territorial') return null;
  // `la coopérative Rosa Lumière`: the type word makes a first-name-led name an organisation.
  const first = continued(organisation(text, start, end, start > head.start && isFirstName(value.split(' ')[0] ?? '') ? 0.9 : 0.7, value), scanned);
  if (head.key !== 'ptce' || !PLURAL_BEFORE.test(text.slice(Math.max(0, head.start - 5), head.start))) return first;
  // `les PTCE Auvergne-Rhône-Alpes`, `des PTCE de Bretagne`: the concept in a territory.
  const words = text.slice(head.end, scanned.end).trim().split(/\s+/u);
  if (isPlaceName(words[0] ?? '') || isPlaceName(words.slice(0, 2).join(' '))) return null;
  return [first, ...enumerated(text, scanned.end, RULE)];
}

/** A dash after a name (maybe its acronym in brackets), right before the type word. */
const SUBTITLE_DASH = /[\p{L}\p{N})][ \t]+[–—-][ \t]*$/u;

/**
 * One PTCE named by its territory (`PTCE du Pays de Caux`, `Pôle Territorial de Coopération Économique de Val
 * Fleuri`): `PTCE` not after a plural or a count (`les PTCE de Bretagne`: the kind in a region), or its long form
 * written with capitals, as a name is (in lower case, `pôle territorial de coopération économique de l'Indre`
 * describes the PTCE named before it), and not as a subtitle after a dash.
 */
function namedByTerritory(head: Head): boolean {
  const before = head.text.slice(Math.max(0, head.start - 12), head.start);
  if (head.key === 'ptce') return !MANY_BEFORE.test(before);
  // `PTCE Terres Vives (PTV) – Pôle Territorial de Coopération Économique du Val`: after a name and a dash, the long form is its subtitle.
  return !head.lower && PTCE_HEADS.includes(head.key) && !SUBTITLE_DASH.test(before);
}

/** A scoped body's name read like an institution's in lower case (`scoped-body.ts`), or null when it runs into a clause. */
function scopedExtent(head: Head): ScannedName | null {
  const scanned = nameExtent(head.text, head.end, { lower: true, lowerNames: true, place: false, nameFirst: false });
  // `… solidaire s'est réuni`, `… associative depuis 2020`: the sentence going on ends the name.
  const end = head.end + scopedNameLength(head.text.slice(head.end, scanned.end));
  // `le Comité régional de la Mutualité française`: after a capitalised head, a capital in the phrase is read by the title-case rules.
  if (!head.lower && /[^\p{L}]\p{Lu}/u.test(head.text.slice(head.end, end))) return null;
  return scanned.nameWords > 1 && scopedNameHolds(head.text.slice(head.end, end)) ? { ...scanned, end } : null;
}

/** The type word `match` found and what the text around it says of it. */
function headAt(text: string, match: RegExpExecArray): Head {
  const found = match.groups?.['head'] ?? '';
  const key = found.toLowerCase().replace(/\s+/gu, ' ');
  const lower = OPENS_LOWER.test(found);
  return {
    text, head: found, key, lower, start: match.index, end: match.index + found.length,
    scoped: opensScopedBody(text, match.index, match.index + found.length, key),
    governs: governsPlace(text, match.index, key, lower),
  };
}

/**
 * A name that starts further on than the head, after what describes it: the kind's own acronym in brackets
 * (`acronym-before-name`), up to two qualifiers and a capitalised article (`articleName`), a description
 * (`describedNameStart`, `status-before-name`), tried in that order. `'place'` when the name after the qualifiers and
 * the article is a place (`la ville La Rochelle`: no body then), null when none of them reads a name.
 */
function nameAfterDescription(head: Head): Candidate | 'place' | null {
  const { text } = head;
  const ownAcronym = afterOwnAcronym(head);
  const byOwnAcronym = ownAcronym === null ? null : articleCandidate(head, ownAcronym);
  if (byOwnAcronym !== null && byOwnAcronym !== 'place') return withEvidence(byOwnAcronym, ACRONYM_BEFORE_NAME);
  const named = articleName(text, head.end, head.lower, NAME_FIRST_HEADS.has(head.key));
  const byArticle = named === null ? null : articleCandidate(head, named);
  if (byArticle !== null) return byArticle;
  const described = head.lower && DESCRIBED_HEADS.has(head.key) ? describedNameStart(text, head.end) ?? afterStatus(text, head.end) : null;
  const byDescription = described === null ? null : articleCandidate(head, described);
  return byDescription === 'place' ? null : byDescription;
}

/** The name read right after the head: a scoped body's phrase (scoped-body.ts), else the name words `nameExtent` walks. */
function nameAfterHead(head: Head): Candidate | Candidate[] | null {
  const { text } = head;
  const scoped = head.scoped ? scopedExtent(head) : null;
  if (scoped !== null) return scannedCandidate(head, scoped);
  const scanned = nameExtent(text, head.end, {
    lower: head.lower,
    lowerNames: LOWER_NAME_HEADS.has(head.key),
    place: PLACE_HEADS.has(head.key) && !head.governs,
    nameFirst: NAME_FIRST_HEADS.has(head.key) && (head.lower || !LEGAL_FORM_HEADS.has(head.key)),
    firstNameName: KIND_HEADS.has(head.key),
    personNamed: namedAfterPerson(head),
    territoryName: namedByTerritory(head),
    territoryList: TERRITORY_LIST_HEADS.has(head.key),
  });
  if (scanned.nameWords === 0) return nameless(head);
  // `la commune de Lunel`: its name is the place it governs, and ends with it.
  return scannedCandidate(head, head.lower && head.governs ? { ...scanned, end: governedPlaceEnd(head.key, text, head.end, scanned.end) } : scanned);
}

export const organisationNamedParser: Parser = {
  id: RULE,
  pattern: () => compile(PATTERN, 'giu'),
  // Tried only at words opening on a head (core/cue-words.ts): every match starts on one.
  cues: cueWords(HEADS),
  extract(context, match): Candidate | Candidate[] | null {
    const head = headAt(context.text, match);
    if (notAHead(head)) return null;
    const quoted = quotedName(head.text, head.end, head.lower);
    if (quoted !== null) return quotedCandidate(head, quoted);
    const later = nameAfterDescription(head);
    if (later === 'place') return null;
    return later ?? nameAfterHead(head);
  },
};

/**
 * A name in quotes right after the type word: `PTCE « Les Vosges en Commun »`, `l'association
 * "Les Amis du Rail"`. The quotes bound the name, so its own words (`en`, `du`) do not end it.
 */
/** Heads that are acronyms or legal forms, written in capitals in running text. */
const SHORT_FORM_HEADS = new Set(['ptce', 'scic', 'scop', 'sarl', 'eurl', 'cress', 'epci', ...KIND_ACRONYM_HEADS]);

/** At most two lower-case qualifiers, then (maybe on the next line) a capitalised article and a capital. */
const ARTICLE_NAME = /^(?<qualifiers>(?:[ \t]+(?:d['’]|de[ \t]+|des[ \t]+)?(?!(?:de|du|des|la|le|les|et|en|à|au|aux|sur|pour)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]+){0,2})(?:[ \t]+|[ \t]*\n[ \t]*)(?=(?:Les|La|Le|A|U)[ \t]+\p{Lu})/u;
/**
 * `chantier d'insertion Les Vergers du Plateau`, `Épicerie sociale La Huche Voisine`: a type word,
 * up to two lower-case qualifiers, then a name opening with a capitalised article. The type
 * word and qualifiers describe; the name proper starts at the article (`tiers-lieu⏎A Casa di l'Avvene`:
 * Corsican `A`/`U`), even on the next line. Returns where it starts.
 */
function articleName(text: string, headEnd: number, headIsLower: boolean, legalForm: boolean): number | null {
  const found = ARTICLE_NAME.exec(text.slice(headEnd, headEnd + 60));
  if (found === null || (!headIsLower && found.groups?.['qualifiers'] === '')) return null;
  // `l'association Les Anges Gardins`: a legal form right before the name is handled by `nameExtent`.
  if (found.groups?.['qualifiers'] === '' && legalForm) return null;
  return headEnd + found[0].length;
}

interface QuotedName {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoteEnd: number;
}

/** A capitalised name between guillemets or quotes, maybe on the next line. */
const QUOTED_AFTER = /^[ \t]*\n?[ \t]*(?:«[ \t\u00a0\u202f]*(?<guillemets>\p{Lu}[^»\n]{1,60}?)[ \t\u00a0\u202f]*»|["“](?<quotes>\p{Lu}[^"”\n]{1,60}?)["”])/u;
function quotedName(text: string, headEnd: number, lowerHead: boolean): QuotedName | null {
  // `l'association⏎"Les Amis du Rail"`: after a lower-case type word the quotes bound the name, also
  // when it opens the next line (a capitalised head at a line end is a heading).
  const gap = /^[ \t]*\n/u.test(text.slice(headEnd, headEnd + 4));
  if (gap && !lowerHead) return null;
  const quoted = QUOTED_AFTER.exec(text.slice(headEnd, headEnd + 80));
  const name = quoted?.groups?.['guillemets'] ?? quoted?.groups?.['quotes'];
  if (quoted === null || name === undefined) return null;
  const start = headEnd + quoted[0].indexOf(name);
  return { start, end: start + name.length, value: name.replace(/\s+/gu, ' '), quoteEnd: headEnd + quoted[0].length };
}

/** A place after a name in an enumeration (`Horizon à Vernay`), skipped between two names. */
const PLACE_AFTER = /^[ \t\n]+(?:à|en|sur)[ \t\n]+\p{Lu}[\p{L}'-]*/u;
const SEPARATOR = /^(?:[ \t]*,|[ \t\n]+et)(?=[ \t\n])/u;

/** `les PTCE Horizon à Vernay et Sillon à Brévail`: every name of the enumeration after the first. */
function enumerated(text: string, end: number, rule: string): Candidate[] {
  const names: Candidate[] = [];
  let position = end;
  for (let count = 0; count < 8; count += 1) {
    position += PLACE_AFTER.exec(text.slice(position, position + 40))?.[0].length ?? 0;
    const separator = SEPARATOR.exec(text.slice(position, position + 8));
    if (separator === null) break;
    const nameStart = position + separator[0].length + (text.slice(position + separator[0].length).search(/\S/u));
    const scanned = nameExtent(text, position + separator[0].length, { lower: false, lowerNames: false, place: false, nameFirst: true, enumeration: true });
    if (scanned.nameWords === 0) break;
    names.push(continued({
      type: 'organisation', start: nameStart, end: scanned.end, value: text.slice(nameStart, scanned.end).replace(/\s+/gu, ' '),
      confidence: 0.6, rule, inferred: [],
    }, scanned));
    position = scanned.end;
  }
  return names;
}
