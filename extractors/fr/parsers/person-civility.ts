/**
 * `Monsieur Garrigou`, `M. Garrigou`, `M Garrigou`, `Mme Morel-Vidal`, `Madame Le Moal`, `Mlle DURAND`,
 * `Dr Vasseur`, `Maître Dubreuil`, `Mgr Lagrange`: a civil title or a title of office and a surname with
 * no given name, as minutes, captions and speeches name people they thank or show. The value is the
 * page's full name of that surname when it gives exactly one (`Claire Roussel` … `Mme Roussel`: one
 * person); else it keeps the title (`Monsieur Garrigou`, `Mme Morel-Vidal`, `Dr Vasseur`), since the
 * surname alone does not say who it is; `M.` is written out, since as a key it cannot be told from a
 * given name's initial. `M. X` is an initial instead (`fr.person.initials`) when the page gives X a first
 * name in M (`Marc X`) or lists it among other initials (`F. Robin, M. Canet, J. Viel`).
 * A given name after the title is `fr.person.name`'s (`Monsieur Jean Dupont`); here the surname
 * must be no role (`Monsieur le Président`), no common word unless it is a frequent surname
 * (`Madame Bernard` yes, `Monsieur Bricolage` no), no place and no given name alone (`Madame
 * Claire` names no family). Two capitalised words after a title are one surname (`M Auzon Cape`) only
 * when the first is no given name and neither is a common word, a place or a given name.
 * `fr.person.civility.plural`: `MM. Ferrand et Castagné`, `Mmes Roux, Vidal et Lenoir`: one person per
 * surname, each valued as above.
 */
import { CAPITAL_AHEAD, alternation, compile, escapeRegExp, literalFirst } from '../../core/pattern.js';
import { CIVIL_TITLES, HONORIFIC_TITLES, PLURAL_CIVIL_TITLES } from '../lexicon/titles.js';
import { particleForms } from '../lexicon/name-particles.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isAmbiguousFirstName, isFirstName, isSurnameCandidate, naturalCase, surnameInCapitals } from '../names.js';
import { nextSurnameMatch, surnameParts } from '../surname-occurrences.js';

/**
 * The value's form of each title read here: the civil titles of the lexicon (`Monsieur`, `Mme.`…), `M`
 * without its dot, and the titles of office (`Dr`, `Maître`…). `M. X` is found by the initials rule,
 * which asks `initialM`.
 */
