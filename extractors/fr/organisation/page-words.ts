/**
 * The words a page prints, in lower case, as one set per page: the rules that ask whether a word (or a word's stem,
 * or its mended form) is printed elsewhere on the page (`article-coined`'s misread guard, `people-word`) share it,
 * so a page's words are gathered once.
 */
import { memoisedForPage } from '../../core/memo.js';
import { letterRuns } from '../../core/word-scan.js';

/**
 * One set per page (the key is unused): every run of letters (`\p{L}+`), read by `letterRuns` (core/word-scan.ts),
 * the same runs as the pattern's at about half its cost.
 */
const wordsOfPage = memoisedForPage((text: string): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const run of letterRuns(text, 1)) words.add(run[0].toLowerCase());
  return words;
});

/** The words `text` prints, in lower case. */
export function printedWords(text: string): ReadonlySet<string> {
  return wordsOfPage(text, '');
}
