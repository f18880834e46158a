/**
 * `capital-name-run` (extractors/fr/organisation/capital-name-run.ts): a word in capitals no dictionary
 * knows, in a short run of capitals holding a common word, is one word of a name written in capitals;
 * the acronym's mention (`fr.organisation.acronym`) covers the run. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { CAPITAL_NAME_RUN, capitalNameRun } from '../../../../extractors/fr/organisation/capital-name-run.js';

const organisations = (text: string, source: 'text' | 'ocr' = 'text') =>
  extractPage({ page: 1, source, text }, {}).filter((mention) => mention.type === 'organisation');

/** The acronym mention carrying the evidence, or undefined. */
const withEvidence = (text: string) =>
  organisations(text).find((mention) => mention.rule === 'fr.organisation.acronym' && mention.evidence?.includes(CAPITAL_NAME_RUN) === true)?.value;

/** `capitalNameRun` around the first occurrence of `word`: the run's text, or null. */
function runAround(text: string, word: string): string | null {
  const start = text.indexOf(word);
  const run = capitalNameRun(text, start, start + word.length);
  return run === null ? null : text.slice(run.start, run.end);
}

describe('capital-name-run', () => {
  it.each([
    ['Le stand de MOULIN KERVAL ouvre à dix heures.', 'MOULIN KERVAL'],
    ['Les paniers livrés par VALLÉE DE\nLOIRAC SERVICES arrivent le jeudi.', 'VALLÉE DE LOIRAC SERVICES'],
    ['La convention est signée avec KERVAL JARDINS, association du quartier.', 'KERVAL JARDINS'],
  ])('reads the whole run in %j', (text, name) => {
    expect(withEvidence(text)).toBe(name);
  });

  it.each([
    // Two acronyms: no common word in the run.
    ['Le projet réunit la CRESS HDF et la mairie.', 'CRESS'],
    // A list of acronyms whose comma the OCR dropped.
    ['La liste des adhérents (ALPHA, KERVAL ESPOIR) est jointe au dossier.', 'KERVAL'],
    // A heading: too many capital words.
    ['Bilan\nLE GRAND PROJET KERVAL DE LA VILLE\nLe texte suit.', 'KERVAL'],
  ])('leaves the word apart in %j', (text, word) => {
    expect(runAround(text, word)).toBeNull();
  });

  it('keeps the acronym alone when the run has no common word', () => {
    expect(withEvidence('Le projet réunit la CRESS HDF et la mairie.')).toBeUndefined();
  });
});
