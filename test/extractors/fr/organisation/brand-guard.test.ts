/**
 * `brandDamage` (extractors/fr/organisation/brand-guard.ts): a word with a capital inside that is
 * OCR glue or a word in mixed case, not a coined name. Each reason: 3 invented words where it
 * fires; coined names where none does.
 */
import { describe, expect, it } from 'vitest';
import { brandDamage, gluedElision, inIdentifier, surnameAfterFirstName } from '../../../../extractors/fr/organisation/brand-guard.js';

describe('brandDamage', () => {
  it('glued-function-word: an elision or a preposition glued to a word (≥ 3 positive cases)', () => {
    expect(brandDamage('aDole')).toBe('glued-function-word');
    expect(brandDamage('lEurope')).toBe('glued-function-word');
    expect(brandDamage('llAMAPette')).toBe('glued-function-word');
  });
  it('mixed-case-word: a common word written in mixed case (≥ 3 positive cases)', () => {
    expect(brandDamage('proGramme')).toBe('mixed-case-word');
    expect(brandDamage('mInIstre')).toBe('mixed-case-word');
    expect(brandDamage('partenaIres')).toBe('mixed-case-word');
  });
  it('mixed-case-word: a page label written in mixed case', () => {
    expect(brandDamage('eDIto')).toBe('mixed-case-word');
    expect(brandDamage('NewsLetter')).toBe('mixed-case-word');
  });
  it('glued-sentence: words glued into one (≥ 3 positive cases)', () => {
    expect(brandDamage('nouslancionsleprogrammeJeunesseavecvous')).toBe('glued-sentence');
    expect(brandDamage('lesPartenairesdelaCoopérativeontsigné')).toBe('glued-sentence');
    expect(brandDamage('enprésencedelaMinistredesSolidarités')).not.toBeNull();
  });
  it('glued-words: two common words glued by a layout (≥ 3 positive cases)', () => {
    expect(brandDamage('commentaireRépondre')).toBe('glued-words');
    expect(brandDamage('précédentSuivant')).toBe('glued-words');
    expect(brandDamage('imprimerPartager')).toBe('glued-words');
  });
  it('glued-label: a page’s menu word, or a type word in lower case, glued to what follows (≥ 3 positive cases)', () => {
    expect(brandDamage('AccueilKalimbo')).toBe('glued-label');
    expect(brandDamage('ActualitésBTPVilaret')).toBe('glued-label');
    expect(brandDamage('recyclerieVilaret')).toBe('glued-label');
    expect(brandDamage('associationKerdavo')).toBe('glued-label');
  });
  it('glued-label: leaves a coined name on a prefix, a word that is no label or a capitalised type word (≥ 2 negative cases)', () => {
    expect(brandDamage('villageTrokal')).toBeNull();
    expect(brandDamage('MaisonKalimbo')).toBeNull();
    expect(brandDamage('écoTrokal')).toBeNull();
  });
  it('glued-furniture: a page’s button glued after another word (≥ 3 positive cases)', () => {
    expect(brandDamage('siteAjouter')).toBe('glued-furniture');
    expect(brandDamage('pageImprimer')).toBe('glued-furniture');
    expect(brandDamage('ArticlePartagerImprimer')).toBe('glued-furniture');
  });
  it('glued-furniture: leaves coined names that end on their own word (≥ 2 negative cases)', () => {
    expect(brandDamage('coKalimbo')).toBeNull();
    expect(brandDamage('écoNautes')).toBeNull();
    expect(brandDamage('TrokalPartageVilaret')).toBeNull();
  });
  it('glued-function-word: `del`, a `de l’` that lost its apostrophe, glued to an acronym (≥ 3 positive cases)', () => {
    expect(brandDamage('delAPES')).toBe('glued-function-word');
    expect(brandDamage('delURSCOP')).toBe('glued-function-word');
    expect(brandDamage('delEurope')).toBe('glued-function-word');
  });
  it('mixed-case-word: a common word in mixed case after a glued article or elision (≥ 3 positive cases)', () => {
    expect(brandDamage('lamInIstre')).toBe('mixed-case-word');
    expect(brandDamage('lepRoGramme')).toBe('mixed-case-word');
    expect(brandDamage('lédItIon')).toBe('mixed-case-word');
  });
  it('glued-before-first-name: a word of the sentence glued to a first name (≥ 3 positive cases)', () => {
    expect(brandDamage('ajouteLéa')).toBe('glued-before-first-name');
    expect(brandDamage('souligneHugo')).toBe('glued-before-first-name');
    expect(brandDamage('expliqueJulie')).toBe('glued-before-first-name');
  });
  it('leaves coined names on an article, `del` or a first name alone (≥ 2 negative cases)', () => {
    expect(brandDamage('lesKerdavo')).toBeNull();
    expect(brandDamage('deltaKerdavo')).toBeNull();
    expect(brandDamage('kerdaLéa')).toBeNull(); // no common word before the first name
    expect(brandDamage('trokalHugo')).toBeNull();
  });
  it('leaves coined names alone (≥ 2 negative cases)', () => {
    expect(brandDamage('coKalim')).toBeNull();
    expect(brandDamage('écoTrokal')).toBeNull();
    expect(brandDamage('rESSources')).toBeNull();
    expect(brandDamage('ProcESseurs')).toBeNull();
    expect(brandDamage('TrokalVertBocage')).toBeNull();
    expect(brandDamage('villageTrokal')).toBeNull(); // the capitalised word is no common word
    expect(brandDamage('bienVivre')).toBeNull(); // a prefix shorter than six letters
  });
});

