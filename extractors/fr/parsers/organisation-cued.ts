/**
 * Organisations named with no type word, recognised by what is said of them: `président du
 * Grand Forum Euralens`, `un projet porté par Citéo`, `en partenariat avec Simplon`. The name is
 * a run of capitalised words (joined by `de`, `du`, `d'`…) that `isDistinctiveName` accepts, so
 * places (`chez Carvin`) and people (`porté par Jean Dupont`) are left to their own rules.
 *
 * A role written right after a person's name (`Léa Morel, gérante de Pain Doré`, `Luc Roy,
 * directeur général de Relais 4B`) is a person's job in a structure: the name after it is an
 * organisation's even when its words are common ones (evidence `person-role`), as long as it is
 * no place, no person and more than one common word (`directrice de Recherche` is a rank).
 */
import { OPTIONAL_WRAP_GAP, alternation, compile, fold, initialsAhead } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { isDistinctiveName } from '../organisation/distinctive-name.js';
import { DONE_BY, PARTNERSHIP, ROLE_IN_ORGANISATION, STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { isAmbiguousFirstName, isFirstName } from '../names.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { PLACE_QUALIFIERS } from '../lexicon/territory-words.js';
import { HEAD_WORDS } from '../organisation/name-words.js';
import { bareCapitalName } from '../organisation/bare-capital.js';
import { inSpeakerEntry, sentenceCaseNameLength } from '../organisation/role-led.js';
import { GAP } from '../patterns.js';

const SPACE = OPTIONAL_WRAP_GAP;
/** Each cue as written and with a capital (at the start of a sentence or a line). */
const cues = (words: readonly string[]): string => alternation(words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
// Between two words of the cue, a line break where the text layer wrapped it (`président de⏎la X`): GAP.
const ARTICLE = `(?:(?:le|la|les)${GAP}|l'${SPACE})?`;
const CUE =
  `(?:${cues(ROLE_IN_ORGANISATION)}${GAP}(?:du|de${GAP}la|des|de${GAP}l'|d'|de)|` +
  // `chargée de mission DLA en Aquitaine pour X`: a role, a few words of its field, then `pour` and the body.
  `${cues(ROLE_IN_ORGANISATION)}(?:[ \\t\\n]+[\\p{L}'’-]+){0,5}?[ \\t\\n]+(?<pour>pour)[ \\t]+${ARTICLE}|` +
  `${cues(DONE_BY)}${GAP}par${GAP}${ARTICLE}|${cues(PARTNERSHIP)}${GAP}${ARTICLE})`;
const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
/** `Relais 4B`, `Atelier 42`: a short number (with a letter or two) may end a name. */
const NUMBER_WORD = '\\d{1,3}\\p{Lu}{0,2}';
const NAME = `${WORD}(?:${SPACE}(?:(?:de|du|des|de${GAP}la|d'|l')${SPACE})?${WORD}){0,4}(?:[ \\t]+${NUMBER_WORD})?`;
// The cue words' first letters first (speed only: the same matches).
const PATTERN = `${initialsAhead([...ROLE_IN_ORGANISATION, ...DONE_BY, ...PARTNERSHIP])}(?<![\\p{L}\\p{N}])(?<cue>${CUE})${SPACE}(?<name>${NAME})(?![\\p{L}\\p{N}])`;

const ROLE_CUE = new RegExp(`^${cues(ROLE_IN_ORGANISATION)}[ \\t]`, 'u');
/** A comma, then a kind of structure in apposition, in lower case or with a capital (`, l'association …`, `, Association …`). */
const KIND_AFTER = new RegExp(`^,[ \\t]*\\n?[ \\t]*(?:(?:une|un|l'|la|le|notre|cette)[ \\t]*)?${alternation(STRUCTURE_KINDS.flatMap((kind) => [kind, kind.charAt(0).toUpperCase() + kind.slice(1)]))}(?![\\p{L}])`, 'u');

/**
 * `Léa Morel, ` or `Jean-Marc Roy,⏎` right before the cue: a first name, a capitalised word, a comma; or the person as
 * the subject of a copula (`Léa Morel est présidente de…`, `…était directrice de…`): the role is the person's as well.
 */
const PERSON_BEFORE = /(?<first>\p{Lu}[\p{Ll}'’-]+)[ \t\n]+(?:(?<second>\p{Lu}[\p{L}'’-]+)[ \t\n]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+(?:est|était|reste|devient)[ \t]+(?:aussi[ \t]+|également[ \t]+)?)$/u;

/** Whether a person's name and a comma stand right before the cue at `cueStart`. */
function afterPerson(text: string, cueStart: number): boolean {
  const groups = PERSON_BEFORE.exec(text.slice(Math.max(0, cueStart - 60), cueStart))?.groups;
  // `Et Anne Petit,`: the first name may be the second of three capitalised words.
  return [groups?.['first'], groups?.['second']].some((word) => word !== undefined && (isFirstName(word) || isAmbiguousFirstName(word)));
}

/**
 * A name of common words is an organisation's after a person's role, unless it is a place, one common word,
 * or a place and a part of it (`Lyon Sud`). A place and another word names a body of that place (`Lozère
 * Initiative`, `Cantal Habitat`, `Morvan Ressources`).
 */
function nameAfterRole(name: string): boolean {
  const words = name.split(/[\s']+/u).filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  if (words.length < 2 || isPlaceName(name)) return false;
  return !isPlaceName(words[0] ?? '') || words.slice(1).some((word) => !isPlaceName(word) && !PLACE_QUALIFIERS.has(fold(word)));
}

/** `animé par Rui Monteiro`: a first name and one or two capitalised words is a person. */
function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? '') && words.every((word) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(word));
}

/**
 * `Paul Roy, président fondateur de Chloé Jardin`: after a person's role, a first name and one common word that is
 * no surname is a firm's name, not the person's (`directrice de Léa Martin` stays a person's).
 */
function firstNameAndCommonWord(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words[1] ?? '';
  return words.length === 2 && isCommonWord(last) && !isSurname(last);
}

/** Whether the name read after the cue is a person's (`animé par Rui Monteiro`), unless a role names a firm by it. */
const personName = (name: string, personRole: boolean): boolean => looksLikePerson(name) && !(personRole && firstNameAndCommonWord(name));

/** A line that opens another entry: in capitals (two words at least), or a label (`Portrait :`). */
const HEADING_LINE = /^(?:[\p{Lu}\P{L}]*\p{Lu}{2,}[\p{Lu}\P{L}]*[ \t'’]+\p{Lu}[\p{Lu}\P{L}]*|\p{Lu}[\p{L}’'-]*[ \t]*:[^\n]*)$/u;

/**
 * The name starting at `start` in `text`, up to the first line that starts another entry: a
 * type word opening the next line (`coordinatrice du PTCE⏎SCIC Kour…`), a heading in capitals
 * (`de Rive⏎Coopère⏎ÇA S'EST PASSÉ`) or a label (`du DAC⏎Portrait : …`).
 */
function nameBeforeNextEntry(text: string, start: number, name: string): string {
  for (const lineBreak of name.matchAll(/[ \t]*\n[ \t]*(?<word>[\p{L}’'-]+)/gu)) {
    const lineStart = start + lineBreak.index + lineBreak[0].length - (lineBreak.groups?.['word'] ?? '').length;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, lineStart + 80) : Math.min(lineEnd, lineStart + 80));
    if (HEAD_WORDS.has(fold(lineBreak.groups?.['word'] ?? '')) || HEADING_LINE.test(line)) return name.slice(0, lineBreak.index);
  }
  return name;
}

/** What made a name of common words an organisation's, for the review app's "why". */
function cuedEvidence(personRole: boolean, bare: boolean): { evidence?: string[] } {
  if (personRole) return { evidence: ['person-role'] };
  return bare ? { evidence: ['bare-capital'] } : {};
}

/**
 * `Léa Morel, directrice de Fil de quartier (Vilaret)`: a person's role (right after the person, or
 * in a speaker's entry: `- Paul ROY, gérant chez X et co-fondateur de Halte à …`) then a name in
 * sentence case up to the entry's end (role-led.ts) is the body the person works for.
 */
function speakerBodyInSentenceCase(text: string, match: RegExpExecArray, start: number): Candidate | null {
  const cue = match.groups?.['cue'] ?? '';
  const cueStart = match.index + match[0].indexOf(cue);
  // After `pour` (`directrice pour la France…`) the sentence-case phrase is a role's area, not a body.
  if (match.groups?.['pour'] !== undefined || !ROLE_CUE.test(cue) || !(afterPerson(text, cueStart) || inSpeakerEntry(text, cueStart, isFirstName))) return null;
  // `vice-présidente du Conseil régional en charge`: a type word opening it is the named parser's.
  if (HEAD_WORDS.has(fold(/^[\p{L}’'-]+/u.exec(text.slice(start, start + 40))?.[0] ?? ''))) return null;
  const length = sentenceCaseNameLength(text, start);
  if (length === null) return null;
  return {
    type: 'organisation', start, end: start + length, value: text.slice(start, start + length).replace(/\s+/gu, ' '), confidence: 0.55,
    rule: organisationCuedParser.id, inferred: [], evidence: ['person-role', 'sentence-case'],
  };
}

export const organisationCuedParser: Parser = {
  id: 'fr.organisation.cued',
  pattern: () => compile(PATTERN, 'gu'),
  // Tried only at words opening on a cue (core/cue-words.ts): every match starts on one.
  cues: cueWords([...ROLE_IN_ORGANISATION, ...DONE_BY, ...PARTNERSHIP]),
  extract(context, match): Candidate | null {
    const start = match.index + match[0].length - (match.groups?.['name'] ?? '').length;
    const phrase = speakerBodyInSentenceCase(context.text, match, start);
    if (phrase !== null) return phrase;
    const name = nameBeforeNextEntry(context.text, start, match.groups?.['name'] ?? '');
    // `coordinatrice du PTCE Kour Vert`: a name opening with a type word is the named parser's.
    if (HEAD_WORDS.has(fold(/^[\p{L}’'-]+/u.exec(name)?.[0] ?? ''))) return null;
    // `directeur de Val Fleuri, un groupe d'entreprises`: a cue before and a kind of structure after
    // make a name of common words or places an organisation's.
    const kindAfter = KIND_AFTER.test(context.text.slice(start + name.length, start + name.length + 40));
    const cue = match.groups?.['cue'] ?? '';
    const personRole = ROLE_CUE.test(cue) && afterPerson(context.text, match.index + match[0].indexOf(cue)) && nameAfterRole(name);
    // After `pour`, only a person's role makes the name a body's (`pour Paris`, `pour Noël` are none).
    if (match.groups?.['pour'] !== undefined && !personRole) return null;
    const distinctive = isDistinctiveName(name);
    // `porté par Girouette en Savoie`: a capitalised common word with no article after the cue (bare-capital.ts).
    const bare = !distinctive && !kindAfter && !personRole && !ROLE_CUE.test(cue) && bareCapitalName(cue, name, context.text.slice(start + name.length, start + name.length + 30));
    if ((!distinctive && !kindAfter && !personRole && !bare) || personName(name, personRole)) return null;
    return {
      type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [], ...cuedEvidence(personRole, bare),
    };
  },
};
