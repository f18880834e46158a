/**
 * The proposer family "the body whose general meeting it is" (extractors/fr/organisation/meeting-of.ts), on invented
 * sentences, and the evidence it gives through the candidate refiner.
 */
import { describe, expect, it } from 'vitest';
import { meetingOfNames } from '../../../../extractors/fr/organisation/meeting-of.js';
import { extractDocument } from '../../../../extractors/index.js';

const names = (text: string): string[] => meetingOfNames(text).map((found) => text.slice(found.start, found.end));

describe('meetingOfNames', () => {
  it.each([
    ["L'Assemblée Générale des Aînés Kalvins s'est tenue jeudi.", 'Aînés Kalvins'],
    ['Assemblées générales de « Trokal Ensemble ! »', 'Trokal Ensemble'],
    ["Compte rendu de l'AG de la Kalvi Solidaire du 3 mai.", 'Kalvi Solidaire'],
    ['AG de la Kalvi Solidaire\nAssemblée du 3 mai', 'Kalvi Solidaire'],
    ["Lors de l'assemblée générale annuelle d'Agri-Kalvo, les comptes ont été votés.", 'Agri-Kalvo'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ["L'assemblée générale de l'association a eu lieu.", 'a lower-case kind after'],
    ["Une assemblée générale extraordinaire est prévue.", 'no name after'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('meeting-of evidence', () => {
  const organisations = (text: string): { value: string; evidence: readonly string[] }[] =>
    extractDocument([{ page: 1, source: 'text', text }], {}).mentions
      .filter((mention) => mention.type === 'organisation')
      .map((mention) => ({ value: mention.value, evidence: mention.evidence ?? [] }));

  it.each([
    ["L'Assemblée Générale des Aînés Kalvins s'est tenue jeudi.", 'Aînés Kalvins'],
    ['Assemblées générales de « Trokal Ensemble ! »', 'Trokal Ensemble'],
    ["Compte rendu de l'AG de la Kalvi Solidaire du 3 mai.", 'Kalvi Solidaire'],
  ])('keeps the name of %j', (text, name) => {
    expect(organisations(text)).toContainEqual(expect.objectContaining({ value: name, evidence: expect.arrayContaining(['meeting-of']) }));
  });

  it.each([
    ["L'Assemblée générale de Lunel s'est tenue en mai."],
    ["L'Assemblée Générale du Club a voté."],
  ])('keeps no meeting-of name in %j', (text) => {
    expect(organisations(text).filter((found) => found.evidence.includes('meeting-of'))).toEqual([]);
  });
});
