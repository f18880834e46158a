/**
 * `article-name-after` (extractors/fr/organisation/name-after-acronym.ts): in a sentence, an acronym then an
 * article and a capitalised name is a kind of body before the body's own name; the acronym's mention
 * (`fr.organisation.acronym`) runs over the name and carries the evidence. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../extractors/index.js';
import { ARTICLE_NAME_AFTER, articleNameEnd } from '../../../../extractors/fr/organisation/name-after-acronym.js';

const organisations = (text: string, source: 'text' | 'ocr' = 'text') =>
  extractPage({ page: 1, source, text }, {}).filter((mention) => mention.type === 'organisation');

/** The acronym's mention with the evidence, or undefined. */
const withEvidence = (text: string, source: 'text' | 'ocr' = 'text') =>
  organisations(text, source).find((mention) => mention.rule === 'fr.organisation.acronym' && mention.evidence?.includes(ARTICLE_NAME_AFTER) === true)?.text;

/** `articleNameEnd` on the first acronym of the text: the name read, or null. */
function nameAfter(text: string, acronym: string): string | null {
  const start = text.indexOf(acronym);
  const end = articleNameEnd(text, start, start + acronym.length);
  return end === null ? null : text.slice(start, end);
}

describe('article-name-after', () => {
  it.each([
    ['Ainsi la CIGALE Les Écus Verts est entrée au capital de la boulangerie.', 'CIGALE Les Écus Verts'],
    ['Elle dirige le centre social ACVL la Charmille de Dole. Le projet avance.', 'ACVL la Charmille de Dole'],
    ['Elle dirige le centre social\nACVL la Charmille de Dole. Le projet avance.', 'ACVL la Charmille de Dole'],
    ['Le GEM La Boussole accueille dix adhérents.', 'GEM La Boussole'],
    ['Une sortie est organisée par le CPIE Les Monts du Vivarais en mai.', 'CPIE Les Monts du Vivarais'],
  ])('reads the name after the acronym in %j', (text, name) => {
    expect(withEvidence(text)).toBe(name);
  });

  it('reads it on an OCR page too', () => {
    expect(withEvidence('Elle dirige le centre social\nACVL la Charmille de Dole. Le projet avance.', 'ocr')).toBe('ACVL la Charmille de Dole');
  });

  it.each([
    // A heading in capitals before the acronym: no kind before a name.
    ['DOSSIER DE PRESSE Les Rencontres du réemploi 2024', 'PRESSE'],
    // Two bodies, the comma of the list left out.
    ["Avec l'ADEME la Région a financé le projet.", 'ADEME'],
    ["Avec l'ADEME le Département a financé le projet.", 'ADEME'],
    // The acronym's expansion, its brackets lost.
    ["Dans une note, le GDMA le Groupement Départemental des Métiers d'Art dresse le bilan.", 'GDMA'],
    // A type word the organisation-named parser reads.
    ['Elle a rejoint la SCOP Les Tuiles du Lot en mars.', 'SCOP'],
    // A national body's known acronym: a title after it is a work's.
    ["Selon l'étude de l'ADEME Les Ménages et le tri, le geste progresse.", 'ADEME'],
    ['Le rapport de l\'INSEE La France en chiffres montre une hausse.', 'INSEE'],
    // The article opens the next line.
    ["Le projet est soutenu par l'ADEME\nLa Maison du Vélo ouvre en mai.", 'ADEME'],
  ])('reads no name after the acronym in %j', (text, acronym) => {
    expect(nameAfter(text, acronym)).toBeNull();
  });

  it('leaves the other bodies of a list alone', () => {
    expect(withEvidence("Avec l'ADEME la Région a financé le projet.")).toBeUndefined();
    expect(organisations("Avec l'ADEME la Région a financé le projet.").map((mention) => mention.text)).toContain('ADEME');
  });
});
