/**
 * Candidate names read from the sentence rather than from a list:
 * - `article-name`: a capitalised article in the middle of a sentence opens a proper name (`…
 *   rejoint par Le Relais Vert`, `en 2020, La Fabrique Solidaire a…`): French writes `le`/`la`
 *   in lower case there, so the capital belongs to a name;
 * - `region-bracket`: a name followed by its region or department in brackets and a colon or a
 *   comma, as in a list of laureates (`Les Ateliers Verts (Occitanie) : le projet…`), and the
 *   name after that colon on the same line (`Porteur (Gard) : Nom du projet`).
 * - `possessive-role`: a name followed by `et son directeur`, `et sa présidente`: the role
 *   belongs to the name, so the name is a structure's (`Zénith Studio et sa directrice`).
 * - `kind-example`: a name given as an example of a kind of structure (`des associations telles
 *   Zéphyr`, `des entreprises comme Kalimba Services`).
 * - `verb-subject`: a name opening a sentence or a line, followed by what a structure does
 *   (`Kalimba accompagne…`, `Les Toits Verts ont ouvert…`, `lexicon/organisation-cues.ts`).
 * - `cleft-subject`: a name a cleft sentence puts forward as the subject of what follows (`c'est Kalimba qui
 *   anime…`, `ce sont Les Toits Verts qui…`): French focuses an agent so, a structure or a person (the person rules and
 *   the name's own evidence sort them).
 * - `coordinated`: a name joined by `et` to an organisation another rule found (`Les Ateliers
 *   Verts et l'association X`, `la CRESS et Kalimba`): a body is coordinated with a body.
 * - `kind-after`: a name followed by the kind of structure it is, in apposition, in brackets or after a spaced dash (`X – entreprise d'insertion`)
 *   (`Terre Franche, association de producteurs`, `Ortéa, première entreprise adaptée`, `Pays Vert
 *   Sud (communauté de communes)`, `Val Serein (pôle témoin…)`).
 * - `title-run`: a lower-case article in running text, then three capitalised words or more
 *   (`formé à la Jeunesse Rurale Chrétienne`): no title of a plan or an event (`SCHEME_WORDS`); or two side by side
 *   (`l'Écho Vert a ouvert`) that read as no place, people, role, concept or class of things (`titlePair`).
 * Whether a candidate is kept is decided by its evidence (`evidence.ts`, `score.ts`).
 */
