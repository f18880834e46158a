/**
 * `capital-name-run`: `le stand de MOULIN VERT ouvre`, `livrés par VALLÉE DE⏎LOIRE SERVICES le jeudi`:
 * a body's name written all in capitals, one word of which is a common word (`MOULIN`, `VALLÉE`,
 * `SERVICES`). The acronym parser refuses the common words in capitals and kept the one word no
 * dictionary knows (`VERT`, `LOIRE`) alone, as if it were an acronym. When the word sits in a short
 * run of capitals (two to four words, joined by spaces, maybe over one line break, with `DE`/`DU`/`DES`
 * inside) holding a common word, the run is the name and the acronym's mention covers it.
 *
 * Longer runs are headings (`inCapitalRun` refuses three capital words on one line already); a run
 * whose other words are all acronyms (`CRESS HDF`, `ADEME CAF`) holds no common word and is left to
 * the acronym's own reading. A run that is an item of a list of capital words (`(ALPHA, KERNO ESPOIR)`,
 * `KERNO ESPOIR, ALPHA`) is a list of acronyms whose comma the OCR dropped: its words stay apart.
 */
import { isCommonWord } from '../lexicon-lookup.js';

/** The evidence name the acronym's mention carries when it was read as a run of capitals. */
export const CAPITAL_NAME_RUN = 'capital-name-run';

/** A word in capitals (an apostrophe or hyphen inside), bounded by no letter or digit. */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(?<word>\p{Lu}[\p{Lu}'’-]*\p{Lu})(?<gap>[ \t]+|[ \t]*\n[ \t]*)$/u;
const WORD_AFTER = /^(?<gap>[ \t]+|[ \t]*\n[ \t]*)(?<word>\p{Lu}[\p{Lu}'’-]*\p{Lu})(?![\p{L}\p{N}'’-])/u;
/** Particles a name in capitals holds between its words, never at its ends. */
const PARTICLES: ReadonlySet<string> = new Set(['DE', 'DU', 'DES', 'ET']);
const MAX_WORDS = 4;
/** A capital word and a comma right before the run, or a comma and a capital word right after it. */
const LIST_ITEM_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d&]+[ \t]*,[ \t]*\n?[ \t]*$/u;
const LIST_ITEM_AFTER = /^[ \t]*,[ \t]*\n?[ \t]*\p{Lu}[\p{Lu}\d&]+(?![\p{L}\p{N}])/u;

interface RunWord { readonly word: string; readonly start: number; readonly end: number; readonly newline: boolean }

/** Capital words on one side of the acronym, nearest first, over at most one line break in all. */
function sideWords(text: string, start: number, end: number, forward: boolean, breaks: number): RunWord[] {
  const words: RunWord[] = [];
  let from = forward ? end : start;
  let used = breaks;
  while (words.length < MAX_WORDS) {
    const found = forward ? WORD_AFTER.exec(text.slice(from, from + 40)) : WORD_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
    const word = found?.groups?.['word'];
    if (found === null || word === undefined) break;
    const newline = (found.groups?.['gap'] ?? '').includes('\n');
    if (newline && used >= 1) break;
    if (newline) used += 1;
    const wordStart = forward ? from + found[0].length - word.length : from - found[0].length;
    words.push({ word, start: wordStart, end: wordStart + word.length, newline });
    from = forward ? wordStart + word.length : wordStart;
  }
  return words;
}

/** Drops particles from the run's outer end: a name neither opens nor closes on `DE`. */
function trimParticles(words: RunWord[]): RunWord[] {
  let kept = words.length;
  while (kept > 0 && PARTICLES.has(words[kept - 1]?.word ?? '')) kept -= 1;
  return words.slice(0, kept);
}

/**
 * The run of capitals around the acronym at `start`–`end` that reads as one name, or null: two to four
 * words, one of them (not a particle) a common word of four letters or more.
 */
export function capitalNameRun(text: string, start: number, end: number): { start: number; end: number } | null {
  const before = trimParticles(sideWords(text, start, end, false, 0));
  const breaksBefore = before.some((word) => word.newline) ? 1 : 0;
  const after = trimParticles(sideWords(text, start, end, true, breaksBefore));
  const others = [...before, ...after];
  if (others.length === 0 || others.length + 1 > MAX_WORDS) return null;
  if (!others.some((word) => !PARTICLES.has(word.word) && word.word.length >= 4 && isCommonWord(word.word))) return null;
  const runStart = before[before.length - 1]?.start ?? start;
  const runEnd = after[after.length - 1]?.end ?? end;
  if (LIST_ITEM_BEFORE.test(text.slice(Math.max(0, runStart - 20), runStart)) || LIST_ITEM_AFTER.test(text.slice(runEnd, runEnd + 20))) return null;
  return { start: runStart, end: runEnd };
}
