import { describe, expect, it } from 'vitest';
import { hasPastInSentence, isFutureBefore, isParticipleBefore, tenseBefore } from '../../../extractors/fr/past-context.js';

/** The tense read before the first digit of `text` (where its date starts). */
const tenseAt = (text: string): ReturnType<typeof tenseBefore> => tenseBefore(text, text.search(/\d/u));

describe('isFutureBefore', () => {
  it.each([
    "L'assemblée aura lieu le 4 février.",
    'Le comité se réunira le 9 décembre.',
    'La fête se tiendra à la halle le 3 juin.',
    'Les deux ateliers devront rendre leur bilan le 2 mars.',
    'Les jardins seront ouverts au public dès le 5 avril.',
  ])('reads a verb in the future before the date: %s', (text) => {
    expect(isFutureBefore(text, text.search(/\d/u))).toBe(true);
  });

  it.each([
    'La visite de l’opéra le 4 février a plu.',
    'Au front le 4 février, les bénévoles tenaient le stand.',
    'Une soirée extra le 6 mai a réuni les bénévoles.',
    "Il sera question de l'avenir de la ressourcerie, des locaux et de la halle le 4 février.",
  ])('reads no future tense: %s', (text) => {
    expect(isFutureBefore(text, text.search(/\d/u))).toBe(false);
  });
});

describe('tenseBefore', () => {
  it('reads the imperfect a few words back as the past, not the conditional or a present in -ait', () => {
    expect(tenseAt('Il y avait foule, le 9 décembre, pour la soirée.')).toBe('past');
    expect(tenseAt("C'était le 28 décembre à la salle.")).toBe('past');
    expect(tenseAt('Les bénévoles se retrouvaient à la halle le 3 mars.')).toBe('past');
    expect(tenseAt('La réunion aurait lieu le 20 décembre.')).not.toBe('past');
    expect(tenseAt('Il fait beau, le 17 décembre sera une belle journée.')).not.toBe('past');
  });
  it('reads no past in a date an event was moved to', () => {
    expect(tenseAt('La réunion a été reportée au 12 juin.')).toBeUndefined();
    expect(tenseAt('La collecte a été prolongée jusqu’au 20 décembre.')).toBeUndefined();
    expect(tenseAt('La réunion a été organisée le 12 juin.')).toBe('past');
  });
  it('prefers the past phrase right before the date', () => {
    expect(tenseAt('Elle sera renouvelée : la journée a eu lieu le 12 février.')).toBe('past');
  });
  it('reads the past across a line break of the text layer and with a typographic apostrophe', () => {
    expect(tenseAt('La foire, qui s’est tenue 12 février, a plu.')).toBe('past');
    expect(tenseAt('La foire, qui s’est tenue\nle 12 février, a plu.')).toBe('past');
    expect(tenseAt('La collecte a été lancée\n12 février.')).toBe('past');
    expect(tenseAt('La foire a eu\nlieu le 12 février.')).toBe('past');
  });
  it('reads no past after a sentence or a blank line', () => {
    expect(tenseAt('Une foire s’est tenue.\nLe 12 février, la halle ferme.')).toBeUndefined();
    expect(tenseAt('Bilan de l’année écoulée\n\n12 février')).toBeUndefined();
  });
  it('says future or nothing', () => {
    expect(tenseAt('La foire se déroulera le 12 février.')).toBe('future');
    expect(tenseAt('Le 12 février, la foire.')).toBeUndefined();
  });
});

describe('isParticipleBefore', () => {
  it.each([
    'Le compte rendu, relu et envoyé aux adhérents le 8 janvier, est disponible.',
    'Le dossier remis au jury le 3 mars a été retenu.',
    'La serre, ouverte aux visiteurs le 12 juin, a plu.',
  ])('reads a participle a few words before the date: %s', (text) => {
    expect(isParticipleBefore(text, text.search(/\d/u))).toBe(true);
  });

  it.each([
    'La fête commence le 14 février au foyer Tarnal.',
    'Le dossier est prêt. Le club Ondine part marcher le 3 mars.',
  ])('reads no participle in the clause before the date: %s', (text) => {
    expect(isParticipleBefore(text, text.search(/\d/u))).toBe(false);
  });
});

describe('hasPastInSentence', () => {
  it.each([
    'Parmi les ateliers programmés, le club a proposé une marche le 3 mars.',
    'Le 3 mars, la troupe jouait encore au foyer.',
    "L'équipe a ouvert en septembre une bibliothèque de rue.",
  ])('reads a past in the sentence, a future beside it or not: %s', (text) => {
    expect(hasPastInSentence(text, text.search(/\d|septembre/u), text.search(/\d|septembre/u) + 6)).toBe(true);
  });

  it.each([
    'La fête commence le 14 février au foyer Tarnal.',
    'Le club a fini sa saison. La marche reprendra le 3 mars.',
  ])('reads no past in the sentence: %s', (text) => {
    expect(hasPastInSentence(text, text.search(/\d/u), text.search(/\d/u) + 6)).toBe(false);
  });
});
