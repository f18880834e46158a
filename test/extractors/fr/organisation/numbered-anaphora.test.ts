/**
 * `numbered-anaphora` (extractors/fr/organisation/numbered-anaphora.ts): an acronym read without the
 * department number it carries elsewhere in the document takes the numbered name. Invented names.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../extractors/core/types.js';
import { NUMBERED_ANAPHORA, resolveNumberedAnaphora } from '../../../../extractors/fr/organisation/numbered-anaphora.js';

let offset = 0;
function org(text: string, value = text, rule = 'fr.organisation.acronym'): Mention {
  offset += 100;
  return { type: 'organisation', page: 1, source: 'text', span: { start: offset, end: offset + text.length }, text, value, confidence: 0.7, rule, inferred: [], context: text };
}

/** The bare reading after the pass: [value, whether it took the numbered name]. */
function bareAfter(bare: Mention, ...others: Mention[]): [string, boolean] {
  const [result] = resolveNumberedAnaphora([bare, ...others]);
  return [result?.value ?? '', (result?.evidence ?? []).includes(NUMBERED_ANAPHORA)];
}

describe('numbered-anaphora: a bare acronym named after its one numbered body', () => {
  it.each([
    ['ADAPI', 'ADAPI 81'],
    ['KBE', 'KBE 58'],
    ['ADAPI', "L'ADAPI 2A"],
    ['TRIVO', 'TRIVO 974'],
  ])('%s takes the name %s (≥ 3 positive cases)', (bare, numbered) => {
    expect(bareAfter(org(bare), org(numbered))).toEqual([numbered, true]);
  });

  it.each([
    // Two numbers: two bodies, the bare acronym may be the network.
    [['ADAPI', 'ADAPI 05', 'ADAPI 26']],
    // A written-out name: the network itself as often as its branch.
    [['Secours Trokal', 'Secours Trokal 37']],
    // No department: 99 is none, nor a year.
    [['KBE', 'KBE 99']],
    [['KBE', 'KBE 2024']],
    // An acronym that only opens on an article's letters is not that article and its acronym.
    [['DOM', 'LADOM 974']],
  ])('leaves %j as it was (≥ 2 negative cases)', (names) => {
    const [bare, ...others] = names;
    expect(bareAfter(org(bare ?? ''), ...others.map((name) => org(name)))).toEqual([bare, false]);
  });
});
