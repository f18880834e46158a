/**
 * More repairs of real French OCR damage for the normaliser (same contract as ocr-repairs.ts,
 * whose `OCR_REPAIRS` lists these after its own): each an offset-keeping edit, made where the
 * damaged form cannot be French and the repaired one is (a dictionary word, or a spelling the
 * context requires). Cases: test/extractors/fr/ocr-repairs.test.ts.
 */
import type { TextEdit } from '../core/edit-map.js';
import type { OcrRepair } from './ocr-repairs.js';

/** Words after which `a` is the verb `avoir` whatever follows (`il a`, `qui a`, `il y a`). */
const SUBJECTS: ReadonlySet<string> = new Set(['il', 'elle', 'on', 'qui', 'y', 'ce', 'cela', 'ça', 'chacun', 'chacune', 'nul', 'personne', 'tout', 'rien']);

/** The run of letters (and apostrophes) that ends at `end`. */
function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}'’]/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/**
 * `installée a Saint-Pol`, `remis a Quartier Jeunes`, `donne pouvoir a Anne`: `à` read as `a` (real OCR
 * of French drops that accent nearly every time) before a capitalised word. The verb `a` takes a
 * participle or an object with its article, never a bare name: across the tuning texts' text
 * layers no `a` stands before a capitalised word, against more than a hundred `à`. After a
 * capitalised word `a-for-grave` repairs it; after a subject (`il a`, `qui a`, `il y a`) it stays.
 */
const graveBeforeName: OcrRepair = {
  name: 'a-for-grave-before-name',
  pattern: /a(?<=(?:^|[ \t\n])a)[ \t]+(?=\p{Lu}\p{Ll})/gmu,
  edit: (match, text): TextEdit | null => {
    const before = text.slice(Math.max(0, match.index - 40), match.index).replace(/[ \t\n]+$/u, '');
    const word = wordEndingAt(before, before.length);
    // `Appel a Manifestation`, `Fait a Strasbourg`: a capitalised word before is `a-for-grave`'s.
    if (/^\p{Lu}/u.test(word)) return null;
    const last = word.replace(/^.*['’]/u, '').toLowerCase();
    if (SUBJECTS.has(last) || /['’]$/u.test(word)) return null;
    return { start: match.index, end: match.index + 1, text: 'à' };
  },
};

/** The repairs of this module, in the order their edits win when two overlap. */
export const READING_REPAIRS: readonly OcrRepair[] = [graveBeforeName];
