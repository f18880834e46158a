/**
 * The CLI import the hostile-PDF integration tests share: the generated files, then a good letter
 * last (its import proves the run went on past them), into a fresh corpus, one job, no OCR.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterPdf } from '../../scripts/adversarial/raw-pdf.js';
import { runCli, type CliRun } from './cli.js';

/** The name the good letter is imported under: sorted after every generated file. */
export const LETTER_FILE = 'zz-lettre.pdf';

/** Imports `files` then a one-line letter written into `inDir`, into `dir/corpus.sqlite`. */
export function importBesideLetter(dir: string, inDir: string, files: readonly string[]): Promise<CliRun> {
  const letter = join(inDir, LETTER_FILE);
  writeFileSync(letter, letterPdf('Le reseau Orvanel regroupe 14 structures depuis juin 2022.'));
  return runCli(['import', ...files, letter, '--db', join(dir, 'corpus.sqlite'), '--jobs', '1', '--ocr', 'never']);
}
