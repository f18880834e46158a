/**
 * Character error rate of OCR output against the text layer of the matching exported PDF.
 *
 * CER = Σ edit distance / Σ reference length, summed over pages: for each page, the Levenshtein
 * distance between the OCR text and the exported PDF's text layer after both are normalised by
 * `normaliseForCer` (whitespace runs collapsed to one space, trimmed, typographic quotes unified).
 * It is aligned character by character, so a different reading order counts as errors.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTextLayer } from '../../main/ingest/text-layer.js';
import { levenshtein, normaliseForCer } from '../helpers/cer.js';
import { DEV_DIR } from './corpus.js';

/** Reference page texts per dev id, read once. */
export async function loadReferences(ids: readonly string[]): Promise<Map<string, string[]>> {
  const references = new Map<string, string[]>();
  for (const id of ids) {
    const path = join(DEV_DIR, `${id}.pdf`);
    const layer = await readTextLayer(new Uint8Array(await readFile(path)), path);
    references.set(id, layer.pages.map((page) => normaliseForCer(page.text)));
  }
  return references;
}

/** Accumulates distances and reference lengths page by page. */
export class CerTally {
  private distance = 0;
  private length = 0;
  private readonly cache = new Map<string, number>();

  /** Adds one OCR'd page; identical (page, text) pairs are scored once (the copies repeat). */
  add(reference: string | undefined, hypothesis: string): void {
    if (reference === undefined) return;
    const normalised = normaliseForCer(hypothesis);
    const key = `${reference.length}:${reference.slice(0, 40)}\u0000${normalised}`;
    let distance = this.cache.get(key);
    if (distance === undefined) {
      distance = levenshtein(normalised, reference);
      this.cache.set(key, distance);
    }
    this.distance += distance;
    this.length += reference.length;
  }

  /** The rate, 0..1 (null when nothing was added). */
  rate(): number | null {
    return this.length === 0 ? null : this.distance / this.length;
  }
}
