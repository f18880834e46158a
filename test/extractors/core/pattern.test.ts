import { describe, expect, it } from 'vitest';
import { alternation, bounded, CAPITAL_AHEAD, compile, escapeRegExp, initialsAhead, prefixGroups } from '../../../extractors/core/pattern.js';

describe('escapeRegExp', () => {
  it('escapes every syntax character so the text matches literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
  });
  it('leaves hyphens alone, which the u flag would reject escaped', () => {
    expect(() => compile(escapeRegExp('dix-sept'))).not.toThrow();
  });
});

describe('alternation', () => {
  it('puts longer words first so `juillet` wins over `juil`', () => {
    const match = compile(`^${alternation(['juil', 'juillet'])}`).exec('juillet');
    expect(match?.[0]).toBe('juillet');
  });
  it('escapes dots in abbreviations', () => {
    const pattern = compile(`^${alternation(['sept.'])}$`);
    expect(pattern.test('sept.')).toBe(true);
    expect(compile(`^${alternation(['sept.'])}$`).test('septX')).toBe(false);
  });
  it('is deterministic and drops duplicates', () => {
    expect(alternation(['b', 'a', 'b', 'cc'])).toBe('(?:cc|a|b)');
  });
});

describe('bounded', () => {
  it('treats accented letters as word characters', () => {
    expect(compile(bounded('mai')).test('maï')).toBe(false);
    expect(compile(bounded('mai')).test('en mai.')).toBe(true);
    expect(compile(bounded('été')).test('l’été')).toBe(true);
    expect(compile(bounded('mai')).test('émai')).toBe(false);
  });
});

describe('prefixGroups', () => {
  it('lets one piece appear twice in a regex', () => {
    const day = '(?<day>\\d+)';
    const pattern = compile(`${prefixGroups(day, 'from')}-${prefixGroups(day, 'to')}`, 'u');
    const match = pattern.exec('3-5');
    expect(match?.groups).toEqual({ from_day: '3', to_day: '5' });
  });
});

describe('CAPITAL_AHEAD', () => {
  const starts = (text: string): string[] => [...text.matchAll(compile(`${CAPITAL_AHEAD}\\p{Lu}\\p{Ll}+`))].map((match) => match[0]);
  it('lets a match start at Latin capitals, accented or not', () => {
    expect(starts('avec Élodie, Ørsted et Łukasz à Noé')).toEqual(['Élodie', 'Ørsted', 'Łukasz', 'Noé']);
  });
  it('starts no match at a lower-case letter or outside the Latin script', () => {
    expect(starts('une réunion à Αθήνα')).toEqual([]);
  });
});

describe('initialsAhead', () => {
  it('accepts the first letter of every word in both cases', () => {
    const pattern = compile(`${initialsAhead(['président', 'élu'])}\\p{L}+`);
    expect([...'Président, élu, Élu'.matchAll(pattern)].map((match) => match[0])).toEqual(['Président', 'élu', 'Élu']);
  });
  it('rejects other first letters and escapes class syntax', () => {
    expect(compile(`^${initialsAhead(['président'])}`).test('trésorier')).toBe(false);
    expect(compile(`^${initialsAhead(['-x', ']y', '^z'])}.`).test(']')).toBe(true);
  });
});
