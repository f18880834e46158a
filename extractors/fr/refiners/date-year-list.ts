/**
 * A run of bare years with nothing but list marks between them is a menu, an axis or a row of
 * column heads, not a date mention: a site's archive menu (`- 2024 - 2023 - 2022 - 2021`, one
 * year per line or reflowed into a paragraph), a chart's axis (`2015 2016 2017 2018`), a
 * column of years. Each year of such a run is dropped when the run holds at least
 * `MIN_RUN` years, or at least `MIN_COLUMN` years each alone on its line. A long run right after a
 * word on its line (`le forum en 2016 - 2017 - 2018 - 2019`, `Calendrier : 2024 - 2025 - …`, only
 * blanks or a colon between) is prose and stays; a menu's title is set apart by a list mark
 * (`Archives - 2019 - 2018 …`, `Rubriques • 2012 • …`). A range of two
 * years (`2010 - 2019`) is one member of a run and counts for two years. Years written in prose
 * (`en 2019, 2020 et 2021`), years with words between them, and a year with a word before
 * it on its line in a short run (`compte rendu de 2009⏎2004 - 2008`) stay dates.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { lineEndOf, lineStartOf } from '../patterns.js';

/** A bare year, or two bare years joined by a dash (a range read as one date). */
const BARE_YEARS = /^(?:19|20)\d{2}(?:[ \t]*[-–—][ \t\n]*(?:19|20)\d{2})?$/u;
/**
 * Only list marks and white space: dashes, bullets, pipes, middle dots, stars, and the bullets an
 * OCR reads as `v’`, `e`, `»` or `>` (a lone letter, no word).
 */
const LIST_MARKS = /^(?:[\s\-–—•·|*«»>]|(?<!\p{L})(?:v['’"]?|e)(?!\p{L}))*$/u;
/** A run this long is a list whatever its layout. */
const MIN_RUN = 4;
/** A column: this many years, each alone on its line. */
const MIN_COLUMN = 3;

const isBareYears = (text: string, candidate: Candidate): boolean =>
  candidate.type === 'date' && BARE_YEARS.test(text.slice(candidate.start, candidate.end));

/** The number of years a member stands for (a two-year range counts for two). */
const yearsIn = (text: string, candidate: Candidate): number => (text.slice(candidate.start, candidate.end).match(/\d{4}/gu) ?? []).length;

/** A word of two letters or more, then only blanks or a colon: the end of the text before a year in prose. */
const WORD_RIGHT_BEFORE = /\p{L}{2}[ \t]*:?[ \t]*$/u;

/** Whether the run's first member follows a word on its line (`en 2016 - 2017 - …`), not a list mark. */
function followsWord(text: string, run: readonly Candidate[]): boolean {
  const first = run[0];
  if (first === undefined) return false;
  return WORD_RIGHT_BEFORE.test(text.slice(lineStartOf(text, first.start), first.start));
}

/** Whether each member of the run stands alone on its line (only list marks beside it). */
function aloneOnLines(text: string, run: readonly Candidate[]): boolean {
  return run.every((member) => {
    return LIST_MARKS.test(text.slice(lineStartOf(text, member.start), member.start)) && LIST_MARKS.test(text.slice(member.end, lineEndOf(text, member.end)));
  });
}

/** Whether a run of bare years reads as a list rather than as dates. */
function isList(text: string, run: readonly Candidate[]): boolean {
  const years = run.reduce((sum, member) => sum + yearsIn(text, member), 0);
  return (years >= MIN_RUN && !followsWord(text, run)) || (run.length >= MIN_COLUMN && aloneOnLines(text, run));
}

/** The runs of bare-year dates that only list marks separate (candidates sorted by start). */
function runsOf(text: string, candidates: readonly Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'date') continue;
    const last = run.at(-1);
    const joins = last !== undefined && candidate.start >= last.end && LIST_MARKS.test(text.slice(last.end, candidate.start));
    if (!isBareYears(text, candidate)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    if (!joins && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(candidate);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

export const dateYearListRefiner: Refiner = {
  id: 'fr.date.year-list',
  refine(context, candidates): Candidate[] {
    const dropped = new Set<Candidate>();
    for (const run of runsOf(context.text, candidates)) {
      if (isList(context.text, run)) for (const member of run) dropped.add(member);
    }
    return candidates.filter((candidate) => !dropped.has(candidate));
  },
};
