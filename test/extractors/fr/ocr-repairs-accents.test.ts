/**
 * The accent pass of the normaliser: type and role words read without their accents get them
 * back (case kept, offsets unchanged); words French writes without accents, and names, stay.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../extractors/core/edit-map.js';
import { accentEdits } from '../../../extractors/fr/ocr-repairs-accents.js';
import { normaliseText } from '../../../extractors/fr/normalise.js';
import { ACCENT_RESTORATIONS } from '../../../extractors/fr/lexicon/accent-restorations.js';

const repaired = (text: string): string => applyEdits(text, accentEdits(text)).text;

describe('accent restoration', () => {
  it.each([
    ['le Pole Vallée Verte ouvre', 'le Pôle Vallée Verte ouvre'],
    ['avec le ministere de la Culture', 'avec le ministère de la Culture'],
    ["l'Etablissement public territorial Val Nord", "l'Établissement public territorial Val Nord"],
    ['RAPPORT DU POLE TERRITORIAL', 'RAPPORT DU PÔLE TERRITORIAL'],
    ['une Epicerie solidaire et la Federation des jardins', 'une Épicerie solidaire et la Fédération des jardins'],
    ['la presidente de la Cooperative', 'la présidente de la Coopérative'],
  ])('%s', (damaged, expected) => {
    expect(repaired(damaged)).toBe(expected);
  });

  it.each([
    'il porte le projet et finance la charge',
    "le secrétariat d'Etat soutient",
    'une équipe et un Polex',
    'Polers et Ecoles-Nord',
    'les cotes du fleuve, une etude',
  ])('leaves %s', (text) => {
    expect(accentEdits(text)).toEqual([]);
  });

  it('holds only spellings that differ from their accented form, letter for letter', () => {
    for (const [plain, accented] of ACCENT_RESTORATIONS) {
      expect(plain).not.toBe(accented);
      expect(plain.length).toBe(accented.length);
    }
    expect(ACCENT_RESTORATIONS.has('porte')).toBe(false);
    expect(ACCENT_RESTORATIONS.has('equipe')).toBe(false);
  });

  it('keeps offsets: a restored word maps back to the word read', () => {
    const text = 'Le Pole Nord et le ministere';
    const normalised = normaliseText(text);
    expect(normalised.text).toBe('Le Pôle Nord et le ministère');
    const at = normalised.text.indexOf('ministère');
    expect(text.slice(normalised.toOriginal(at), normalised.toOriginal(at + 'ministère'.length))).toBe('ministere');
  });
});
