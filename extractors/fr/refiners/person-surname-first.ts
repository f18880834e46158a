/**
 * `Présents : Morvan Lise, Kerdilès Paul, Tanguy Anne` and `Pouvoir de Morvan Lise à Kerdilès Paul`: French
 * minutes, attendance sheets, electoral lists and rolls write people surname first, in title case
 * (`fr.person.reversed` reads the surnames in capitals). A capitalised word then a known given name in
 * running text is as often a street or a body (`rue Victor Hugo`, `Espace Marie Curie`), so the reversed
 * reading needs evidence:
 * - `attendance-list`: a list of two such pairs or more, parted by commas, semicolons, `à` (a proxy) or
 *   `et`, or one a line, opened by an attendance cue (lexicon/attendance-cues.ts) makes the page one that writes people
 *   surname first; there every such list of two pairs or more, and a lone pair right after a cue, is read
 *   surname first;
 * - `given-first-elsewhere`: the same two words written given name first elsewhere on the page;
 * - `citation`: a pair right after a colon or at a line's start, then a comma and an opening guillemet, as a
 *   reference cites its author (`Pour citer : Morvan Lise, « Titre »`).
 * The surname must be no given name (`Martin Paul` stays ambiguous), place, title or role.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { CAPITAL_OR_ABOVE_AHEAD, alternation, anyCaseAlternation, fold, withAsciiLookBehinds } from '../../core/pattern.js';
import { allMatches } from '../../core/word-scan.js';
import { spansOverlap } from '../../core/span-index.js';
import { ATTENDANCE_CUES } from '../lexicon/attendance-cues.js';
import { particleForms } from '../lexicon/name-particles.js';
import { FOLDED_TITLES } from '../lexicon/titles.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isAmbiguousFirstName, isFirstName, isSurnameCandidate, naturalCase } from '../names.js';

const WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?";
/** A capitalised particle opening the surname (`Le Goff Anne`, `Da Costa Paulo`); a lower-case `de` before a pair is prose (`pouvoir de`). */
const PARTICLE = alternation(particleForms(false).filter((form) => form !== form.toUpperCase()));
/**
 * A capitalised word (the surname) before another (the given name); only the surname is taken, so every word is tried.
 * Both the particles and the word open on a capital: it is looked for first, then the boundary (an ASCII pre-test first),
 * as the pattern is tried from each position of the page (speed only, the same matches).
 */
