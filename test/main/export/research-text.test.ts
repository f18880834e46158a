import { describe, expect, it } from 'vitest';
import type { WorkPage } from '../../../main/export/corpus-rows.js';
import { researchText } from '../../../main/export/research-text.js';

/** What each page's last prose line says (a line repeated on every page would be a running one). */
const LAST_LINES = ['accueillent les familles le samedi matin pour des', 'reçoivent les écoles du canton chaque mardi pour', 'ouvrent le chantier aux visiteurs en fin de saison'];

/** A page of wrapped prose (invented) whose last sentence runs on to the next page, then its footer. */
const prose = (number: number): string =>
  [
    'Bulletin des adhérents',
    `Saison ${number}`,
    'Depuis le printemps, les habitants du quartier ont',
    'rénové le local de la recyclerie, après deux années',
    'de travaux menés avec les partenaires de la commune',
    'et une équipe de jeunes en insertion qui apprennent',
    'le métier de menuisier auprès des artisans et qui',
    LAST_LINES[number - 1] ?? '',
    `page ${number} sur 3`,
  ].join('\n');

const pages: WorkPage[] = [1, 2, 3].map((number) => ({ documentId: 1, number, text: prose(number), source: 'text', ocrConfidence: null, fileName: 'bulletin.pdf' }));

describe('researchText', () => {
  it('drops a running footer that follows prose ending mid-sentence, and keeps the prose read across its wraps', () => {
    const text = researchText(pages);
    expect(text).not.toMatch(/sur 3/u);
    expect(text).not.toMatch(/Bulletin des adhérents/u);
    expect(text).toContain('les habitants du quartier ont rénové le local');
    for (const line of LAST_LINES) expect(text).toContain(line);
  });
});
