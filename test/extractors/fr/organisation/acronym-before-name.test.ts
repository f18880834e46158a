/**
 * `acronym-before-name` (extractors/fr/parsers/organisation-named.ts `afterOwnAcronym`): a kind written
 * out, its acronym in brackets, then a capitalised name: the name starts after the bracket and the
 * mention (`fr.organisation.named`) carries the evidence. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { ACRONYM_BEFORE_NAME } from '../../../../extractors/fr/parsers/organisation-named.js';

/** The values of the named mentions that carry the evidence. */
const afterAcronym = (text: string): string[] =>
  extractPage({ page: 1, source: 'text', text }, {})
    .filter((m) => m.type === 'organisation' && m.rule === 'fr.organisation.named' && m.evidence?.includes(ACRONYM_BEFORE_NAME) === true)
    .map((m) => m.value);

describe('acronym-before-name: a kind, its acronym in brackets, then the name', () => {
  it.each([
    ["Le chantier est porté par la Société coopérative d'intérêt collectif (SCIC) Les Tanneries. Son objectif : former.", 'Les Tanneries'],
    ['Le Pôle\nterritorial de coopération économique\n(PTCE) Vallée Verte est une association de Rodez.', 'Vallée Verte'],
    ["La Coopérative d'Activité et d'Emploi (CAE) Pollen Vif fête ses dix ans à Brest.", 'Pollen Vif'],
    ["Elle rejoint la Société d'intérêt collectif (SCIC) Ciné Bocains, qui gère sept salles.", 'Ciné Bocains'],
  ])('starts the name after the bracket (≥ 3 positive cases): %s', (text, value) => {
    expect(afterAcronym(text)).toContain(value);
  });
  it.each([
    ['La Fédération nationale (FNAB) Occitanie tient son assemblée à Albi.'],
    ["Une Société coopérative d'intérêt collectif (SCIC) compte 85 sociétaires à Lannion."],
    ['Le Pôle territorial de coopération économique (PTCE) de Lunel est lancé.'],
    ['Un portrait des pôles territoriaux de coopération économique (PTCE)\nActualités\nAgenda'],
    ['Un portrait des pôles territoriaux de\ncoopération économique (PTCE) Actualités\nAgenda'],
  ])('reads no name after another body\'s acronym, nor without a capitalised name (≥ 2 negative cases): %s', (text) => {
    expect(afterAcronym(text)).toEqual([]);
  });
});
