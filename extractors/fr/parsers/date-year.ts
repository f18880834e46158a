/**
 * A year used as a date: `en 2021`, `depuis 2019`, `la loi de 2014`, `Courant 2017`, `promotion
 * 2022`, `mi-2022`; a year of the nineteenth century only after a word of history (`fondée en 1871`,
 * `remonte à 1886`, lexicon/year-cues.ts `HISTORY_YEAR_CUES`). A year-like number before a counted noun (`1932 bénéficiaires`) is a figure instead,
 * and numbers glued to other digits (phones, postcodes, `N°2022-15`) are not years, nor is the year
 * that names a law right after `loi` (`association loi 1901`), nor a year between the `>` of a web
 * page's breadcrumb (`Compte-rendu > 2012 > Réunion`), nor a year inside a file name (`bandeau_forum_2016.png`,
 * `VUE_4_IMG_2021`, `bilan-2019.pdf`): joined by `_` to the name, or before a file extension, or after a
 * camera's prefix (`DSC 2025`, lexicon/file-extensions.ts), nor the
 * horizon year that closes a plan's name (`Horizon 2030`, `Vision 2050`, `le projet de territoire
 * Nord 2040`, `le plan Climat 2040`; lexicon/year-cues.ts): it names the plan, it dates nothing, and
 * no day of the text may take its year; nor a decade (`les années 1980`). An event's or a call's edition year (`Mois de l'ESS 2024`,
 * `appel à projets ESS 2021`) stays a date.
 */
import { alternation, anyCaseAlternation, compile, phraseAlternation } from '../../core/pattern.js';
import { MONTHS } from '../lexicon/months.js';
import type { Candidate, Parser } from '../../core/types.js';
import { singularUnit } from '../units.js';
import { COUNTED_NOUNS } from '../lexicon/units.js';
import { STREET_WORDS } from '../lexicon/street-words.js';
import { CAMERA_FILE_PREFIXES, FILE_EXTENSIONS } from '../lexicon/file-extensions.js';
import { HISTORY_YEAR_CUES, HORIZON_NAME_WORDS, PLAN_NAME_NOUNS } from '../lexicon/year-cues.js';

// The digit lookahead first: the look-behind then runs only where a year can start.
const PATTERN = '(?=[12])(?<![\\p{L}\\p{N}°.,/]|\\d[ .])(?<year>(?:18|19|20)\\d{2})(?![\\p{L}\\p{N}]|[.,/]\\d| \\d{3}(?!\\d)|[ ]?(?:%|€))';
const TRIGGER = /(?:^|[^\p{L}])(?:en|depuis|de|dès|des|courant|fin|début|mi|avant|après|jusqu'en|jusqu'à|d'ici|année|l'année|promotion|vague|édition|saison|entre|et|à|au|printemps|été|automne|hiver)[\s-]*$/iu;
/**
 * The words a year of the nineteenth century must follow to be a date (`fondée en 1871`, `remonte à 1886`); lines may
 * wrap between them, and the apostrophe may be typographic.
 */
const HISTORY_BEFORE = new RegExp(`(?<![\\p{L}])${phraseAlternation(HISTORY_YEAR_CUES)}[ \\t\\n]+$`, 'iu');
const MONTH_BEFORE = new RegExp(`${alternation(Object.keys(MONTHS))}\\.?[ \\t\\n]+$`, 'iu');
/**
 * `les années 1980`, `au début des années 2000`: a round year after the plural `années` names a
 * decade, a stretch of history, not a date of the text (the singular `l'année 2014` is one).
 */
const DECADE_BEFORE = /(?:^|[^\p{L}])années[ \t]*\n?[ \t]*$/iu;
const isDecade = (year: string, before: string): boolean => year.endsWith('0') && DECADE_BEFORE.test(before);
/** `loi 1901`, `Loi 1905`: the law's name, with no `de`/`du` between. */
const LAW_NAME_BEFORE = /(?:^|[^\p{L}])loi[ \t]+$/iu;
/** `_2010`, `2010_`, `2010.jpg`: a year glued by `_` to a file name, or before its extension. */
const FILE_NAME_AFTER = new RegExp(`^(?:_|\\.${alternation(FILE_EXTENSIONS)}(?![\\p{L}\\p{N}]))`, 'iu');
/**
 * `DSC 2025`, `IMG 2019`: a camera's file name, the space OCR's or a caption's for its `_`; not after a
 * lower-case word, where the capitals name an event and the year its edition (`le tournoi DSC 2023`).
 */
