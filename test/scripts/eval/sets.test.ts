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

describe('the sets promoted to tuning in session 19', () => {
  it('reads web-held8 and web-held9 as tuning sets, and the later measurement sets as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held8');
    expect(isUntouched('web-held9')).toBe(false);
    expect(isUntouched('web-held7')).toBe(true);
    expect(isUntouched('web-held10')).toBe(false);
  });
});

describe('the sets promoted to tuning in sessions 20 to 22', () => {
  it('reads web-held10 to web-held15 as tuning sets, and the session-22 measurement sets as untouched', () => {
    for (const set of ['web-held10', 'web-held11', 'web-held12', 'web-held13', 'web-held14', 'web-held15'] as const) {
      expect(REAL_TUNING_SETS).toContain(set);
      expect(isUntouched(set)).toBe(false);
    }
  });
});

describe('the sets promoted to tuning in session 26', () => {
  it('reads web-held16 and web-held17 as tuning sets', () => {
    for (const set of ['web-held16', 'web-held17'] as const) {
      expect(REAL_TUNING_SETS).toContain(set);
      expect(isUntouched(set)).toBe(false);
    }
  });
});

describe('the set promoted to tuning in session 27', () => {
  it('reads web-held18 as a tuning set, and the measurement sets of sessions 26 and 27 as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held18');
    expect(isUntouched('web-held18')).toBe(false);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('web-held7')).toBe(true);
  });
});

describe('the set promoted to tuning in session 28', () => {
  it('reads web-held19 as a tuning set, and the measurement sets of sessions 27 and 28 as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held19');
    expect(isUntouched('web-held19')).toBe(false);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('heldout5')).toBe(true);
  });
});

describe('the set promoted to tuning in session 29', () => {
  it('reads web-held20 as a tuning set, and the measurement sets of sessions 28 and 29 as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held20');
    expect(isUntouched('web-held20')).toBe(false);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('heldout4')).toBe(true);
  });
});

describe('the set promoted to tuning in session 30', () => {
  it('reads web-held21 as a tuning set, and the measurement set of session 29 as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held21');
    expect(isUntouched('web-held21')).toBe(false);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('web-held7')).toBe(true);
  });
});

describe('the set promoted to tuning in session 31', () => {
  it('reads web-held22 as a tuning set, and the measurement sets of sessions 30 and 31 as untouched', () => {
    expect(REAL_TUNING_SETS).toContain('web-held22');
    expect(isUntouched('web-held22')).toBe(false);
    expect(isUntouched('web-held23')).toBe(true);
    expect(isUntouched('web-held24')).toBe(true);
  });
});
