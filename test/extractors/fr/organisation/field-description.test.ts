/**
 * `describesField` (extractors/fr/organisation/field-description.ts): a lower-case kind whose
 * only capitalised words name the field it works in is a description, no body. Invented phrases.
 */
import { describe, expect, it } from 'vitest';
import { describesField, namesFieldOnly, namesLonePluralKind, namesPluralKind } from '../../../../extractors/fr/organisation/field-description.js';

describe('describesField', () => {
  it.each([
    "pôle de développement de l'ESS",
    "chantier naval de l'Économie sociale",
    "pôle Insertion par l'Activité Économique",
    "club des communes engagées pour l'ESS",
    'réseau d’accompagnement ESS',
    'pôle Médico-social',
  ])('describes a field: %s', (value) => {
    expect(describesField(value)).toBe(true);
  });

  it.each([
    // A name after the kind: a capitalised word that is no field word.
    'pôle Sud Vivarais',
    "réseau Alpes Solidaires de l'ESS",
    // An institution named in lower case: its field is its name.
    "ministère de l'Économie sociale",
    "chambre régionale de l'ESS",
    // Capitalised: the kind is the name's head.
    "Pôle de développement de l'ESS",
    // No capitalised field word: nothing says it is about the field (left to the other rules).
    'pôle de coopération',
  ])('names a body, or is left to the other rules: %s', (value) => {
    expect(describesField(value)).toBe(false);
  });
});

describe('describesField: a division in title case, its field right after `Pôle`', () => {
  it.each(['Pôle Insertion', 'Pôle ESS rural', 'Pôle Développement et territoire', 'Pôles Économie Circulaire'])(
    'describes a division of a body (≥ 3 positive cases): %s',
    (value) => {
      expect(describesField(value)).toBe(true);
    },
  );
  it.each(['Pôle Sud Vivarais', 'Pôle Emploi', "Pôle de développement de l'ESS", 'Réseau ESS', "Labo de l'ESS"])(
    'leaves a name, a naming with `de` or another kind in title case (≥ 2 negative cases): %s',
    (value) => {
      expect(describesField(value)).toBe(false);
    },
  );
});

describe('namesPluralKind', () => {
  it.each(["Communautés d'Agglomération", "Ateliers Chantiers d'Insertion", 'Entreprises Adaptées', 'Centres Sociaux', 'Conseils régionaux', 'Conseils Départementaux'])('a class of bodies: %s', (value) => {
    expect(namesPluralKind(value)).toBe(true);
  });

  it.each([
    // A word of its own, or the article of a name.
    'Ateliers du Bocage',
    'Les Jardins Solidaires',
    // Singular: one body of that kind (left to the other rules).
    "Communauté d'Agglomération",
    // One word: too little to say.
    'Associations',
  ])('a name, or left to the other rules: %s', (value) => {
    expect(namesPluralKind(value)).toBe(false);
  });
});

describe('namesLonePluralKind (lone-plural-kind)', () => {
  it.each(['Ressourceries', 'Recycleries', 'recycleries', 'Associations'])('a kind in the plural, alone: %s', (value) => {
    expect(namesLonePluralKind(value)).toBe(true);
  });

  it.each([
    // An acronym in capitals that ends in `s`, a word that is no plural of a kind, a kind in the singular.
    'CRESS',
    'Cress',
    'Kalvos',
    'Ressourcerie',
    // More than one word: namesPluralKind's to judge.
    'Ressourceries Unies',
  ])('no lone plural kind: %s', (value) => {
    expect(namesLonePluralKind(value)).toBe(false);
  });
});

describe('namesFieldOnly', () => {
  it.each(['ESS', "l'Économie Sociale et Solidaire", 'Utilité Sociale', "Insertion par l'Activité Économique", 'économie circulaire'])('the field alone: %s', (value) => {
    expect(namesFieldOnly(value)).toBe(true);
  });

  it.each([
    // A word of its own, or a type word: a body's name.
    'ESS France',
    "Chambre régionale de l'ESS",
    'Solidaire Vivarais',
    // No word at all but ties.
    'de la',
  ])('a name, or nothing to judge: %s', (value) => {
    expect(namesFieldOnly(value)).toBe(false);
  });
});
