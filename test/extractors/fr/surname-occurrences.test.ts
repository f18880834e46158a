import { describe, expect, it } from 'vitest';
import { escapeRegExp, literalFirst } from '../../../extractors/core/pattern.js';
import { foldedForSearch, nextSurnameMatch, surnameParts } from '../../../extractors/fr/surname-occurrences.js';

const GIVEN = `(?<![\\p{L}\\p{N}.'’-])(?<given>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?<gap>[ \\t\\n]+)`;
const M_GIVEN = '(?<![\\p{L}])(?!Mme[ \\t\\n]|Mlle[ \\t\\n])M\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t\\n]+';

/** Every match of the surname's own pattern, as the civil-title rules compiled it. */
function byPattern(text: string, surname: string, behind: string, flags: string): string[] {
  const pattern = new RegExp(`${literalFirst(escapeRegExp(surname).replace(/\s+/gu, '\\s+'), behind)}(?![\\p{L}])`, `g${flags}`);
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}:${JSON.stringify(match.groups ?? null)}`);
}

/** Every match `nextSurnameMatch` finds, resuming as a global scan does. */
function bySearch(text: string, surname: string, behind: string, flags: string): string[] {
  const parts = surnameParts(surname);
  if (parts === null) throw new Error(`not searchable: ${surname}`);
  const before = new RegExp(`(?<=${behind})`, `${flags}y`);
  const after = new RegExp('(?![\\p{L}])', `${flags}y`);
  const found: string[] = [];
  for (let match = nextSurnameMatch(text, parts, flags.includes('i'), before, after, 0); match !== null; ) {
    found.push(`${match.index}:${match[0]}:${JSON.stringify(match.groups ?? null)}`);
    match = nextSurnameMatch(text, parts, flags.includes('i'), before, after, match.index + match[0].length);
  }
  return found;
}

// Invented names and sentences.
const TEXTS = [
  'Rencontre avec Léonie Varnaud puis Mme Varnaud, enfin VARNAUD et Paul VARNAUD.',
  'Jean-Luc Le Bihanec et Luc Le\nBihanec, puis Anne le   bihanec, Le Bihanecs, Marc-Élie Le Bihanec.',
  'Éloi Quérand, ÉLOI QUÉRAND, éloi quérand, Eloi Querand, Marc Quérandais, M. Quérand.',
  'Marie Martin Martin et Lucie MARTIN; Ana-Martin Martin, 12 Martin, l’Martin, Maxime Martin.',
  "Claire D'Orvaux et claire d’Orvaux, Milo D'ORVAUX, Mélanie D'Orvaux-Plessis.",
  'Mme Lenoir, Mlle Lenoir, Mathis Lenoir, Manon-Lise Lenoir, MArc Lenoir, Mo\nLenoir.',
];
const SURNAMES = ['Varnaud', 'Le Bihanec', 'Quérand', 'Martin', "D'Orvaux", 'Lenoir', 'ŒUVRAY', 'Bihanec'];

describe('nextSurnameMatch', () => {
  it('finds what the surname’s own pattern finds, case-blind or not', () => {
    for (const text of TEXTS) {
      for (const surname of SURNAMES) {
        expect(bySearch(text, surname, GIVEN, 'iu')).toEqual(byPattern(text, surname, GIVEN, 'iu'));
        expect(bySearch(text, surname, M_GIVEN, 'u')).toEqual(byPattern(text, surname, M_GIVEN, 'u'));
      }
    }
  });

  it('finds at least one match in these texts (the comparison is not vacuous)', () => {
    expect(bySearch(TEXTS[0] ?? '', 'Varnaud', GIVEN, 'iu').length).toBeGreaterThan(1);
    expect(bySearch(TEXTS[1] ?? '', 'Le Bihanec', GIVEN, 'iu').length).toBeGreaterThan(1);
    expect(bySearch(TEXTS[5] ?? '', 'Lenoir', M_GIVEN, 'u').length).toBeGreaterThan(0);
  });

  it('folds a page one unit for one, the long s and the dotted capital I included', () => {
    const folded = foldedForSearch('Paſcal İNAN Éloi');
    expect(folded.length).toBe('Paſcal İNAN Éloi'.length);
    expect(folded.startsWith('pascal ')).toBe(true);
    expect(folded.endsWith('nan éloi')).toBe(true);
  });

  it('leaves surnames with other characters to their own pattern', () => {
    expect(surnameParts('Øster')).toBeNull();
    expect(surnameParts('Smith2')).toBeNull();
    expect(surnameParts('Varnaud')).not.toBeNull();
  });

  it('folds together exactly the code units a case-blind Unicode pattern takes as equal, for every searchable character', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';
    for (const char of [...letters, ...letters.toUpperCase(), '-', "'", '’']) {
      const same = new RegExp(`^${char}$`, 'iu');
      const folded = foldedForSearch(char);
      for (let unit = 0; unit < 0x10000; unit += 1) {
        if (unit >= 0xd800 && unit <= 0xdfff) continue;
        const one = String.fromCharCode(unit);
        if (same.test(one) !== (foldedForSearch(one) === folded)) expect([char, unit]).toBe('folded alike');
      }
    }
  });
});
