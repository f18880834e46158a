/**
 * The words a page prints, in lower case, as one set per page: the rules that ask whether a word (or a word's stem,
 * or its mended form) is printed elsewhere on the page (`article-coined`'s misread guard, `people-word`) share it,
 * so a page's words are gathered once.
 */
import { memoisedForPage } from '../../core/memo.js';

/** Every run of letters: the words a page prints. */
const LETTER_RUN = /\p{L}+/gu;
/**
 * One set per page (the key is unused). `match` with a global pattern gives the runs' texts alone, the same runs as
 * `matchAll` without a match object (index, input, groups) per word of the page.
 */
const wordsOfPage = memoisedForPage((text: string): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const run of text.match(LETTER_RUN) ?? []) words.add(run.toLowerCase());
  return words;
});

/** The words `text` prints, in lower case. */
export function printedWords(text: string): ReadonlySet<string> {
  return wordsOfPage(text, '');
}
