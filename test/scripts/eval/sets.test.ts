/**
 * How the eval scripts find web sets' page dumps (scripts/eval/sets.ts): one reading of
 * `--webdev` / `--web NAME=DIR` and of the default folders, shared by eval, fit:org, fit:tagger
 * and the organisation diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { REAL_TUNING_SETS, defaultDumpDir, isUntouched, webDumpDirs, webEvalSet } from '../../../scripts/eval/sets.js';

describe('defaultDumpDir', () => {
  it('drops the dashes of the set name', () => {
    expect(defaultDumpDir('web-tune11')).toBe('/tmp/webtune11-pdf');
    expect(defaultDumpDir('web-dev')).toBe('/tmp/webdev-pdf');
  });
});

describe('webDumpDirs', () => {
  it('keeps the folders named on the command line, in their order, over the defaults', () => {
    const dirs = webDumpDirs(['--web', 'web-tune3=/x/t3', '--webdev', '/x/dev', '--verbose'], ['web-tune3', 'web-tune4'], () => true);
    expect([...dirs]).toEqual([['web-tune3', '/x/t3'], ['web-dev', '/x/dev'], ['web-tune4', '/tmp/webtune4-pdf']]);
  });
  it('adds a default only when its folder exists', () => {
    const dirs = webDumpDirs([], ['web-tune', 'web-tune2'], (dir) => dir === '/tmp/webtune2-pdf');
    expect([...dirs.keys()]).toEqual(['web-tune2']);
  });
  it('ignores a --web value without NAME=', () => {
    expect(webDumpDirs(['--web', '/x/only-a-dir', '--web', '=/x/no-name'], [], () => false).size).toBe(0);
  });
});

describe('webEvalSet', () => {
  it('reads web-dev gold from the shared corpus and the others from fixtures/corpus', () => {
    expect(webEvalSet('web-dev', '/x').goldDir).toMatch(/shared\/corpus\/web-dev\/gold$/u);
    expect(webEvalSet('web-tune5', '/x').goldDir).toMatch(/fixtures\/corpus\/web-tune5\/gold$/u);
  });
});

/** The web sets promoted to tuning, by the session that promoted them (their errors may be read from then on). */
const PROMOTED: readonly (readonly [session: number, sets: readonly string[]])[] = [
  [19, ['web-held8', 'web-held9']],
  [22, ['web-held10', 'web-held11', 'web-held12', 'web-held13', 'web-held14', 'web-held15']],
  [26, ['web-held16', 'web-held17']],
  [27, ['web-held18']],
  [28, ['web-held19']],
  [29, ['web-held20']],
  [30, ['web-held21']],
  [31, ['web-held22']],
  [32, ['web-held23', 'web-held24']],
  [33, ['web-held25']],
  [34, ['web-held26']],
  [35, ['web-held27', 'web-held28']],
  [36, ['web-held29', 'web-held30']],
  [37, ['web-held31', 'web-held32']],
  [38, ['web-held33', 'web-held34']],
  [39, ['web-held35', 'web-held36']],
  [40, ['web-held37', 'web-held38']],
  [41, ['web-held39', 'web-held40']],
  [42, ['web-held41', 'web-held42']],
  [43, ['web-held43', 'web-held44']],
  [44, ['web-held45', 'web-held46']],
  [45, ['web-held47', 'web-held48']],
  [46, ['web-held49', 'web-held50']],
  [47, ['web-held51', 'web-held52']],
];

/** The measurement sets no rule may be read from: the fixture held-out sets and the web sets never promoted. */
const STILL_UNTOUCHED = ['heldout4', 'heldout5', 'web-held3', 'web-held4', 'web-held5', 'web-held6', 'web-held7', 'web-held53', 'web-held54'] as const;

describe('tuning and untouched sets', () => {
  it.each(PROMOTED)('reads the sets promoted in session %i as tuning sets', (_session, sets) => {
    for (const set of sets) {
      expect(REAL_TUNING_SETS).toContain(set);
      expect(isUntouched(set)).toBe(false);
    }
  });
  it.each(STILL_UNTOUCHED)('reads %s as untouched', (set) => {
    expect(REAL_TUNING_SETS).not.toContain(set);
    expect(isUntouched(set)).toBe(true);
  });
  it('reads a set nobody listed as untouched', () => {
    expect(isUntouched('web-held99')).toBe(true);
  });
});
