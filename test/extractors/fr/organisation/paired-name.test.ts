/**
 * The proposer family "a paired name" (extractors/fr/organisation/paired-name.ts), on invented
 * sentences, and the evidence it gives through the candidate refiner.
 */
import { describe, expect, it } from 'vitest';
import { pairedNames } from '../../../../extractors/fr/organisation/paired-name.js';
import { extractDocument } from '../../../../extractors/index.js';

const names = (text: string): string[] => pairedNames(text).map((found) => text.slice(found.start, found.end));

describe('pairedNames', () => {
  it.each([
    ['Acteur du réemploi et membre du réseau régional, Terre et\nPartage développe des ateliers.', 'Terre et\nPartage'],
    ['Les bénévoles en contrat chez Loisirs et Cité les trient.', 'Loisirs et Cité'],
    ['Les salariés en contrat à Terre et Partage les réparent.', 'Terre et Partage'],
    ['Nous voulons faire connaître Vergers et Cité comme un acteur du quartier.', 'Vergers et Cité'],
    ["Elle est membre d'Habitat et Partage depuis dix ans.", 'Habitat et Partage'],
    ['Il anime le cluster Vergers et Partage depuis mai.', 'Vergers et Partage'],
    ['Ils font leur service civique chez Terre et Partage cet été.', 'Terre et Partage'],
    ['Les subventions : 300 € au judo, Nature et Partage : 500 €, la pétanque : 50 €.', 'Nature et Partage'],
  ])('reads %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ['Emploi et Formation sont au cœur du projet.', 'a sentence start: the capital says nothing'],
    ['Nos actions\nCulture et Partage\nLes ateliers ont repris.', 'a heading on its own line'],
    ["Le colloque de l'économie Sociale et Solidaire a eu lieu.", 'two field words: the field written in capitals'],
    ['Il a rejoint la Maison des Arts et Métiers en mai.', 'a capitalised name goes on into the pair'],
    ['Elle travaille aux structures Soutien a\nDomicile et Partage du canton.', 'a name before it over an OCR-read à'],
    ['Le réseau des Ateliers et Jardins d’Avenir se réunit.', 'type words, and a name going on after'],
    ['Nous lançons le programme Culture et Santé pour les écoles.', 'a scheme word before'],
    ['Elle dirige le service Achats et Logistique de la mutuelle.', "a body's division before"],
    ['Les crédits de la mission Santé et Sport baissent cette année.', "a budget's mission before"],
    ['Il enseigne dans la filière\nBois et Forêt du lycée agricole.', 'a division word ending the line before'],
    ['Les Meubles, Livres et Jouets sont collectés à part.', 'after a comma ending a capitalised word: a list of capitals'],
    ['Les partenaires : Accueil, Vision et Partage et la mairie.', 'an item of a list of capitals'],
    ['Le marché de Lyon et Grenoble ouvre en mai.', 'places'],
    ['Invités par Mesdames et Messieurs les élus.', 'forms of address'],
  ])('leaves %j alone (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('paired-name evidence', () => {
  const organisations = (text: string): { value: string; evidence: readonly string[] }[] =>
    extractDocument([{ page: 1, source: 'text', text }], {}).mentions
      .filter((mention) => mention.type === 'organisation')
      .map((mention) => ({ value: mention.value, evidence: mention.evidence ?? [] }));

  it.each([
    ['Acteur du réemploi et membre du réseau régional, Terre et\nPartage développe des ateliers.', 'Terre et Partage'],
    ['Nous voulons faire connaître Vergers et Cité comme un acteur du quartier.', 'Vergers et Cité'],
    ['Les subventions : 300 € au judo, Nature et Partage : 500 €, la pétanque : 50 €.', 'Nature et Partage'],
  ])('keeps the name of %j', (text, name) => {
    expect(organisations(text)).toContainEqual(expect.objectContaining({ value: name, evidence: expect.arrayContaining(['paired-name']) }));
  });

  it.each([
    ['Emploi et Formation sont au cœur du projet.'],
    ["Le colloque de l'économie Sociale et Solidaire a eu lieu."],
  ])('proposes nothing in %j', (text) => {
    expect(organisations(text).filter((found) => found.evidence.includes('paired-name'))).toEqual([]);
  });
});
