/**
 * `withoutLeadingRole` (extractors/fr/organisation/role-led.ts): a proposal opening on a person's
 * role and its `de` is cut to the body the role is of, or dropped; other proposals stay as they
 * are. Invented names.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../extractors/core/types.js';
import { withoutLeadingRole } from '../../../../extractors/fr/organisation/role-led.js';

function proposal(text: string, span: string): Candidate {
  const start = text.indexOf(span);
  return { type: 'organisation', start, end: start + span.length, value: span, confidence: 0.6, rule: 'fr.organisation.candidate', inferred: [] };
}

function after(text: string, span: string): string | null {
  return withoutLeadingRole(text, proposal(text, span))?.value ?? null;
}

describe('withoutLeadingRole: a role alone, or a role with a qualifier of its office before its de', () => {
  it('drops a role alone and cuts or drops a qualified role (≥ 3 positive cases)', () => {
    expect(after('Le Président, Paul Verne, remercie les membres.', 'Le Président')).toBeNull();
    expect(after('la Trésorière présente les comptes', 'Trésorière')).toBeNull();
    expect(after('Anne Morel, Conseillère\ndépartementale de la Drôme, a parlé.', 'Conseillère\ndépartementale de la Drôme')).toBeNull();
    expect(after('Paul Verne, Délégué régional de la Fondation Brinvert, a parlé.', 'Délégué régional de la Fondation Brinvert')).toBe('Fondation Brinvert');
  });
  it('leaves a body whose head is no role as it is (≥ 2 negative cases)', () => {
    expect(after('Le Relais, chantier d’insertion, recrute.', 'Le Relais')).toBe('Le Relais');
    expect(after('le Conseil départemental de la Drôme finance', 'Conseil départemental de la Drôme')).toBe('Conseil départemental de la Drôme');
    expect(after('la Direction régionale de l’Économie recrute', 'Direction régionale de l’Économie')).toBe('Direction régionale de l’Économie');
  });
});

describe('withoutLeadingRole: a role and its de name a function, not a body', () => {
  it('cuts to an acronym or a typed name, drops the rest (≥ 3 positive cases)', () => {
    expect(after('Marc Lenoir, Directeur du CREPA à Vannes', 'Directeur du CREPA')).toBe('CREPA');
    expect(after('Elle est Présidente de la Fédération des Cigales Unies.', 'Présidente de la Fédération des Cigales Unies')).toBe('Fédération des Cigales Unies');
    expect(after("Paul Verne, Ministre de l'Artisanat, a parlé.", "Ministre de l'Artisanat")).toBeNull();
    expect(after('Ouvrant la séance, la Présidente de la Commission Culture a salué', 'Présidente de la Commission Culture')).toBeNull();
    expect(after('la Trésorière du\nCollectif Brinvert', 'Trésorière du\nCollectif Brinvert')).toBe('Collectif Brinvert');
  });
  it('leaves other proposals as they are (≥ 2 negative cases)', () => {
    expect(after('la Direction du Travail recrute', 'Direction du Travail')).toBe('Direction du Travail');
    expect(after('avec les Ateliers du Moulin Vert', 'Ateliers du Moulin Vert')).toBe('Ateliers du Moulin Vert');
    expect(after('le Pilotage des Projets', 'Pilotage des Projets')).toBe('Pilotage des Projets');
  });
});

describe('withoutLeadingRole: a prefixed role, hyphened or spaced, and its de', () => {
  it('drops or cuts `Sous-Préfet de X`, `Sous Préfète de X`, `Vice Président du ACR` (≥ 3 positive cases)', () => {
    expect(after('M. Paul Verne, Sous-Préfet de Vérignac, était présent.', 'Sous-Préfet de Vérignac')).toBeNull();
    expect(after('Mme Léa Roux, Sous Préfète de Marvejac, était présente.', 'Sous Préfète de Marvejac')).toBeNull();
    expect(after('M. Hugo Brun, Vice Président du CREPAL, a parlé.', 'Vice Président du CREPAL')).toBe('CREPAL');
  });
  it('leaves a prefixed word that is no role (≥ 2 negative cases)', () => {
    expect(after('la Sous Préfecture de Vérignac recrute', 'Sous Préfecture de Vérignac')).toBe('Sous Préfecture de Vérignac');
    expect(after('le Co Working de Lusignac ouvre', 'Co Working de Lusignac')).toBe('Co Working de Lusignac');
  });
});

describe('withoutLeadingRole: a deputy and the mayor served, `Adjointe au Maire de X`', () => {
  it('drops or cuts a deputy mayor and the town or body (≥ 3 positive cases)', () => {
    expect(after('Nadia Kerloc, Adjointe au Maire de Brelune, a parlé.', 'Adjointe au Maire de Brelune')).toBeNull();
    expect(after('Marc Tolvan, Adjoint au\nMaire de Kervalo, était là.', 'Adjoint au\nMaire de Kervalo')).toBeNull();
    expect(after('Lise Arnal, adjointe au maire de la Ville de Brelune, a parlé.', 'adjointe au maire de la Ville de Brelune')).toBe('Ville de Brelune');
  });
  it('leaves `au` before anything but the mayor (≥ 2 negative cases)', () => {
    expect(after('le Relais au Marché de Kervalo ouvre', 'Relais au Marché de Kervalo')).toBe('Relais au Marché de Kervalo');
    expect(after('la Directrice au Pôle de Brelune', 'Directrice au Pôle de Brelune')).toBe('Directrice au Pôle de Brelune');
  });
});
