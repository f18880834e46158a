/**
 * `chooseWebSets` (scripts/eval/org-rules-sets.ts): the diagnostic of organisation rules reads
 * tuning sets only; an untouched set is refused even when named on the command line.
 */
import { describe, expect, it } from 'vitest';
import { chooseWebSets } from '../../../scripts/eval/org-rules-sets.js';

describe('chooseWebSets', () => {
  it('refuses untouched sets named on the command line', () => {
    const chosen = chooseWebSets(['--web', 'web-held5=/x/held5', '--web', 'heldout4=/x/h4', '--web', 'web-tune3=/x/t3'], () => false);
    expect([...chosen.read.keys()]).toEqual(['web-tune3']);
    expect(chosen.skipped).toEqual(['web-held5', 'heldout4']);
  });
  it('refuses a set nobody listed (unknown names are untouched)', () => {
    expect(chooseWebSets(['--web', 'web-held99=/x/h99'], () => false).skipped).toEqual(['web-held99']);
  });
  it('reads the tuning sets’ default dumps that exist, and --webdev', () => {
    const chosen = chooseWebSets(['--webdev', '/x/dev'], (dir) => dir === '/tmp/webtune2-pdf');
    expect(chosen.read.get('web-dev')).toBe('/x/dev');
    expect(chosen.read.get('web-tune2')).toBe('/tmp/webtune2-pdf');
    expect(chosen.read.has('web-held3')).toBe(false);
  });
});
