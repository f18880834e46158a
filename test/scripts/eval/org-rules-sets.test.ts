/**
 * `chooseWebSets` (scripts/eval/org-rules-sets.ts): the diagnostic of organisation rules reads
 * tuning sets only; an untouched set is refused even when named on the command line.
 */
import { describe, expect, it } from 'vitest';
import { chooseCountedSets, chooseWebSets } from '../../../scripts/eval/org-rules-sets.js';

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

describe('chooseCountedSets', () => {
  it('keeps untouched sets named on the command line apart, for counts only', () => {
    const chosen = chooseCountedSets(['--web', 'web-held5=/x/held5', '--web', 'web-tune3=/x/t3', '--web', 'web-held99=/x/h99'], () => false);
    expect([...chosen.read.keys()]).toEqual(['web-tune3']);
    expect([...chosen.countedOnly]).toEqual([['web-held5', '/x/held5'], ['web-held99', '/x/h99']]);
  });
  it('never takes an untouched set from the default dumps, only from the command line', () => {
    const chosen = chooseCountedSets([], (dir) => dir === '/tmp/webtune2-pdf' || dir === '/tmp/webheld3-pdf');
    expect([...chosen.read.keys()]).toEqual(['web-tune2']);
    expect(chosen.countedOnly.size).toBe(0);
  });
  it('reads a tuning set named on the command line whole', () => {
    const chosen = chooseCountedSets(['--webdev', '/x/dev'], () => false);
    expect(chosen.read.get('web-dev')).toBe('/x/dev');
    expect(chosen.countedOnly.size).toBe(0);
  });
});
