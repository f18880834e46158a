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
    ["l'ensemblier |TROMEL / KAZIB / HOP", 'TROMEL'],
    ["l'ensemblier TROMEL / |KAZIB ont", 'KAZIB'],
    ['plateforme du Gard :\n|PLAVEK 30, plateforme', 'PLAVEK'],
    ['dont notamment :\n |FORVEL - commerce de détail', 'FORVEL'],
    ['www.exemple.org |TIKRAV\n(Association Kermadec)', 'TIKRAV'],
    ['|KORVAL Mayenne « job coach »', 'KORVAL'],
  ])('reads %j as a name', (line, token) => {
    expect(laidOut(line, token)).toBe(true);
  });

  it.each([
    ['Un scan illisible |OKRAVU puis la suite', 'OKRAVU'],
    ['la suite |DREVAK - commerce de détail', 'DREVAK'],
    ['|KORVAL Boulangerie « job coach »', 'KORVAL'],
    ['le groupe |PLAVEK 3000 fois', 'PLAVEK'],
    ['le texte |TIKRAV\n(voir la suite)', 'TIKRAV'],
  ])('leaves %j alone', (line, token) => {
    expect(laidOut(line, token)).toBe(false);
  });
});
