/**
 * The proposer family "a press cue, then the title" (extractors/fr/organisation/press-cue.ts), on invented
 * sentences, and the evidence it gives through the candidate refiner.
 */
import { describe, expect, it } from 'vitest';
import { pressTitles } from '../../../../extractors/fr/organisation/press-cue.js';
import { extractDocument } from '../../../../extractors/index.js';

const names = (text: string): string[] => pressTitles(text).map((found) => text.slice(found.start, found.end));

describe('pressTitles', () => {
  it.each([
    ['Le journal La Gazette du Val nous a consacré un article.', ['La Gazette du Val']],
    ["L'hebdomadaire « Trokal Infos » a suivi la fête.", ['Trokal Infos']],
    ['Article publié dans Kalmir hebdo, mars 2023', ['Kalmir hebdo']],
    ['Abonnez-vous à Paysans du Vilaret\nLéa Morel a participé.', ['Paysans du Vilaret']],
    ['Abonnez-vous à Paysans de la\nVilaret, le mensuel du canton.', ['Paysans de la\nVilaret']],
    ['- 12 retombées presse dans La Vigie – Radio Kalvi – Trokalnews…', ['La Vigie', 'Radio Kalvi', 'Trokalnews']],
  ])('reads %j', (text, found) => {
    expect(names(text)).toEqual(found);
  });

  it.each([
    ['Le magazine de mars-avril parle de la fête.', 'no capital after the kind'],
    ['Le journal a publié la photo de Léa.', 'the kind alone'],
    ['Il a été publié dans la presse locale.', 'a lower-case phrase after the cue'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('press-cue evidence', () => {
  const organisations = (text: string): { value: string; evidence: readonly string[] }[] =>
    extractDocument([{ page: 1, source: 'text', text }], {}).mentions
      .filter((mention) => mention.type === 'organisation')
      .map((mention) => ({ value: mention.value, evidence: mention.evidence ?? [] }));

  it.each([
    ['Le journal La Vigie nous a consacré un article.', 'La Vigie'],
    ['Article publié dans Kalmir hebdo, mars 2023', 'Kalmir hebdo'],
    ['Abonnez-vous à Paysans du Vilaret\nLéa Morel a participé.', 'Paysans du Vilaret'],
  ])('keeps the title of %j', (text, name) => {
    expect(organisations(text)).toContainEqual(expect.objectContaining({ value: name, evidence: expect.arrayContaining(['press-cue']) }));
  });

  it.each([
    ['Le journal de la commune paraît en mai.'],
    ['Ce texte a paru dans un recueil de poèmes.'],
  ])('proposes nothing in %j', (text) => {
    expect(organisations(text).filter((found) => found.evidence.includes('press-cue'))).toEqual([]);
  });
});