describe('surnameAfterFirstName', () => {
  it('surname-after-first-name: a word in mixed case after a first name (≥ 3 positive cases)', () => {
    expect(surnameAfterFirstName('Julie brENvaC KERDAVIA', 'Julie '.length)).toBe(true);
    expect(surnameAfterFirstName('nadège keRDaVOs AVISE', 'nadège '.length)).toBe(true);
    expect(surnameAfterFirstName('contact : Pierre duBOIS', 'contact : Pierre '.length)).toBe(true);
  });
  it('leaves a coined name after another word (≥ 2 negative cases)', () => {
    expect(surnameAfterFirstName('le réseau coKalim', 'le réseau '.length)).toBe(false);
    expect(surnameAfterFirstName('avec TrokAlis', 'avec '.length)).toBe(false);
  });
});

describe('inIdentifier', () => {
  const at = (text: string, word: string): boolean => inIdentifier(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('in-identifier: a word joined by an underscore to its neighbours (≥ 3 positive cases)', () => {
    expect(at('IMG_0412_retKAL_0413-ret', 'retKAL')).toBe(true);
    expect(at('Icon_miniKalv 29 mars', 'miniKalv')).toBe(true);
    expect(at('ob_3f2_captuRe juin', 'captuRe')).toBe(true);
    expect(at('voir coKalim_logo.png', 'coKalim')).toBe(true);
  });
  it('leaves a coined name between spaces, after @ or in quotes (≥ 2 negative cases)', () => {
    expect(at('le réseau coKalim recrute', 'coKalim')).toBe(false);
    expect(at('suivez @TrokAlisVilaret sur', 'TrokAlisVilaret')).toBe(false);
    expect(at('« écoNautes » ouvre', 'écoNautes')).toBe(false);
  });
});

describe('gluedElision', () => {
  const at = (text: string, word: string): boolean => gluedElision(text, text.indexOf(word), text.indexOf(word) + word.length);
  it('glued-elision: a word ending on one capital before an apostrophe (≥ 3 positive cases)', () => {
    expect(at("Hauts de kalvoL'assemblée générale", 'kalvoL')).toBe(true);
    expect(at("Dernières imagesS'inscrire Connexion", 'imagesS')).toBe(true);
    expect(at('la brenvacD’une part', 'brenvacD')).toBe(true);
  });
  it('leaves a coined name with capitals inside, or with no apostrophe after it (≥ 2 negative cases)', () => {
    expect(at("le réseau coKalim's", 'coKalim')).toBe(false);
    expect(at('le collectif écoNautE ouvre', 'écoNautE')).toBe(false);
    expect(at("l'atelier kalvoL' ouvre", 'atelier')).toBe(false);
  });
});
