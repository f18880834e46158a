/**
 * The pieces the anaphora passes share (extractors/fr/organisation/anaphora.ts): names compared article
 * aside, grouped by what they name, and lent when a group holds one name. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../extractors/core/pattern.js';
import type { Mention } from '../../../../extractors/core/types.js';
import { lentName, namesByGroup, onlyName, withoutArticle } from '../../../../extractors/fr/organisation/anaphora.js';

function mention(value: string, type: Mention['type'] = 'organisation'): Mention {
  return { type, page: 1, source: 'text', span: { start: 0, end: value.length }, text: value, value, confidence: 0.7, rule: 'fr.organisation.acronym', inferred: [], context: value };
}

/** The first word of a name, upper-cased: the group a test name belongs to. */
const firstWord = (value: string): string | undefined => /^\p{L}+/u.exec(withoutArticle(value))?.[0]?.toUpperCase();

describe('anaphora pieces', () => {
  it.each([
    ["l'ADAPI 81", 'ADAPI 81'],
    ['Le PTCE Vallée Verte', 'PTCE Vallée Verte'],
    ['les Ateliers', 'Ateliers'],
    ['Laval Agglo', 'Laval Agglo'],
    ['LADOM 974', 'LADOM 974'],
    ['Lesneven Solidaire', 'Lesneven Solidaire'],
  ])('reads %s article aside as %s', (value, bare) => {
    expect(withoutArticle(value)).toBe(bare);
  });

  it('groups the organisations only, two spellings of one name under one key', () => {
    const groups = namesByGroup([mention('MJC de Figeac'), mention('mjc de Figeac'), mention('MJC de Vannes'), mention('MJC Dupont', 'person'), mention('CCAS de Lunel')], firstWord);
    expect([...(groups.get('MJC')?.values() ?? [])]).toEqual(['mjc de Figeac', 'MJC de Vannes']);
    expect(onlyName(groups.get('MJC'))).toBeUndefined();
    expect(onlyName(groups.get('CCAS'))).toBe('CCAS de Lunel');
    expect(onlyName(groups.get('SCOP'))).toBeUndefined();
  });

  it('keys names as asked: article aside, two spellings are one name', () => {
    const groups = namesByGroup([mention("L'ADAPI 81"), mention('ADAPI 81')], firstWord, (value) => fold(withoutArticle(value)));
    expect(onlyName(groups.get('ADAPI'))).toBe('ADAPI 81');
  });

  it('lends a name with its evidence, keeping the evidence already there', () => {
    const lent = lentName({ ...mention('ADAPI'), evidence: ['acronym'] }, 'ADAPI 81', 'numbered-anaphora');
    expect(lent.value).toBe('ADAPI 81');
    expect(lent.evidence).toEqual(['acronym', 'numbered-anaphora']);
  });
});
