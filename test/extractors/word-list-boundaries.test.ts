/**
 * Forbids the pattern behind issue 15's `est`/`reconversion` bugs: a regex literal that tests
 * "the text before ends with one of these words" (`/(?:rue|st|action)\s*$/`) with no left word
 * boundary, so a short word matches the end of a longer one. Such lists belong in `lexicon/`
 * and are built with `endsWithWord` (core/pattern.ts), which adds a Unicode left boundary.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endsWithWord } from '../../extractors/core/pattern.js';

const root = join(import.meta.dirname, '../../extractors');
/**
 * A regex literal opening on a bare word alternation followed by spaces and the end anchor
 * (a suffix test on one word, `/(?:é|ée)$/`, has no spaces before `$` and is fine).
 */
const UNBOUNDED_LIST = /\/\(\?:[\p{L}°.'\\ -]+(?:\|[\p{L}°.'\\ -]+){2,}\)(?:\\s|\[ \\t\])[*+][^/\n]*\$\/[a-z]*/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'lexicon' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('look-behind word lists', () => {
  it('no extractor regex tests the end of the text before against a word list without a left boundary', () => {
    const offenders = sources(root).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) => (UNBOUNDED_LIST.test(line) ? [`${relative(root, path)}:${index + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('the guard recognises the forbidden shape', () => {
    expect(UNBOUNDED_LIST.test('const X = /(?:rue|saint|st|ste)[ \\t]*$/iu;')).toBe(true);
    expect(UNBOUNDED_LIST.test('const X = /(?:^|[^\\p{L}])(?:le|du|au)[ \\t]+$/iu;')).toBe(false);
  });

  it('endsWithWord matches whole words only', () => {
    const before = endsWithWord(['st', 'action']);
    expect(before.test('rue St ')).toBe(true);
    expect(before.test('président est ')).toBe(false);
    expect(before.test('la reconversion ')).toBe(false);
    expect(before.test("l'action ")).toBe(true);
  });
});
