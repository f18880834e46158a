/**
 * Extraction cost must grow linearly with the page length (issue 13: 10 000 characters of prose
 * took 0.46 s and 40 000 took 6 s). Checked structurally, never by timing: the regex work the
 * parsers do (matches examined and characters they span) on twice the text stays within 2.5×,
 * and line-anchored helpers never read more than `LINE_REACH` characters each side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParsers } from '../../../extractors/core/pipeline.js';
import type { ParserWork } from '../../../extractors/core/pipeline.js';
import { FRENCH_PARSERS } from '../../../extractors/fr/index.js';
import { normaliseText } from '../../../extractors/fr/normalise.js';
import { LINE_REACH, lineAround } from '../../../extractors/fr/patterns.js';

const corpus = join(import.meta.dirname, '../../../fixtures/corpus/tuned1');
const texts = readdirSync(corpus).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(corpus, file), 'utf8'));

function workOn(text: string): ParserWork {
  const work: ParserWork = { matches: 0, matchedChars: 0 };
  runParsers(FRENCH_PARSERS, { text: normaliseText(text).text, page: 1, source: 'text', document: {} }, work);
  return work;
}

function sized(source: string, length: number): string {
  return source.repeat(Math.ceil(length / source.length)).slice(0, length);
}

describe('extraction cost', () => {
  // Prose with no line breaks (a text layer read as one line) and the same text with its lines.
  const prose = texts.join('\n').replace(/\s+/gu, ' ');
  const lines = texts.join('\n');
  for (const [name, source] of [['one long line', prose], ['ordinary lines', lines]] as const) {
    it(`doubling the text at most ~doubles the parsers' regex work (${name})`, () => {
      const small = workOn(sized(source, 20_000));
      const large = workOn(sized(source, 40_000));
      expect(large.matches / small.matches).toBeLessThan(2.5);
      expect(large.matchedChars / small.matchedChars).toBeLessThan(2.5);
      // Counts, not time, are asserted; the generous limit only keeps a loaded machine from failing the run.
    }, 30_000);
  }

  it('reads at most LINE_REACH characters each side of an offset on a very long line', () => {
    const text = 'mot '.repeat(50_000);
    const around = lineAround(text, 100_000);
    expect(around.line.length).toBeLessThanOrEqual(2 * LINE_REACH);
    expect(around.start).toBe(100_000 - LINE_REACH);
  });

  it('still finds the real line on ordinary text', () => {
    const text = 'première ligne\nla deuxième ligne\ntroisième';
    expect(lineAround(text, 20).line).toBe('la deuxième ligne');
  });
});
