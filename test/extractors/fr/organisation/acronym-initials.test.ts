import { describe, expect, it } from 'vitest';
import { looselySpells, phrasesBeforeBracket, spellsInitials, unwrapped } from '../../../../extractors/fr/organisation/acronym-initials.js';

const UP_TO_A_STOP = { window: 80, pattern: /(?:^|[.;])(?<phrase>[^.;]{3,80})$/u, unwrap: false } as const;

describe('phrasesBeforeBracket', () => {
  it('yields the phrase before each (ACR), in page order', () => {
    const text = 'Intro. Le réseau des jardins voisins (RJV) ouvre. Puis les jardins voisins réunis (RJV) ferment.';
    expect([...phrasesBeforeBracket(text, 'RJV', UP_TO_A_STOP)]).toEqual([' Le réseau des jardins voisins', ' Puis les jardins voisins réunis']);
  });
  it('reads back no further than its window', () => {
    const text = `${'mot '.repeat(40)}fin du texte (FDT)`;
    const [phrase] = [...phrasesBeforeBracket(text, 'FDT', { ...UP_TO_A_STOP, window: 20 })];
    expect(phrase?.length).toBeLessThanOrEqual(20);
    expect(phrase?.endsWith('fin du texte')).toBe(true);
  });
  it('joins wrapped lines only when told to', () => {
    const text = 'Les ateliers\nde la vallée (ADLV)';
    const pattern = /(?:^|\n)(?<phrase>[^\n]{3,80})$/u;
    expect([...phrasesBeforeBracket(text, 'ADLV', { window: 80, pattern, unwrap: true })]).toEqual(['Les ateliers de la vallée']);
    expect([...phrasesBeforeBracket(text, 'ADLV', { window: 80, pattern, unwrap: false })]).toEqual(['de la vallée']);
  });
  it('yields nothing when the page never writes the bracket or no phrase stands before it', () => {
    expect([...phrasesBeforeBracket('Le RJV sans parenthèse.', 'RJV', UP_TO_A_STOP)]).toEqual([]);
    expect([...phrasesBeforeBracket('Fin. (RJV)', 'RJV', UP_TO_A_STOP)]).toEqual([]);
  });
  it('reads the first twenty brackets only', () => {
    const text = Array.from({ length: 25 }, (_unused, index) => `Phrase numéro ${index} (PN).`).join(' ');
    expect([...phrasesBeforeBracket(text, 'PN', UP_TO_A_STOP)]).toHaveLength(20);
  });
});

describe('unwrapped', () => {
  it('reads one line break as a space and keeps a blank line', () => {
    expect(unwrapped('un\ndeux\n\ntrois')).toBe('un deux\n\ntrois');
  });
});

describe('looselySpells', () => {
  it('spells with every letter or one left out, the first word first', () => {
    expect(looselySpells('alv', ['ateliers', 'la', 'vallée'])).toBe(true);
    expect(looselySpells('acmsh', ['accueil', 'mineurs', 'sans', 'hébergement'])).toBe(true);
  });
  it('refuses a first word that is not the first letter, or too many words', () => {
    expect(looselySpells('rjv', ['jardins', 'voisins'])).toBe(false);
    expect(looselySpells('ab', ['alpha', 'beta', 'gamma'])).toBe(false);
    expect(looselySpells('adlv', ['ateliers', 'vallée'])).toBe(false);
  });
});

describe('spellsInitials', () => {
  it('spells a kind written out, a capitalised word always lending its initial', () => {
    expect(spellsInitials('PAR', ["Pôle", 'accueil', 'réemploi'], 'spells')).toBe(true);
    expect(spellsInitials('PAR', ["Pôle", 'Accueil', 'Solidaire'], 'may-spell')).toBe(false);
  });
});
