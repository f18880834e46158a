/**
 * Candidate names read from the sentence rather than from a list:
 * - `article-name`: a capitalised article in the middle of a sentence opens a proper name (`…
 *   rejoint par Le Relais Vert`, `en 2020, La Fabrique Solidaire a…`): French writes `le`/`la`
 *   in lower case there, so the capital belongs to a name;
 * - `region-bracket`: a name followed by its region or department in brackets and a colon or a
 *   comma, as in a list of laureates (`Les Ateliers Verts (Occitanie) : le projet…`).
 * - `possessive-role`: a name followed by `et son directeur`, `et sa présidente`: the role
 *   belongs to the name, so the name is a structure's (`Zénith Studio et sa directrice`).
 * - `kind-example`: a name given as an example of a kind of structure (`des associations telles
 *   Zéphyr`, `des entreprises comme Kalimba Services`).
 * Whether a candidate is kept is decided by its evidence (`evidence.ts`, `score.ts`).
 */
import { NON_ORGANISATION_ACRONYMS, REGIONS } from '../lexicon/organisation-types.js';
import { alternation, fold } from '../../core/pattern.js';
import { HEAD_WORDS } from './name-words.js';

/** A line at least this long is wrapped prose, not a heading. */
const PROSE_LINE = 30;
import { isPlaceName } from '../lexicon-lookup.js';

/** A capitalised run: up to five capitalised words, joined by a space or a short connector. */
export const NAME_RUN =
  "(?:(?:Les|Le|La|L['’])[ \\t\\n]*)?\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:(?:[ \\t]+\\n?[ \\t]*|\\n[ \\t]*|[ \\t\\n]+(?:de|du|des|en|et|à|sur)[ \\t\\n]+(?:la[ \\t\\n]+|l['’])?|[ \\t\\n]+d['’]|[ \\t\\n]+(?:de[ \\t\\n]+)?l['’])\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,4}";

interface SentenceName {
  readonly start: number;
  readonly end: number;
  readonly source: 'article-name' | 'region-bracket' | 'possessive-role' | 'kind-example';
}

/** Before the article: a lower-case word, a digit or a comma, then at most one line break. */
const ARTICLE_NAME = new RegExp(
  `(?=L)(?<=[\\p{Ll}\\d,;)][ \\t]*\\n?[ \\t]*)(?<![dlDL]['’])(?:Les|Le|La|L['’])[ \\t]*\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:(?:[ \\t]+|[ \\t]+(?:de|du|des|en|et|à|sur)[ \\t]+(?:la[ \\t]+|l['’])?|[ \\t]+d['’])\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,3}`,
  'gu',
);

/**
 * The article must be inside running prose: after a line break, the line before is long (a
 * wrapped sentence, not a heading). The name's first word must be no type word (`La Fédération`,
 * `Le Pôle` refer back to a body named elsewhere), no concept acronym (`Le PTCE`) and not in
 * capitals (a heading).
 */
function inProse(text: string, start: number, first: string): boolean {
  if (HEAD_WORDS.has(fold(first)) || NON_ORGANISATION_ACRONYMS.has(first.toUpperCase()) || /^\p{Lu}{2,}/u.test(first)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return true;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return lineStart - previousStart >= PROSE_LINE;
}

export function articleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of text.matchAll(ARTICLE_NAME)) {
    const first = /^(?:Les|Le|La|L['’])[ \t]*(?<word>[\p{L}\p{N}'’&-]+)/u.exec(match[0])?.groups?.['word'] ?? '';
    if (inProse(text, match.index, first)) found.push({ start: match.index, end: match.index + match[0].length, source: 'article-name' });
  }
  return found;
}

/** The bracket first (a literal to search for), then the name is read backwards from it. */
const REGION_BRACKET = new RegExp(`[ \\t]*\\((?<place>${alternation(REGIONS)}|\\p{Lu}[\\p{L}'’ -]{2,30}|\\d{2,3})\\)[ \\t]*[:,–—]`, 'gu');
/** A name run ending where the text before the bracket ends, opening a line or a sentence. */
const RUN_BEFORE_BRACKET = new RegExp(`(?:^|[.!?:][ \\t]+|\\n)[ \\t]*(?<name>${NAME_RUN})$`, 'u');
/** A name ending right before a cue, wherever it starts. */
const RUN_BEFORE_CUE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<name>${NAME_RUN})$`, 'u');
/** How far back a name is read from its cue. */
const NAME_REACH = 90;

/** The name run ending at `end`, read on at most `NAME_REACH` characters before it. */
function runBefore(text: string, end: number, run: RegExp): { start: number; end: number } | null {
  const from = Math.max(0, end - NAME_REACH);
  const found = run.exec(text.slice(from, end));
  const name = found?.groups?.['name'];
  if (found === null || name === undefined) return null;
  return { start: end - name.length, end };
}

export function regionBracketNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of text.matchAll(REGION_BRACKET)) {
    const place = match.groups?.['place'] ?? '';
    if (!/^\d/u.test(place) && !isPlaceName(place) && !REGIONS.includes(place)) continue;
    const name = runBefore(text, match.index, RUN_BEFORE_BRACKET);
    if (name !== null) found.push({ ...name, source: 'region-bracket' });
  }
  return found;
}

/** Roles a structure has (`son directeur`), written after its name. */
const POSSESSIVE_ROLE =
  /[ \t\n]+et[ \t\n]+(?:son|sa|ses|leur)[ \t\n]+(?:directeur|directrice|président|présidente|fondateur|fondatrice|fondateurs|gérant|gérante|coordinateur|coordinatrice|équipe|salariés|bénévoles|adhérents)(?![\p{L}])/gu;

export function possessiveRoleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of text.matchAll(POSSESSIVE_ROLE)) {
    const name = runBefore(text, match.index, RUN_BEFORE_CUE);
    if (name !== null) found.push({ ...name, source: 'possessive-role' });
  }
  return found;
}

/**
 * A plural kind of structure, then `tel(le)s (que)`, `comme`, `notamment`, `dont`, right after
 * it or after a short complement and a comma (`des associations du quartier, telles X`).
 */
const KIND_EXAMPLE =
  /(?<![\p{L}])(?:associations|structures|entreprises|coopératives|acteurs|partenaires|membres|adhérents|organismes)(?:[^.;:!?]{0,40}?,)?[ \t\n]+(?:tel(?:le)?s(?:[ \t\n]+que)?|comme|notamment|dont)[ \t\n]+/gu;
const RUN_AFTER_CUE = new RegExp(`^${NAME_RUN}(?![\\p{L}\\p{N}'’-])`, 'u');

export function kindExampleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of text.matchAll(KIND_EXAMPLE)) {
    const start = match.index + match[0].length;
    // `comme A et B`: examples are listed, so `et` separates two names here.
    const name = RUN_AFTER_CUE.exec(text.slice(start, start + NAME_REACH))?.[0].split(/[ \t\n]+et[ \t\n]+/u)[0];
    if (name !== undefined) found.push({ start, end: start + name.length, source: 'kind-example' });
  }
  return found;
}
