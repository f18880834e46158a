/**
 * Guards of `organisationNamedParser` (extractors/fr/organisation/name-guards.ts) that decide
 * where a name starts or whether a head names a place: three invented phrases where each fires
 * and two where it does not.
 */
import { describe, expect, it } from 'vitest';
import { describesNameBefore, expansionEnd, facilityOfName, isPlaceAfterPreposition } from '../../../../extractors/fr/organisation/name-guards.js';

describe('isPlaceAfterPreposition: a branch named by its town', () => {
  it('reads a place after de, à, en or sur (≥ 3 positive cases)', () => {
    expect(isPlaceAfterPreposition(' à Carvin')).toBe(true);
    expect(isPlaceAfterPreposition(' solidaire en Bretagne')).toBe(true);
    expect(isPlaceAfterPreposition(' de Lunel')).toBe(true);
  });
  it('does not read a name as a place (≥ 2 negative cases)', () => {
    expect(isPlaceAfterPreposition(' à Réemploi')).toBe(false);
    expect(isPlaceAfterPreposition(' Terres Unies')).toBe(false);
  });
});

describe('describesNameBefore: a lower-case head after a name and a comma is its description', () => {
  const describes = (line: string): boolean => {
    const [before = '', after = ''] = line.split('|');
    const head = /^\p{L}+/u.exec(after)?.[0] ?? '';
    return describesNameBefore(`${before}${after}`, before.length, before.length + head.length);
  };
  it('fires after `Name,` and before a lower-case qualifier (≥ 3 positive cases)', () => {
    expect(describes("avec Kalimba, |réseau régional de l'Économie solidaire")).toBe(true);
    expect(describes('le Lien-Vert, |association locale de quartier')).toBe(true);
    expect(describes('avec Bois-Vert,\n|coopérative agricole du Béarn')).toBe(true);
  });
  it('does not fire on a name of its own (≥ 2 negative cases)', () => {
    expect(describes('avec Kalimba, |association Les Tilleuls')).toBe(false);
    expect(describes("le projet du |réseau régional de l'Économie")).toBe(false);
  });
});

describe('expansionEnd: an acronym\'s expansion in brackets runs to the closing bracket', () => {
  /** `|` marks where the name starts, `^` where nameExtent stopped. */
  const expanded = (line: string): string | null => {
    const start = line.indexOf('|');
    const text = line.replace('|', '').replace('^', '');
    const end = expansionEnd(text, start, line.indexOf('^') - 1);
    return end === null ? null : text.slice(start, end);
  };
  it('reads to the bracket (≥ 3 positive cases)', () => {
    expect(expanded("KALIDO (|Kiosque d'Accueil^ à la Douce Orne) :")).toBe("Kiosque d'Accueil à la Douce Orne");
    expect(expanded('ROUVE\n(|Réseau Ouvert^ des Villes urbaiNes)')).toBe('Réseau Ouvert des Villes urbaiNes');
    expect(expanded('AMIE (|Atelier Mobile^ en Insertion)')).toBe('Atelier Mobile en Insertion');
  });
  it('leaves other names alone (≥ 2 negative cases)', () => {
    expect(expanded('avec la (|Maison Verte^ de Lunel)')).toBeNull();
    expect(expanded('KALIDO (|Kiosque Vert^. Il ouvre) demain')).toBeNull();
  });
});

describe('facilityOfName: a facility\'s kind, `de` and a name of its own name the body by that name', () => {
  /** The word the guard keeps, from the text between the head and the name's end. */
  const kept = (rest: string): string | null => {
    const at = facilityOfName(rest);
    return at === null ? null : rest.slice(at);
  };
  it('keeps an unknown word or an acronym after a bare de (≥ 3 positive cases)', () => {
    expect(kept(' de Trokal')).toBe('Trokal');
    expect(kept(' de\nBRENVA')).toBe('BRENVA');
    expect(kept(" d'Ozanik")).toBe('Ozanik');
  });
  it('leaves a place, a common word, an article or several words (≥ 2 negative cases)', () => {
    expect(kept(' de Lunel')).toBeNull();
    expect(kept(' de Quartier')).toBeNull();
    expect(kept(' du Trokal')).toBeNull();
    expect(kept(' de Trokal solidaire')).toBeNull();
  });
  it('keeps two or more capitalised words after de, d\', de l\' or du (coined-name-after-of, ≥ 3 positive cases)', () => {
    expect(kept(" de l'Éveil Solidaire")).toBe('Éveil Solidaire');
    expect(kept(' d’Ozan & Trokal')).toBe('Ozan & Trokal');
    expect(kept(' du Second Élan')).toBe('Second Élan');
    expect(kept(' de Trokal Solidaire')).toBe('Trokal Solidaire');
  });
  it('leaves a place, a territory\'s word or a type word among them (≥ 2 negative cases)', () => {
    expect(kept(' du Pays Lunellois')).toBeNull();
    expect(kept(' de Haute Savoie')).toBeNull();
    expect(kept(" de l'Agglo Sud Lunel")).toBeNull();
    expect(kept(' de La Rochelle')).toBeNull();
  });
});