const CAMERA_FILE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Ll}[ \\t]+)${alternation(CAMERA_FILE_PREFIXES)}[ \\t]$`, 'u');
/** `mi-2022`, `fin-2019`, `début-2020`: a part of the year joined by a hyphen, no sign nor code. */
const PART_OF_YEAR_DASH = /(?<![\p{L}])(?:mi|fin|début|debut)-$/iu;
const FOLLOWING_WORD = /^[ \t]+(?<word>\p{L}[\p{L}'-]*)/u;
/** `Horizon 2030`, `Vision 2050` (capitalised, so not `à l'horizon 2030`): a plan named by its horizon. */
const HORIZON_NAME_BEFORE = new RegExp(`(?<![\\p{L}'’])${alternation(HORIZON_NAME_WORDS)}[ \\t]+$`, 'u');
/** Blanks with at most one line break: a phrase wrapped by a narrow column, no new paragraph. */
const LINE_GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
/**
 * A plan noun (not after `à`: `appel à projets`), at most two lower-case words (`de mobilité`,
 * `régional`), then one to three capitalised words on the year's line right before it: `projet de
 * territoire Nord 2040`.
 */
const PLAN_NAME_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<![àaÀA]\\s+)${anyCaseAlternation(PLAN_NAME_NOUNS)}(?:${LINE_GAP}(?:d['’])?\\p{Ll}+){0,2}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){1,3}[ \\t]+$`,
  'u',
);
/** Most text before a year that a plan's noun and name may take. */
const PLAN_NAME_REACH = 64;

/** Whether the year at `start` closes a plan's name (`Vision 2050`, `le plan Climat 2040`): a horizon, no date. */
function closesPlanName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - PLAN_NAME_REACH), start);
  return HORIZON_NAME_BEFORE.test(before) || PLAN_NAME_BEFORE.test(before);
}

/**
 * Whether the words before `year` make it no date: `association loi 1901` (right after `loi`, the year names the law, a
 * legal status), a decade (`les années 1980`), or a year of the nineteenth century with no word of history before it
 * (`soit 1800`: a count).
 */
function isNoDateBefore(year: string, lookBehind: string): boolean {
  if (LAW_NAME_BEFORE.test(lookBehind) || isDecade(year, lookBehind)) return true;
  return year.startsWith('18') && !HISTORY_BEFORE.test(lookBehind);
}

export const dateYearParser: Parser = {
  id: 'fr.date.year',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const end = match.index + match[0].length;
    const before = context.text.slice(Math.max(0, match.index - 3), match.index);
    if (/[n]°\s*$|[+-]$/iu.test(before) && !/\d-$/.test(before) && !PART_OF_YEAR_DASH.test(context.text.slice(Math.max(0, match.index - 7), match.index))) return null;
    // `Compte-rendu > 2012 > Réunion`: a web page's breadcrumb files the page under a year, it dates nothing.
    if (/[>›][ \t]*$/u.test(before) && /^[ \t]*[>›]/u.test(context.text.slice(end, end + 3))) return null;
    // `bandeau_forum_2016.png`, `VUE_4_IMG_2021`: a file name's year dates nothing.
    if (before.endsWith('_') || FILE_NAME_AFTER.test(context.text.slice(end, end + 6))) return null;
    if (CAMERA_FILE_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
    // A year right after a month that no date rule accepted (`51 juillet 2014`, OCR noise) is doubtful.
    if (MONTH_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const next = FOLLOWING_WORD.exec(context.text.slice(end, end + 40));
    const word = next?.groups?.['word'];
    if (word !== undefined && COUNTED_NOUNS.has(singularUnit(word))) return null;
    // `1977 avenue des Moulins`: a street number.
    if (word !== undefined && STREET_WORDS.has(word.toLowerCase())) return null;
    const lookBehind = context.text.slice(Math.max(0, match.index - 24), match.index);
    if (isNoDateBefore(match.groups?.['year'] ?? '', lookBehind)) return null;
    if (closesPlanName(context.text, match.index)) return null;
    const triggered = TRIGGER.test(lookBehind);
    return {
      type: 'date', start: match.index, end, value: '', confidence: triggered ? 0.85 : 0.6, rule: this.id,
      inferred: [], date: { year: Number(match.groups?.['year']) },
    };
  },
};
