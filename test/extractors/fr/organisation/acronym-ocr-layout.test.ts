/**
 * `laidOutAsName` (extractors/fr/organisation/acronym-ocr-layout.ts): the layouts in which a word in
 * capitals on an OCR page reads as a body's name. `|` marks the start of the invented token.
 */
import { describe, expect, it } from 'vitest';
import { laidOutAsName } from '../../../../extractors/fr/organisation/acronym-ocr-layout.js';

function laidOut(line: string, token: string): boolean {
  const start = line.indexOf('|');
  const text = line.replace('|', '');
  return laidOutAsName(text, start, start + token.length);
}

describe('laidOutAsName', () => {
  it.each([
    ['Les partenaires + |BRAVOK » Atelier Vert', 'BRAVOK'],
    ['* |BRAVOK\n* Atelier Vert', 'BRAVOK'],
    ['les chantiers |TROMEL / KAZIB / HOP', 'TROMEL'],
    ['les chantiers TROMEL / |KAZIB travaillent', 'KAZIB'],
    ['réseaux du Gard :\n|PLAVEK 30, réseau', 'PLAVEK'],
    ['nos adhérents :\n |FORVEL - vente de vélos', 'FORVEL'],
    ['www.exemple.org |TIKRAV\n(Association Kermadec)', 'TIKRAV'],
    ['|KORVAL Mayenne « atelier vélo »', 'KORVAL'],
  ])('reads %j as a name', (line, token) => {
    expect(laidOut(line, token)).toBe(true);
  });

  it.each([
    ['Un scan illisible |OKRAVU puis la suite', 'OKRAVU'],
    ['la suite |DREVAK - vente de vélos', 'DREVAK'],
    ['|KORVAL Boulangerie « atelier vélo »', 'KORVAL'],
    ['le groupe |PLAVEK 3000 fois', 'PLAVEK'],
    ['le texte |TIKRAV\n(voir la suite)', 'TIKRAV'],
  ])('leaves %j alone', (line, token) => {
    expect(laidOut(line, token)).toBe(false);
  });
});