const PAIR = new RegExp(
  `${CAPITAL_OR_ABOVE_AHEAD}${withAsciiLookBehinds(`(?<![\\p{L}\\p{N}'’.@/&-])(?<last>(?:${PARTICLE}[ \\t]+)?${WORD})(?=(?<gap>[ \\t]+|[ \\t]*\\n[ \\t]*)(?<first>${WORD})(?![\\p{L}\\p{N}'’@/&-]))`)}`,
  'gu',
);
/** What parts two pairs of one list: a comma, a semicolon, `à` (a proxy) or `et`, maybe a line break. */
const SEPARATOR = /^[ \t]*(?:[,;]|à(?=[ \t\n])|et(?=[ \t\n]))[ \t]*\n?[ \t]*$|^[ \t]*\n[ \t]*(?:à|et)[ \t]+$/u;
/** A line break alone: two pairs each alone on its line (an attendance sheet writes one a line). */
const LINE_BREAK = /^[ \t]*\n[ \t]*$/u;
/** An attendance cue closing the text before a list, maybe with a colon or a dash. */
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyCaseAlternation(ATTENDANCE_CUES)})[ \\t]*[:–-]?[ \\t]*\\n?[ \\t]*$`, 'u');
/** A reference citing its author: a colon or a line's start before the pair, a comma and a guillemet after it. */
const CITATION_BEFORE = /(?:^|\n|:)[ \t]*$/u;
const CITATION_AFTER = /^[ \t]*,[ \t]*«/u;

/** A pair; `wrapped` when a line break parts its two words (read only inside a list). */
interface Pair { readonly start: number; readonly end: number; readonly last: string; readonly first: string; readonly wrapped: boolean }

/** Whether `last` (maybe after a particle) may be a surname written before a given name: no given name, place, title or role. */
function surnameFirst(last: string): boolean {
  const core = last.split(/[ \t]+/u).pop() ?? last;
  return !isFirstName(core) && isSurnameCandidate(core) && !isPlaceName(core) && !isPlaceName(last) && !FOLDED_TITLES.has(fold(core));
}

/** Whether `first` is a given name after `last`: a known one, or an ambiguous one (`Anne`, `Claude`) after a surname no dictionary holds. */
const givenAfter = (first: string, last: string): boolean =>
  isFirstName(first) || (isAmbiguousFirstName(first) && (isSurname(last) || !isCommonWord((last.split(/[ \t]+/u).pop() ?? last).toLowerCase())));

/** Every capitalised word then a known given name whose first word may be a surname, in text order. */
function pairsOf(text: string): Pair[] {
  const pairs: Pair[] = [];
  for (const match of allMatches(PAIR, text)) {
    const last = match.groups?.['last'] ?? '';
    const first = match.groups?.['first'] ?? '';
    if (!givenAfter(first, last) || !surnameFirst(last)) continue;
    const gap = match.groups?.['gap'] ?? ' ';
    pairs.push({ start: match.index, end: match.index + last.length + gap.length + first.length, last, first, wrapped: gap.includes('\n') });
  }
  return pairs;
}

/** Whether `pair` is alone on its line. */
const aloneOnLine = (text: string, pair: Pair): boolean =>
  /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, pair.start - 20), pair.start)) && /^[ \t]*(?:\n|$)/u.test(text.slice(pair.end, pair.end + 20));

/** Whether only a list separator parts `previous` and `pair`: a comma, `à`…, or a line break between two pairs each alone on its line. */
function parted(text: string, previous: Pair, pair: Pair): boolean {
  if (pair.start < previous.end) return false;
  const between = text.slice(previous.end, pair.start);
  return SEPARATOR.test(between) || (LINE_BREAK.test(between) && !pair.wrapped && !previous.wrapped && aloneOnLine(text, previous) && aloneOnLine(text, pair));
}

/** The pairs grouped in lists: consecutive pairs with only a list separator between them. */
function runsOf(text: string, pairs: readonly Pair[]): Pair[][] {
  const runs: Pair[][] = [];
  for (const pair of pairs) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run !== undefined && previous !== undefined && parted(text, previous, pair)) run.push(pair);
    else runs.push([pair]);
  }
  return runs;
}

const cued = (text: string, pair: Pair): boolean => CUE_BEFORE.test(text.slice(Math.max(0, pair.start - 40), pair.start));

/**
 * Whether a pair of a list no cue opens, on a page that has a cued list, is read as a body by another rule
 * (`Partenaires : Biocoop Lucie, Emmaüs Marie`, `au Café Lucie, Bistrot Margot et Épicerie Jeanne`): the cue speaks of
 * its own list only, and a list of places or partners further down the page is not one of people. A cued list is left
 * as it is. (A surname that is a common word is no sign of a body: many surnames are, `Bise`, `Terrier`.)
 */
const readAsBody = (pair: Pair, organisations: readonly Candidate[]): boolean => organisations.some((organisation) => spansOverlap(organisation, pair));

/** The evidence that reads `pair` surname first, or null. */
function evidenceOf(text: string, run: readonly Pair[], pair: Pair, listPage: boolean): string | null {
  if (listPage && (run.length >= 2 || cued(text, pair))) return 'attendance-list';
  if (pair.wrapped) return null;
  if (new RegExp(`(?<![\\p{L}])${pair.first}[ \\t]+${pair.last}(?![\\p{L}])`, 'u').test(text)) return 'given-first-elsewhere';
  if (CITATION_BEFORE.test(text.slice(Math.max(0, pair.start - 20), pair.start)) && CITATION_AFTER.test(text.slice(pair.end, pair.end + 8))) return 'citation';
  return null;
}

/**
 * Whether `person` may be left for `pair`: no other reading of it, or, on a list read surname first, a name another rule read
 * across a line break (`Morvan Lise⏎Kerdilès Paul` gives `Lise⏎Kerdilès`: a given name ending one line and the next line's surname).
 */
const yieldsTo = (text: string, person: Candidate, pair: Pair, inList: boolean): boolean =>
  !spansOverlap(person, pair) || (inList && person.rule !== RULE_ID && text.slice(person.start, person.end).includes('\n'));

const RULE_ID = 'fr.person.surname-first';

export const personSurnameFirstRefiner: Refiner = {
  id: RULE_ID,
  refine(context, candidates): Candidate[] {
    const text = context.text;
    const pairs = pairsOf(text);
    if (pairs.length === 0) return [...candidates];
    const runs = runsOf(text, pairs);
    const listPage = runs.some((run) => run.length >= 2 && cued(text, run[0] as Pair));
    const people = candidates.filter((candidate) => candidate.type === 'person');
    const organisations = candidates.filter((candidate) => candidate.type === 'organisation');
    const added: Candidate[] = [];
    const dropped = new Set<Candidate>();
    for (const run of runs) {
      const runCued = cued(text, run[0] as Pair);
      for (const pair of run) {
        const evidence = evidenceOf(text, run, pair, listPage);
        if (evidence === null) continue;
        if (evidence === 'attendance-list' && !runCued && !cued(text, pair) && readAsBody(pair, organisations)) continue;
        const inList = evidence === 'attendance-list' && run.length >= 2;
        if (!people.every((person) => yieldsTo(text, person, pair, inList))) continue;
        for (const person of people) if (spansOverlap(person, pair)) dropped.add(person);
        added.push({
          type: 'person', start: pair.start, end: pair.end, value: `${pair.first} ${naturalCase(pair.last)}`, confidence: 0.75,
          rule: RULE_ID, inferred: [], evidence: [evidence],
        });
      }
    }
    return [...candidates.filter((candidate) => !dropped.has(candidate)), ...added];
  },
};