const TITLE_FORMS: Readonly<Record<string, string>> = { ...CIVIL_TITLES, M: 'Monsieur', ...HONORIFIC_TITLES };
const TITLE = alternation(Object.keys(TITLE_FORMS));
/** Most text either side of `M. X` where other initialled names make it a list of initials. */
const LIST_REACH = 80;
/** An initialled name whose initial is not `M.` (`F. Robin`, `J.-C. Vidal`): a list of initials. */
const OTHER_INITIAL = /(?<![\p{L}\p{N}.'’-])(?!M\.)\p{Lu}\.(?:[ ]?-?\p{Lu}\.)?[ \t\n]*\p{Lu}\p{Ll}/u;

/** A given name in M and its blank, as read before a surname for `initialM` (not `Mme`, `Mlle`). */
const M_GIVEN = '(?<![\\p{L}])(?!Mme[ \\t\\n]|Mlle[ \\t\\n])M\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t\\n]+';
/** `M_GIVEN` looked behind from a surname's start, tried at one position. */
const M_GIVEN_BEFORE = new RegExp(`(?<=${M_GIVEN})`, 'uy');
/** No letter at one position: a surname ends as a whole word (with the `i` flag too, as the surname's pattern reads it). */
const NO_LETTER_AFTER = /(?![\p{L}])/uy;
const NO_LETTER_AFTER_CASELESS = /(?![\p{L}])/iuy;

/**
 * Whether `M.` before the surname `last` (at `[start, end)` of `text`) is an initial, not Monsieur:
 * the page names someone `M…` with that surname (`Marc Andro`, `Marie-Hélène Andro`), or other
 * initialled names stand within reach (`F. Robin, M. Canet`).
 */
export function initialM(text: string, start: number, end: number, last: string): boolean {
  const around = text.slice(Math.max(0, start - LIST_REACH), start) + ' ' + text.slice(end, end + LIST_REACH);
  if (OTHER_INITIAL.test(around)) return true;
  // The surname searched as text, the given name in M looked behind from it (fr/surname-occurrences.ts):
  // no pattern compiled for each surname. A surname with other characters gets its own pattern, the same test.
  const parts = surnameParts(last);
  if (parts !== null) return nextSurnameMatch(text, parts, false, M_GIVEN_BEFORE, NO_LETTER_AFTER, 0) !== null;
  const surname = escapeRegExp(last).replace(/\s+/gu, '\\s+');
  // The surname first, the given name looked behind from it (`literalFirst`): the same pages match.
  return new RegExp(`${literalFirst(surname, M_GIVEN)}(?![\\p{L}])`, 'u').test(text);
}

/** A name with a bare initial (`J Viel`; not `M`, nor `A`/`À`/`Y`, words of their own): a list whose initials lost their dots. */
const OTHER_BARE_INITIAL = /(?<![\p{L}\p{N}.'’-])(?![MAÀY][ \t])\p{Lu}[ \t]+\p{Lu}\p{Ll}/u;

/** Whether another bare initial and a surname stand within reach of `M X` at `[start, end)`. */
function bareInitialsNear(text: string, start: number, end: number): boolean {
  return OTHER_BARE_INITIAL.test(text.slice(Math.max(0, start - LIST_REACH), start) + ' ' + text.slice(end, end + LIST_REACH));
}

/** A given name as `fullNameOf` reads it before a surname. */
const GIVEN_BEFORE = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
/** The word before a surname and the blank between them, as `namesBefore` reads them. */
const GIVEN_AND_GAP = `(?<![\\p{L}\\p{N}.'’-])(?<given>${GIVEN_BEFORE})(?<gap>[ \\t\\n]+)`;
/** `GIVEN_AND_GAP` looked behind from a surname's start, tried at one position (case-blind, as `namesBefore` reads). */
const GIVEN_NAME_BEFORE = new RegExp(`(?<=${GIVEN_AND_GAP})`, 'iuy');

/**
 * The page's full name of the surname `last` when it gives exactly one (`Théo Wagner` … `M. Wagner`,
 * `Claire Roussel` … `Mme Roussel`: the same person), else null.
 */
function fullNameOf(text: string, last: string): string | null {
  const surname = naturalCase(last.replace(/\s+/gu, ' '));
  const given = new Set(namesBefore(text, last).filter((name) => isFirstName(name)));
  return given.size === 1 ? `${[...given][0] ?? ''} ${surname}` : null;
}

/**
 * The word before each occurrence of the surname `last` on the page, as the global scan of
 * `(?<![\p{L}\p{N}.'’-])(?<given>WORD)[ \t\n]+SURNAME(?![\p{L}])` (case-blind, the surname's blanks
 * read as `\s+`) reads them: the same non-overlapping matches, in order. The surname is searched first
 * and the word looked behind from it (`literalFirst`), which spares the case-blind look-behind at every
 * position of the page; a match starting inside the one before (`Marie Martin Martin`) is skipped, as
 * that scan skips it.
 */
function namesBefore(text: string, last: string): string[] {
  const parts = surnameParts(last);
  // The surname searched as text (fr/surname-occurrences.ts), else its own pattern: the same matches.
  let next: (from: number) => RegExpExecArray | null;
  if (parts !== null) next = (from) => nextSurnameMatch(text, parts, true, GIVEN_NAME_BEFORE, NO_LETTER_AFTER_CASELESS, from);
  else {
    const pattern = new RegExp(`${literalFirst(escapeRegExp(last).replace(/\s+/gu, '\\s+'), GIVEN_AND_GAP)}(?![\\p{L}])`, 'giu');
    next = (from) => {
      pattern.lastIndex = from;
      return pattern.exec(text);
    };
  }
  const names: string[] = [];
  let resume = 0;
  let match = next(0);
  while (match !== null) {
    const name = match.groups?.['given'] ?? '';
    if (match.index - (match.groups?.['gap']?.length ?? 0) - name.length < resume) {
      match = next(match.index + 1);
      continue;
    }
    resume = match.index + match[0].length;
    names.push(name);
    match = next(resume);
  }
  return names;
}

/** The value of `title` + `last`: the page's full name of that surname, else `Monsieur X`, `Mme Le Moal`, `Dr Vasseur`. */
export function civilValue(text: string, title: string, last: string): string {
  const form = TITLE_FORMS[title] ?? PLURAL_CIVIL_TITLES[title] ?? 'Monsieur';
  return fullNameOf(text, last) ?? `${form} ${naturalCase(last.replace(/\s+/gu, ' '))}`;
}
const WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+))?";
/** A capitalised or upper-case particle (lexicon/name-particles.ts); a lower-case one reads as prose. */
const PARTICLE = alternation(particleForms(false));
// GAP allows a line end: the title often ends a line of a narrow column.
/**
 * The title, a surname (after a capitalised particle) or two capitalised words read as one (`more`), and
 * no capitalised word next: that would be a full name.
 */
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${TITLE})${GAP}(?<last>(?:${PARTICLE}${GAP})?${WORD})(?:[ \\t]+(?<more>${WORD}))?(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}|[ \\t]+\\p{Lu})`;

/** Whether `last` (its last word is the core) can be a family name on its own. */
function familyName(last: string): boolean {
  const core = last.split(/\s+/u).pop() ?? '';
  if (!isSurnameCandidate(core) || isPlaceName(last) || isPlaceName(core)) return false;
  if (isFirstName(core) && !isSurname(core)) return false;
  return isSurname(core) || core.split(/[-'’]/u).every((part) => !isCommonWord(part.toLowerCase()));
}

/** A word of a two-word surname (`Auzon Cape`): no given name, no common word, no place. */
function plainSurnameWord(word: string): boolean {
  return isSurnameCandidate(word) && !isFirstName(word) && !isPlaceName(word) && word.split(/[-'’]/u).every((part) => !isCommonWord(part.toLowerCase()));
}

/** The surname after the title: `last`, or `last more` when both words can only be a surname; null when neither reading holds. */
function surnameAfterTitle(last: string, more: string | undefined): string | null {
  if (more === undefined) return familyName(last) ? last : null;
  return !/\s/u.test(last) && plainSurnameWord(last) && plainSurnameWord(more) ? `${last} ${more}` : null;
}

export const personCivilityParser: Parser = {
  id: 'fr.person.civility',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const title = match.groups?.['title'] ?? '';
    const last = surnameAfterTitle(match.groups?.['last'] ?? '', match.groups?.['more']);
    if (last === null) return null;
    const end = match.index + match[0].length;
    // `M Canet` among `F Robin, J Viel`: an initial whose dot was lost; `taille M Blanc`: a size and a colour.
    if (title === 'M' && (initialM(context.text, match.index, end, last) || bareInitialsNear(context.text, match.index, end) || isCommonWord(last.toLowerCase()))) return null;
    return { type: 'person', start: match.index, end, value: civilValue(context.text, title, last), confidence: 0.75, rule: this.id, inferred: [] };
  },
};

const PLURAL_TITLE = alternation(Object.keys(PLURAL_CIVIL_TITLES));
/** `MM. Ferrand et Castagné`, `Mmes Roux, Vidal et Lenoir`: a plural title, surnames joined by commas and a last `et`, no given name. */
const PLURAL_PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${PLURAL_TITLE})${GAP}(?<names>${WORD}(?:,[ \\t]*${WORD})*[ \\t]+(?:et|&)${GAP}${WORD})(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}|[ \\t]+\\p{Lu})`;
const PLURAL_NAME = new RegExp(WORD, 'gu');