import { allMatches } from '../../core/word-scan.js';
import { NON_ORGANISATION_ACRONYMS, REGIONS } from '../lexicon/organisation-types.js';
import { PLACE_OR_TIME_NOUNS } from '../lexicon/territory-words.js';
import { CAPITAL_AHEAD, CAPITAL_OR_ABOVE_AHEAD, WRAP_GAP, alternation, fold, withAsciiLookBehinds } from '../../core/pattern.js';
import { KINDS_AFTER_NAME, KIND_QUALIFIERS, ORGANISATION_VERBS, SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { DESCRIBED_HEADS } from '../lexicon/organisation-head-kinds.js';
import { KIND_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import { HEAD_WORDS } from './name-words.js';
import { PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { LINE_OPENING_WORDS } from '../lexicon/function-words.js';
import { nameContinuation } from './name-continuation.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/** A line at least this long is wrapped prose, not a heading. */
const PROSE_LINE = 30;
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { isCountryName } from '../lexicon/countries.js';
import { FORMER_REGIONS } from '../lexicon/territory-words.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { AREA_HEADS_BEFORE_ELISION, SAINT_WORDS } from '../lexicon/place-heads.js';
import { PLACE_WORD_BEFORE } from './article-coined.js';
import { DERIVED_WORD_ENDINGS, TITLE_PAIR_PEOPLE_ENDINGS } from '../lexicon/word-endings.js';
import { STREET_WORDS } from '../lexicon/street-words.js';

/** A capitalised run: up to five capitalised words, joined by a space or a short connector (a spaced `&` too: `Trokal & Partage`). */
export const NAME_RUN =
  "(?:(?:Les|Le|La|L['’])[ \\t\\n]*)?\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:(?:[ \\t]+\\n?[ \\t]*|\\n[ \\t]*|[ \\t\\n]+(?:de|du|des|en|et|&|à|sur)[ \\t\\n]+(?:la[ \\t\\n]+|l['’])?|[ \\t\\n]+d['’]|[ \\t\\n]+(?:de[ \\t\\n]+)?l['’])\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,4}";

interface SentenceName {
  readonly start: number;
  readonly end: number;
  readonly source: 'article-name' | 'region-bracket' | 'possessive-role' | 'kind-example' | 'verb-subject' | 'cleft-subject' | 'coordinated' | 'kind-after' | 'title-run';
}

/**
 * Before the article: a lower-case word, a digit or a comma, then at most one line break. The
 * name's capitalised words and connectors may go on over a line break (core's `WRAP_GAP`) (`…vendue sur Le Bon⏎Coin.`,
 * `…par La Ferme du⏎Val`): whether the break wraps the name is `wrappedName`'s to say.
 */
const ARTICLE_NAME = new RegExp(
  `(?=L)(?<=[\\p{Ll}\\d,;)][ \\t]*\\n?[ \\t]*)(?<![dlDL]['’])(?:Les|Le|La|L['’])[ \\t]*\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:(?:${WRAP_GAP}|${WRAP_GAP}(?:de|du|des|en|et|à|sur)${WRAP_GAP}(?:la${WRAP_GAP}|l['’])?|${WRAP_GAP}d['’])\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,3}`,
  'gu',
);

/**
 * Where a name read by `ARTICLE_NAME` ends: at its first line break, unless the break only wraps
 * running prose (the line it ends is at least `PROSE_LINE` long) and the next line's word goes on
 * with the name (no article, determiner, pronoun, phrase opener, nor a word in capitals, which opens a heading).
 */
function wrappedName(text: string, start: number, name: string): number {
  for (const lineBreak of name.matchAll(/[ \t]*\n[ \t]*(?<word>[\p{L}'’]+)/gu)) {
    const at = start + lineBreak.index;
    const word = lineBreak.groups?.['word'] ?? '';
    const lineLength = at - (text.lastIndexOf('\n', at - 1) + 1);
    const folded = word.toLowerCase();
    // Only a capital opens a phrase: `…du Pays⏎des Vallons` is one wrapped name.
    const opens = OPENS_UPPER.test(word) && (LINE_OPENING_WORDS.has(folded.replace(/['’].*$/u, "'")) || PHRASE_OPENERS.has(folded) || /^\p{Lu}{2,}/u.test(word));
    // Cut at the break, a connector left before it goes too (`…par La Grange du⏎Val`: `La Grange`).
    if (lineLength < PROSE_LINE || opens) return name.slice(0, lineBreak.index).replace(TRAILING_CONNECTORS, '').length;
  }
  return name.length;
}

/** Connectors ending a name cut at a line break (`du`, `de la`, `d'`). */
const TRAILING_CONNECTORS = /(?:[ \t]+(?:de|du|des|en|et|à|sur|la)|[ \t]+[dl]['’])+$/u;

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

/** `et` between two capitalised words of an article's name, and the words either side. */
const AND_IN_NAME = /(?<before>\p{Lu}[\p{L}'’-]*)(?<and>[ \t\n]+et[ \t\n]+)(?<after>\p{Lu}[\p{L}'’-]*)/gu;

/**
 * Where a name read by `ARTICLE_NAME` ends before an `et` that joins two names (`…, Les Ateliers
 * Nomades et Trokal (Nantes)`, `à Lunel, Le Cailar et Vauvert`): `et` stays inside one name
 * only between two common words (`La Cuisine et Compagnie`), as in a list's items (candidates.ts `joinsOneName`).
 */
function beforeSecondName(name: string): number {
  for (const and of name.matchAll(AND_IN_NAME)) {
    const before = and.groups?.['before'] ?? '';
    if (!joinsOneName(before, and.groups?.['after'] ?? '')) return and.index + before.length;
  }
  return name.length;
}

/** `Habitat et Partage`: `et` between two capitalised common words joins one name; between names (`Kalimba et Trokal`) it joins two. */
const joinsOneName = (before: string, after: string): boolean => isCommonWord(before) && isCommonWord(after);

export function articleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(ARTICLE_NAME, text)) {
    const first = /^(?:Les|Le|La|L['’])[ \t]*(?<word>[\p{L}\p{N}'’&-]+)/u.exec(match[0])?.groups?.['word'] ?? '';
    if (inProse(text, match.index, first)) found.push({ start: match.index, end: match.index + beforeSecondName(match[0].slice(0, wrappedName(text, match.index, match[0]))), source: 'article-name' });
  }
  return found;
}

/** The bracket first (a literal to search for), then the name is read backwards from it. */
const REGION_BRACKET = new RegExp(`[ \\t]*\\((?<place>${alternation(REGIONS)}|\\p{Lu}[\\p{L}'’ -]{2,30}|\\d{2,3})\\)[ \\t]*[:,–—]`, 'gu');
/** A name run ending where the text before the bracket ends, opening a line or a sentence. */
const RUN_BEFORE_BRACKET = new RegExp(`(?:^|[.!?:][ \\t]+|\\n)[ \\t]*(?<name>${NAME_RUN})$`, 'u');
/**
 * A name ending right before a cue, wherever it starts. Every run opens on a capital (its article's or its first
 * word's): the capital looked for first, then the boundary (an ASCII pre-test first), as the end-anchored pattern is
 * tried from each position of the text before the cue (speed only, the same matches).
 */
const RUN_BEFORE_CUE = new RegExp(`${CAPITAL_OR_ABOVE_AHEAD}${withAsciiLookBehinds("(?<![\\p{L}\\p{N}'’-])")}(?<name>${NAME_RUN})$`, 'u');
/** How far back a name is read from its cue. */
const NAME_REACH = 90;

/** The name run ending at `end`, read on at most `NAME_REACH` characters before it. */
function capitalRunBefore(text: string, end: number, run: RegExp): { start: number; end: number } | null {
  const from = Math.max(0, end - NAME_REACH);
  const found = run.exec(text.slice(from, end));
  const name = found?.groups?.['name'];
  if (found === null || name === undefined) return null;
  return { start: end - name.length, end };
}

/** One lower-case word right before a cue (`Trokal textile (Gard) :`). */
const LOWER_BEFORE = /[ \t]+\p{Ll}+(?:[-'’]\p{Ll}+)*$/u;

/**
 * The name ending at `end`: a capitalised run, or a run and one lower-case word that
 * name-continuation.ts reads as the name's (`Trokal textile (Gard) :`, `… Trokal ensemble et son directeur`).
 */
function runBefore(text: string, end: number, run: RegExp): { start: number; end: number } | null {
  const capitals = capitalRunBefore(text, end, run);
  if (capitals !== null) return capitals;
  const lower = LOWER_BEFORE.exec(text.slice(Math.max(0, end - 40), end));
  if (lower === null) return null;
  const runEnd = end - lower[0].length;
  const found = capitalRunBefore(text, runEnd, run);
  const name = found === null ? '' : text.slice(found.start, runEnd);
  const last = /(?<word>\p{Lu}[\p{L}\p{N}'’&-]*)$/u.exec(name)?.groups?.['word'];
  if (found === null || last === undefined) return null;
  const nameWords = (name.match(/[^ \t\n]+/gu) ?? []).filter((word) => OPENS_UPPER.test(word)).length;
  return nameContinuation(text, runEnd, { nameWords, lastWord: last })?.end === end ? { start: found.start, end } : null;
}

const isPlace = (place: string): boolean => isPlaceName(place) || REGIONS.includes(place);

/** `HAUTE-GARONNE` → `Haute-Garonne`: a department written in capitals, as lists of laureates do. */
function titleCased(place: string): string {
  return place.toLowerCase().replace(/(?:^|[ '’-])\p{Ll}/gu, (start) => start.toUpperCase()).replace(/(?<=[ -])(?:De|Du|Des|Et|La|Le|Sur)(?=[ -])/gu, (word) => word.toLowerCase());
}

export function regionBracketNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(REGION_BRACKET, text)) {
    const place = match.groups?.['place'] ?? '';
    if (!/^\d/u.test(place) && !isPlace(place) && !isPlace(titleCased(place))) continue;
    const name = runBefore(text, match.index, RUN_BEFORE_BRACKET);
    // One entry per line: a run reaching over a line break keeps its last line.
    const lineStart = name === null ? -1 : text.lastIndexOf('\n', name.end - 1);
    if (name !== null) found.push({ start: Math.max(name.start, lineStart + 1), end: name.end, source: 'region-bracket' });
    // `Porteur (Région) : Nom du projet`: the name after the colon, on the same line, is a laureate's too.
    if (!match[0].trimEnd().endsWith(':')) continue;
    const start = match.index + match[0].length + (/^[ \t]*/u.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0);
    const after = RUN_AFTER_CUE.exec(text.slice(start, start + NAME_REACH))?.[0].split('\n')[0]?.trimEnd();
    // `: Cluster⏎des acteurs…`: a name going on in lower case on the next line is longer than its run.
    const wrapsOn = after !== undefined && /^[ \t]*\n[ \t]*\p{Ll}/u.test(text.slice(start + after.length, start + after.length + 8));
    if (after !== undefined && after !== '' && !wrapsOn) found.push({ start, end: start + after.length, source: 'region-bracket' });
  }
  return found;
}

/** Roles a structure has (`son directeur`), written after its name. */
const POSSESSIVE_ROLE =
  /[ \t\n]+et[ \t\n]+(?:son|sa|ses|leur)[ \t\n]+(?:directeur|directrice|président|présidente|fondateur|fondatrice|fondateurs|gérant|gérante|coordinateur|coordinatrice|équipe|salariés|bénévoles|adhérents)(?![\p{L}])/gu;

export function possessiveRoleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(POSSESSIVE_ROLE, text)) {
    const name = runBefore(text, match.index, RUN_BEFORE_CUE);
    if (name !== null) found.push({ ...name, source: 'possessive-role' });
  }
  return found;
}

/**
 * A plural kind of structure, then `tel(le)s (que)`, `comme`, `notamment`, `dont`, right after
 * it or after a short complement and a comma (`des associations du quartier, telles X`).
 */
const EXAMPLE_KINDS = ['associations', 'structures', 'entreprises', 'coopératives', 'acteurs', 'partenaires', 'membres', 'adhérents', 'organismes'];
const KIND_EXAMPLE = new RegExp(
  `(?<![a-z])(?<![\\p{L}])(?:${EXAMPLE_KINDS.join('|')})(?:[^.;:!?]{0,40}?,)?[ \\t\\n]+(?:tel(?:le)?s(?:[ \\t\\n]+que)?|comme|notamment|dont)[ \\t\\n]+`,
  'gu',
);
/** Where `KIND_EXAMPLE` can start: at a word opening on one of its kinds (tried there only, core/cue-words.ts). */
const KIND_EXAMPLE_CUES = cueWords(EXAMPLE_KINDS);
const RUN_AFTER_CUE = new RegExp(`^${NAME_RUN}(?![\\p{L}\\p{N}'’-])`, 'u');

export function kindExampleNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of cueMatches(KIND_EXAMPLE, KIND_EXAMPLE_CUES, text)) {
    const start = match.index + match[0].length;
    // `comme A et B`: examples are listed, so `et` separates two names here.
    const name = RUN_AFTER_CUE.exec(text.slice(start, start + NAME_REACH))?.[0].split(/[ \t\n]+et[ \t\n]+/u)[0];
    if (name !== undefined) found.push({ start, end: start + name.length, source: 'kind-example' });
  }
  return found;
}

/** A name run that may end with a short number (`Les Ateliers 18`, `Atelier 3B`). */
const NUMBERED_RUN = `${NAME_RUN}(?:[ \\t]+\\d{1,3}\\p{Lu}?(?![\\p{N},.]))?`;

/** Determiners that open a sentence in front of a common noun (`Notre SCOP`, `Une Nouvelle Offre`). */
const DETERMINER = /^(?:Un|Une|Notre|Nos|Votre|Vos|Ce|Cet|Cette|Ces|Chaque|Leur|Leurs|Son|Sa|Ses|Tout|Toute|Tous|Toutes|Aucun|Aucune|Plusieurs|Certains|Certaines)$/u;

/**
 * At a sentence start a capital says nothing: the subject opens a name only when its first word
 * is no determiner, and, after an article, no type word or concept (`Le PTCE`, `La Région` refer
 * back to a body named elsewhere).
 */
function opensName(run: string): boolean {
  const words = run.split(/[ \t\n]+/u);
  if (DETERMINER.test(words[0] ?? '')) return false;
  const first = /^(?:Les|Le|La|L['’])[ \t]*(?<word>[\p{L}\p{N}'’&-]+)/u.exec(run)?.groups?.['word'] ?? words[0] ?? '';
  return !HEAD_WORDS.has(fold(first)) && !NON_ORGANISATION_ACRONYMS.has(first.toUpperCase());
}

/** The verb first (a literal to search for), then the name is read backwards from it. */
const ORGANISATION_VERB = new RegExp(`[ \\t]+(?:${alternation(ORGANISATION_VERBS)})(?![\\p{L}])`, 'gu');
/** A name run opening a sentence, a line or a clause (after a colon or a comma), read back from its verb. */
const RUN_OPENING = new RegExp(`(?:^|[.!?:,][ \\t]+|\\n)[ \\t]*(?<name>${NUMBERED_RUN})$`, 'u');

/** `Quimper et Lorient`, `Guadeloupe et La Réunion`: places joined by `et`. */
function placesJoined(run: string): boolean {
  const parts = run.split(/\s+et\s+/u);
  return parts.length >= 2 && parts.every((part) => isPlace(part) || isPlace(part.replace(/^(?:La|Le|Les|L['’])\s*/u, '')));
}

export function verbSubjectNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(ORGANISATION_VERB, text)) {
    if (!/[\p{L}\p{N}'’]/u.test(text.charAt(match.index - 1))) continue;
    const name = runBefore(text, match.index, RUN_OPENING);
    if (name === null || /\n/u.test(text.slice(name.start, name.end)) || !opensName(text.slice(name.start, name.end))) continue;
    // `…, Quimper et Lorient ont signé`: towns joined by `et` are the subject, no structure.
    if (!placesJoined(text.slice(name.start, name.end))) found.push({ ...name, source: 'verb-subject' });
  }
  return found;
}

/**
 * `c'est` or `ce sont`, a capitalised run on the same line, then `qui` (spaces and one line break around the run): the
 * run is the focused subject. The literal first (`C`/`c`), the run read by `NAME_RUN`.
 */
const CLEFT = new RegExp(`(?<![\\p{L}])[Cc](?:['’]est|e[ \\t]+sont)[ \\t]+\\n?[ \\t]*(?<name>${NAME_RUN})[ \\t]*\\n?[ \\t]*qui(?![\\p{L}])`, 'gdu');

/**
 * Given names joined by `et` or commas (`Lucie et Karim`): the people a cleft puts forward (`ce sont Lucie et Karim
 * qui…`), no body; a word no given name joined so stays (`Pierre et Vacances`).
 */
function givenNamesOnly(run: string): boolean {
  const names = run.split(/[\s,]+/u).filter((word) => word !== 'et' && word !== '');
  return names.length >= 2 && names.every((word) => isFirstName(word));
}

export function cleftSubjectNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(CLEFT, text)) {
    const at = match.indices?.groups?.['name'];
    if (at === undefined) continue;
    const run = text.slice(at[0], at[1]);
    // One word the dictionary holds is a thing or an idea focused so (`c'est Internet qui…`), not a name.
    if (/\n/u.test(run) || !opensName(run) || (!/\s/u.test(run) && isCommonWord(run)) || givenNamesOnly(run)) continue;
    found.push({ start: at[0], end: at[1], source: 'cleft-subject' });
  }
  return found;
}

/**
 * `et`, then what may open the other body's name (`et de la`, `et l'`, `et aux`); a line may end on
 * that connector or article (`connector-at-line-end`: `… et de la⏎Ruche Verte`), the name reads on.
 */
const AND_AFTER = /^[ \t]+et[ \t\n]+(?:(?:de|à)[ \t]*\n?[ \t]*(?<=[ \t\n]))?(?:(?:la|le|les|du|des|au|aux)[ \t]*\n?[ \t]*(?<=[ \t\n])|[ld]['’])?/u;
/** `… et l'association ORG`: after an article, a lower-case type word may stand between `et` and the name found. */
const AND_BEFORE = /[ \t\n]+et[ \t]+(?:(?:de|à)[ \t]+)?(?:(?:(?:la|le|les|du|des|au|aux)[ \t]+|[ld]['’])(?:[\p{Ll}'’-]+[ \t\n]+){0,2})?$/u;
const RUN_FIRST = new RegExp(`^${NUMBERED_RUN}(?![\\p{L}\\p{N}'’-])`, 'u');
const NUMBERED_RUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<name>${NUMBERED_RUN})$`, 'u');

/**
 * Names coordinated by `et` with one of `organisations` (spans other rules found): the name
 * right after `ORG et` or right before `et ORG`. A run holding another `et` keeps its first part.
 */
export function coordinatedNames(text: string, organisations: readonly { start: number; end: number }[]): SentenceName[] {
  const found: SentenceName[] = [];
  for (const organisation of organisations) {
    const after = AND_AFTER.exec(text.slice(organisation.end, organisation.end + 20));
    if (after !== null) {
      const start = organisation.end + after[0].length;
      // `ORG et Habitat et Partage`: an `et` between two common words stays inside the one name coordinated.
      const run = RUN_FIRST.exec(text.slice(start, start + NAME_REACH))?.[0];
      const name = run?.slice(0, andsInRun(run).find(separatesNames)?.index ?? run.length).trimEnd();
      // `… de Nou- velle-Aquitaine`: a word cut by a hyphen (a broken line's, an OCR's) leaves the name unread.
      if (name !== undefined && !name.endsWith('-')) found.push({ start, end: start + name.length, source: 'coordinated' });
    }
    const before = AND_BEFORE.exec(text.slice(Math.max(0, organisation.start - 60), organisation.start));
    if (before !== null) {
      const end = organisation.start - before[0].length;
      const name = runBefore(text, end, NUMBERED_RUN_BEFORE);
      if (name !== null) found.push({ ...name, start: lastPart(text, name.start, name.end), source: 'coordinated' });
    }
  }
  return found;
}

/**
 * `A et B` read back from `et ORG`: only `B` is coordinated with the organisation. The last `et`
 * that joins two names (`beforeSecondName`) cuts; one between two common words (`Habitat et Partage
 * et ORG`) stays inside `B`.
 */
function lastPart(text: string, start: number, end: number): number {
  const and = andsInRun(text.slice(start, end)).filter(separatesNames).pop();
  return and === undefined ? start : start + and.index + and[0].length;
}

/** `et` inside a name run (name-candidates.ts `NAME_RUN`), the capitalised words either side; an article may open the second (`et la Ruche`). */
const AND_IN_RUN = /(?<=(?<before>\p{Lu}[\p{L}'’-]*))[ \t\n]+et[ \t\n]+(?=(?<after>(?:la[ \t\n]+|l['’])?\p{Lu}[\p{L}'’-]*))/gu;

/** A spaced `et`, which every match of `AND_IN_RUN` holds. */
const SPACED_AND = /[ \t\n]et[ \t\n]/u;

/**
 * The matches of `AND_IN_RUN` in `run`, looked for only when it holds a spaced `et`: the pattern opens on a
 * look-behind tried at every position, and most runs hold no `et` (speed only, the same matches).
 */
const andsInRun = (run: string): RegExpExecArray[] => (SPACED_AND.test(run) ? allMatches(AND_IN_RUN, run) : []);

/** Whether an `et` of `AND_IN_RUN` separates two names: not between two capitalised common words (`Habitat et Partage`). */
const separatesNames = (and: RegExpExecArray | RegExpMatchArray): boolean => !joinsOneName(and.groups?.['before'] ?? '', and.groups?.['after'] ?? '');

/**
 * What a structure is to its field, said after its name (`Terre Vivace, acteur reconnu de
 * l'ESS`, `Trokalis, l'organisme de formation…`, `X, spécialiste de la gestion des déchets`). A
 * person may be said one too: `person-like` and the first-name guard below keep people out.
 */
const ROLES_AFTER_NAME: readonly string[] = ['acteur', 'organisme', 'opérateur', 'spécialiste'];

/**
 * Heads that are as often a plain noun of the sentence after a comma (`X, le chantier avance`, `X, l'atelier
 * a lieu…`, `X, un café offert`): after a name they say nothing of it.
 */
const PLAIN_NOUN_HEADS: ReadonlySet<string> = new Set(['chantier', 'café', 'atelier', 'ateliers', 'jardin', 'jardins', 'fabrique', 'compagnie']);

/**
 * The kinds said after a name: the structure kinds and public bodies, the heads that describe a body before its
 * name (`garage`, `plateforme`, `restaurant`…, lexicon/organisation-head-kinds.ts) and the acronyms of kinds
 * (`X, la CAE de…`).
 */
const KINDS_SAID_AFTER: readonly string[] = [
  ...new Set([...KINDS_AFTER_NAME, ...ROLES_AFTER_NAME, ...[...DESCRIBED_HEADS].filter((head) => !PLAIN_NOUN_HEADS.has(head)), ...KIND_ACRONYMS]),
];
/** Maybe a qualifier, then a kind of structure said after a name (its words apart over spaces or a line break). */
const QUALIFIED_KIND_SAID_AFTER = `(?:${alternation(KIND_QUALIFIERS)}[ \\t]*\\n?[ \\t]*)?${alternation(KINDS_SAID_AFTER).replace(/ /gu, '[ \\t\\n]+')}(?![\\p{L}])`;
/** A comma, an opening bracket or a spaced dash (`X – entreprise d'insertion`), an article or `premier`, maybe a qualifier, then a kind of structure. */
const KIND_AFTER = new RegExp(
  `(?:[,(]|[ \\t][-–—](?=[ \\t]))[ \\t]*\\n?[ \\t]*(?:(?:une|un|l['’]|la|le|notre|cette|première|premier)[ \\t]*\\n?[ \\t]*)?${QUALIFIED_KIND_SAID_AFTER}`,
  'giu',
);
/**
 * After a closing quote: a comma, maybe an article and a qualifier, then a kind of structure (`« Le grenier
 * bleu », une Scic`, `« L'échoppe », la nouvelle épicerie`): the quoted name is that body's.
 */
const KIND_AFTER_QUOTE = new RegExp(
  `^[ \\t\\u00a0]*,[ \\t]*\\n?[ \\t]*(?:(?:une|un|l['’]|la|le|notre|cette)[ \\t]*\\n?[ \\t]*)?${QUALIFIED_KIND_SAID_AFTER}`,
  'iu',
);
/** Whether a kind of structure is said after the quote closing a name (`after`: the text from the quote's end). */
export const kindAfterQuote = (after: string): boolean => KIND_AFTER_QUOTE.test(after);
/** A spaced dash, then an article: the kind opens another entry of a list run into one line (`– la Ressourcerie :`). */
const DASH_THEN_ENTRY = /^[ \t][-–—][ \t]*\n?[ \t]*(?:une|un|l['’]|la|le|notre|cette|première|premier)(?![\p{L}])/iu;
const KIND_NAMES: ReadonlySet<string> = new Set(KINDS_AFTER_NAME.map(fold));
const NUMBERED_RUN_BEFORE_KIND = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<name>${NUMBERED_RUN})$`, 'u');
/** `À Wavrans, la structure…`: after a preposition, a name before a comma is a place's. */
const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:à|en|sur|vers|depuis|chez)[ \t]*$/iu;
/**
 * `membre de X, la CAE de…`: after `de` the name before a comma is a body's, unless it is a known place (`de Lyon,
 * la ville…`) or a noun of a place or a moment ties it (`le quartier de X,`, `au moment de X,`).
 */
const AFTER_OF = /(?:^|[^\p{L}])(?:(?<noun>\p{L}+)[ \t\n]+)?(?:de|d['’])[ \t]*$/iu;

/** Whether the name before a comma follows a preposition that makes it a place's. */
function placeBeforeComma(text: string, name: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, name.start - 24), name.start);
  if (AFTER_PREPOSITION.test(before.slice(-8))) return true;
  const of = AFTER_OF.exec(before);
  if (of === null) return false;
  return PLACE_OR_TIME_NOUNS.has(fold(of.groups?.['noun'] ?? '')) || isPlace(locatedPart(text.slice(name.start, name.end)));
}

/**
 * `Originaire de Saint-Affrique, la SCOP…`: a common word then `de` and a place opens a sentence on where
 * someone is from; with a type word first it names the place's body (`Mairie de Rodez`), kept.
 */
const WORD_OF_PLACE = /^(?<word>\p{Lu}[\p{Ll}'’-]+)[ \t\n]+(?:de|du|d['’])[ \t\n]*(?<place>[^]+)$/u;
function wordOfPlace(run: string): boolean {
  const groups = WORD_OF_PLACE.exec(run)?.groups;
  return groups?.['word'] !== undefined && groups['place'] !== undefined && !HEAD_WORDS.has(fold(groups['word'])) && isCommonWord(groups['word']) && isPlace(groups['place']);
}

/** `Le Val Fleuri à Rodez`: a run that ends on `à` and a place is located there; the place is what it ends on. */
function locatedPart(run: string): string {
  const at = /[ \t\n]à[ \t\n]+(?<place>[^]+)$/u.exec(run);
  return at?.groups?.place !== undefined && isPlace(at.groups.place) ? at.groups.place : run;
}

/**
 * The last line break in `[start, end)`, or -1: `lastIndexOf` from the end would walk back over the
 * whole page before a name on a page of one long line, for every name (issue 13).
 */
function lineBreakIn(text: string, start: number, end: number): number {
  for (let index = end - 1; index >= start; index -= 1) if (text.charCodeAt(index) === 10) return index;
  return -1;
}

/** Whether the run `[start, end)` crosses a line break right after a connector (`de`, `du`, `d'`, `et`…). */
function wrappedOnConnector(text: string, start: number, end: number): boolean {
  const lineBreak = lineBreakIn(text, start, end);
  return lineBreak > start && /(?:^|[ \t])(?:de|du|des|en|et|à|sur|la|le|les)[ \t]*$|[dl]['’][ \t]*$/u.test(text.slice(Math.max(start, lineBreak - 6), lineBreak));
}

/**
 * A kind of structure with its determiner and a short lower-case description, a comma, then the name in apposition,
 * closed by punctuation and not the first of a list (`la suite d'une association créée en 2010, Kalvo 2P, qui…`, `par une troisième entité, Agir Kalvo.`,
 * `vers la seule scierie de l'île, Kalvi bois,`): the kind said before the name, as `kind-after` reads it after.
 */
const KIND_BEFORE_APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:[Uu]ne|[Uu]n|[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]et|[Nn]otre|[Ll]eur|[Ss]on|[Ss]a)[ \\t]*\\n?[ \\t]*(?:\\p{Ll}+[ \\t]+){0,2}?${QUALIFIED_KIND_SAID_AFTER}(?:[ \\t]+\\n?[ \\t]*[\\p{Ll}\\p{N}'’-]+){0,6}[ \\t]*,[ \\t]*\\n?[ \\t]*(?=\\p{Lu})`,
  'gu',
);
/** The name's end: punctuation right after it, maybe after one lower-case word or a number closing it (`Kalvo 2P,`, `Kalvi bois,`). */
const APPOSITION_CLOSE = new RegExp(`^(?<name>${NAME_RUN}(?:[ \\t]+(?:\\p{Ll}+|\\p{N}[\\p{L}\\p{N}]*))?)(?=[ \\t]*[,.;:)])`, 'u');

/** Another capitalised name after a comma or `et`: a list goes on. */
const LIST_GOES_ON = /^[ \t]*(?:,|[ \t]et[ \t])[ \t]*\n?[ \t]*\p{Lu}/u;

export function kindBeforeAppositionNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(KIND_BEFORE_APPOSITION, text)) {
    const start = match.index + match[0].length;
    const name = APPOSITION_CLOSE.exec(text.slice(start, start + NAME_REACH))?.groups?.['name'];
    if (name === undefined || name.includes('\n')) continue;
    // `… étaient Trokalis, Vél'Horizon et …`: the first item of a list of names, which the list rules read.
    if (LIST_GOES_ON.test(text.slice(start + name.length, start + name.length + 12))) continue;
    found.push({ start, end: start + name.length, source: 'kind-after' });
  }
  return found;
}

export function kindAfterNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(KIND_AFTER, text)) {
    const end = match.index - (/[ \t\n]*$/u.exec(text.slice(Math.max(0, match.index - 4), match.index))?.[0].length ?? 0);
    // `Textiles – la Ressourcerie :`: after a dash, an article opens the next entry; a bare kind (`X – entreprise d'insertion`, `X - SCOP`) says what the name is.
    if (DASH_THEN_ENTRY.test(match[0])) continue;
    // `Pôle Territorial de Coopération (PTCE)`: an acronym in brackets expands the name before it.
    if (match[0].startsWith('(') && /\p{Lu}{2}/u.test(match[0])) continue;
    const name = runBefore(text, end, NUMBERED_RUN_BEFORE_KIND);
    // Only before a comma: a bracket says what the name is, a comma after `À Wavrans` may open a clause.
    if (name === null || (match[0].startsWith(',') && placeBeforeComma(text, name)) || wordOfPlace(text.slice(name.start, name.end))) continue;
    // A run wrapped over lines keeps its last line (the line before is another entry), unless
    // the line before ends on a connector (`…par Pré de⏎Lune, une association`): a name goes on there.
    // (Only a line break inside the run matters: the line start is taken at the run's start or after.)
    const lineStart = wrappedOnConnector(text, name.start, name.end) ? name.start : lineBreakIn(text, name.start, name.end) + 1;
    // `Merci Kévin, l'association…`: a short run ending on a first name addresses a person.
    const words = text.slice(Math.max(name.start, lineStart), name.end).split(/[ \t]+/u);
    if (words.length <= 2 && isFirstName(words[words.length - 1] ?? '')) continue;
    // `la Scic, la⏎Scic de demain…`: a kind of structure is no name of one.
    if (KIND_NAMES.has(fold(words.join(' ')))) continue;
    found.push({ start: Math.max(name.start, lineStart), end: name.end, source: 'kind-after' });
  }
  return found;
}

/** A capitalised word of letters (`Jeunesse`, `Aix-Marseille`). */
const TITLE_WORD = "(?!(?:La|Le|Les|Un|Une|Des)(?![\\p{L}]))\\p{Lu}[\\p{Ll}'’-]+";
/**
 * A lower-case article in running text, then three capitalised words or more, joined by spaces or
 * short connectors (`formé à la Jeunesse Rurale Chrétienne`, `confiés à la Protection Sociale de la
 * Famille`): French capitalises only the first word of a phrase, so a run of capitals is a name.
 */
const TITLE_RUN = new RegExp(
  `${CAPITAL_AHEAD}(?<=(?<![\\p{L}\\p{N}'’-])(?:(?:la|le|les|du|des|au|aux)[ \\t\\n]+|l['’]))(?<name>${TITLE_WORD}(?:(?:[ \\t\\n]+(?:(?:de|du|des|pour|et|en|sur)[ \\t\\n]+)?(?:la[ \\t\\n]+|l['’])?|[ \\t\\n]+d['’])${TITLE_WORD}){1,5})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** Words of plans, schemes and events, whose capitalised titles are no bodies (`Projet Alimentaire Territorial`). */
const SCHEME_WORD = new RegExp(`(?<![\\p{L}])${alternation(SCHEME_WORDS)}(?![\\p{L}])`, 'iu');

/**
 * The run cut before a line break after a short line (a heading) or before a label (`…du Val⏎Siège : …`), and before another body it
 * holds (`les Anges Verts du Réseau Cocagne`: `du Réseau…` names the network it belongs to).
 */
function titleRunEnd(text: string, start: number, name: string): number {
  let end = name.length;
  for (const inner of name.matchAll(/(?<gap>[ \t]*\n[ \t]*|[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’])[ \t]*)(?<word>[\p{L}'’-]+)/gu)) {
    const word = inner.groups?.['word'] ?? '';
    const gapEnd = start + inner.index + inner[0].length;
    const lineBreak = (inner.groups?.['gap'] ?? '').includes('\n');
    // Over a line break only in wrapped prose (a long line before), and not into a label (`Siège :`).
    const label = lineBreak && (/^[ \t]*:/u.test(text.slice(gapEnd, gapEnd + 3)) || start + inner.index - (text.lastIndexOf('\n', start + inner.index - 1) + 1) < PROSE_LINE);
    if (label || (!(inner.groups?.['gap'] ?? '').includes('\n') && HEAD_WORDS.has(fold(word)))) {
      end = inner.index;
      break;
    }
  }
  return end;
}

/** A lower-case article right before a name, after a word or a comma. */
const ARTICLE_IN_PROSE = /[\p{L},](?:[ \t]+|\n)(?:(?:la|le|les|du|des|au|aux)[ \t\n]+|l['’])$/u;

/** A classifying adjective's ending (`Sportif`, `Populaire`, `Civique`, `Régionale`, `Isolés`): a field or a concept, no name. */
const ADJECTIVE_ENDING = /(?:ifs?|ives?|aires?|iques?|ale?s?|aux|elle?s?|ée?s?)$/u;
/** A derived noun's ending (`Création`, `Développement`, `Entrepreneuriat`: lexicon/word-endings.ts) opening the pair: an action or a field, no name. */
const DERIVED_FIRST = new RegExp(`(?:${alternation(DERIVED_WORD_ENDINGS)})s?$`, 'u');
/** A people's or an area's word (`Vilaretois`, `Kalvanien`; lexicon/word-endings.ts). */
const PEOPLE_WORD = new RegExp(`${alternation(TITLE_PAIR_PEOPLE_ENDINGS)}$`, 'u');
/** An area's head, a size word or a street's word opening the pair (`le Grand Rocher`, `sur la Place Carnot`): a place. */
const AREA_FIRST: ReadonlySet<string> = new Set([...AREA_HEADS_BEFORE_ELISION.map(fold), ...[...STREET_WORDS].map(fold), 'grand', 'grande', 'petit', 'petite', 'haut', 'haute', 'bas', 'basse']);
/** A capital, a digit or a bracket right after the pair, maybe over a line break: the run goes on (`… Vent⏎Debout`, `… Avenir 38`). */
const PAIR_GOES_ON = /^[ \t]*\n?[ \t]*[\p{Lu}\p{N}(]/u;
/** A plural article right before the pair. */
const PLURAL_ARTICLE_BEFORE = /(?<![\p{L}])(?:les|des|aux)[ \t\n]+$/u;
/**
 * Two capitalised words side by side after a lower-case article (`à la Ruche Bleue`, `l'Écho Vert a…`): a name when
 * neither is a place, a people's or an area's word, a given name or a role, the first no area's head, the last no
 * classifying adjective (`la Vie Sportive`), and no capital follows on the line (a longer run, cut elsewhere); not after a
 * plural article (`des Tuiles Anciennes`: a class of things) nor after a street's or an area's word (`allée du Colonel
 * Brunet`), and the first word no derived noun (`la Transmission Reprise`: an action or a field).
 */
function titlePair(text: string, start: number, name: string): boolean {
  // `des Tuiles Anciennes`, `les Cartes Trésor`: after a plural article two capitals name a class of things.
  if (PLURAL_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  // `allée du Colonel Brunet`, `quartier de la Font Vive`: after a street's or an area's word the pair is a place's.
  if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  const words = name.split(/[ \t\n]+|['’]/u);
  if (words.length !== 2) return false;
  const [first = '', last = ''] = words;
  if (AREA_FIRST.has(fold(first)) || DERIVED_FIRST.test(first.toLowerCase()) || ADJECTIVE_ENDING.test(last.toLowerCase())) return false;
  if (words.some((word) => isPlaceName(word) || isCountryName(word) || FORMER_REGIONS.has(fold(word)) || isFirstName(word) || ROLE_NOUNS.has(word.toLowerCase()) || PEOPLE_WORD.test(fold(word)))) return false;
  return !PAIR_GOES_ON.test(text.slice(start + name.length, start + name.length + 8));
}

const SAINT: ReadonlySet<string> = new Set(SAINT_WORDS.map(fold));
/**
 * `à bord du Santa Lucia Maria`, `près du Saint Anselme Abbé`: a saint's word and a given name open the run, a parish's,
 * a ship's or a place's name (the person rules leave it too, person-name.ts `SAINT_BEFORE`), no body's.
 */
function saintNamed(name: string): boolean {
  const [first = '', second = ''] = name.split(/[ \t\n]+/u);
  return SAINT.has(fold(first)) && isFirstName(second);
}

export function titleRunNames(text: string): SentenceName[] {
  const found: SentenceName[] = [];
  for (const match of allMatches(TITLE_RUN, text)) {
    // The article follows a word or a comma: it is inside running text.
    if (!ARTICLE_IN_PROSE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const whole = match.groups?.['name'] ?? '';
    const start = match.index;
    const name = whole.slice(0, titleRunEnd(text, start, whole));
    const first = /^[\p{L}'’-]+/u.exec(name)?.[0] ?? '';
    const capitals = name.split(/[ \t\n]+|['’]/u).filter((word) => OPENS_UPPER.test(word)).length;
    if (capitals === 2 && !titlePair(text, start, name)) continue;
    if (capitals < 2 || HEAD_WORDS.has(fold(first)) || SCHEME_WORD.test(name) || saintNamed(name)) continue;
    found.push({ start, end: start + name.length, source: 'title-run' });
  }
  return found;
}