export const personCivilityPluralParser: Parser = {
  id: 'fr.person.civility.plural',
  pattern: () => compile(PLURAL_PATTERN, 'gu'),
  extract(context, match): readonly Candidate[] | null {
    const title = match.groups?.['title'] ?? '';
    const names = match.groups?.['names'] ?? '';
    const offset = match.index + match[0].length - names.length;
    const found = [...names.matchAll(PLURAL_NAME)];
    // Every surname must be one (`MM. Ferrand et Fils` is a firm's name, not two men).
    if (found.some((name) => !familyName(name[0]))) return null;
    return found.map((name) => ({
      type: 'person' as const, start: offset + name.index, end: offset + name.index + name[0].length,
      value: civilValue(context.text, title, name[0]), confidence: 0.75, rule: this.id, inferred: [],
    }));
  },
};

/** A given name in capitals (`JEAN`, `MARIE-HÉLÈNE`), maybe two (`JEAN PAUL`). */
const GIVEN_CAPS = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})?";
/** A surname in capitals, maybe hyphenated (`VERDALON`, `ROUX-MARTEL`). */
const SURNAME_CAPS = "\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?";
/**
 * `Monsieur JEAN PAUL⏎VERDALON, vice-président…`, `Madame MARIE VERDALON`, `M. JEAN VERDALON`: a civil title (`M.` too:
 * before a known given name and a surname in capitals it is Monsieur, no initial), then one or two given names
 * and a surname all in capitals (minutes and letters write the name so), read as the full name; the first given name must
 * be a known one, a second one a given name or a word that may be a surname, the surname no common word (unless a
 * surname too: `surnameInCapitals`, names.ts), known acronym or place (a given name too: the run's last word is the family's,
 * as `Monsieur PAUL MARTIN`). The line may break anywhere between them. It ends before a line or word in sentence
 * case (`Président de…` under the name, as minutes write it), never before another word in capitals (the run goes on).
 */
const CAPITALS_PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?<title>${alternation([...Object.keys(CIVIL_TITLES), 'M.'])})${GAP}(?<given>${GIVEN_CAPS}(?:${GAP}${GIVEN_CAPS})?)${GAP}(?<last>${SURNAME_CAPS})(?![\\p{L}\\p{N}@'’-]|[ \\t]*\\n?[ \\t]*\\p{Lu}{2,}(?![\\p{L}]))`;

export const personCivilityCapitalsParser: Parser = {
  id: 'fr.person.civility.capitals',
  pattern: () => compile(CAPITALS_PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    const given = (match.groups?.['given'] ?? '').split(/\s+/u);
    const last = match.groups?.['last'] ?? '';
    // The first given name a known one; a second, a given name or at least no common word (`JEAN PAUL`, `JEAN KEVAN`).
    const [first, second] = given;
    // After a civil title a given name the lexicon keeps for clear contexts (`ANNE`: ambiguous-first-names.ts) is one.
    if (first === undefined || !(isFirstName(naturalCase(first)) || isAmbiguousFirstName(naturalCase(first))) || !surnameInCapitals(last, 'surname')) return null;
    if (second !== undefined && !isFirstName(naturalCase(second)) && !surnameInCapitals(second, 'surname')) return null;
    const value = `${given.map((name) => naturalCase(name)).join(' ')} ${naturalCase(last)}`;
    return { type: 'person', start: match.index, end: match.index + match[0].length, value, confidence: 0.8, rule: this.id, inferred: [] };
  },
};
