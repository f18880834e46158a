/**
 * `namesMeetingOrEvent` (extractors/fr/organisation/meeting-or-event.ts): a proposal opening on a
 * meeting of a body or an event is no organisation. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { namesMeetingOrEvent } from '../../../../extractors/fr/organisation/meeting-or-event.js';

describe('namesMeetingOrEvent', () => {
  it('recognises meetings and events (≥ 3 positive cases)', () => {
    expect(namesMeetingOrEvent('Assemblée Générale Ordinaire')).toBe(true);
    expect(namesMeetingOrEvent("Conseil d’administration du 7 mai")).toBe(true);
    expect(namesMeetingOrEvent('La Semaine Européenne de la Mobilité Douce')).toBe(true);
    expect(namesMeetingOrEvent('Etats Généraux du Logement Social')).toBe(true);
    expect(namesMeetingOrEvent('Rencontres Vertes du Val')).toBe(true);
  });
  it('recognises prizes, contests and calls for projects (≥ 3 positive cases)', () => {
    expect(namesMeetingOrEvent('Prix Fondation Kerdavo')).toBe(true);
    expect(namesMeetingOrEvent('Les Trophées de la Solidarité Verte')).toBe(true);
    expect(namesMeetingOrEvent('Concours Régional Kerdavo')).toBe(true);
    expect(namesMeetingOrEvent('Appel à projets Quartiers Solidaires')).toBe(true);
  });
  it('recognises a body’s organs: its board, a committee, a college of members (≥ 3 positive cases)', () => {
    expect(namesMeetingOrEvent('Conseil Coopératif')).toBe(true);
    expect(namesMeetingOrEvent("Comité d'engagement de Kerdin Active")).toBe(true);
    expect(namesMeetingOrEvent('Collège Salariés')).toBe(true);
    expect(namesMeetingOrEvent('le collège des usagers')).toBe(true);
  });
  it('recognises a body’s decision heading a document (≥ 3 positive cases)', () => {
    expect(namesMeetingOrEvent('DELIBERATION DU CONSEIL SYNDICAL')).toBe(true);
    expect(namesMeetingOrEvent('Délibération du Bureau de Kerdavo')).toBe(true);
    expect(namesMeetingOrEvent('Les délibérations du Conseil Municipal')).toBe(true);
  });
  it('leaves a body whose name holds the word later (≥ 2 negative cases)', () => {
    expect(namesMeetingOrEvent('Atelier de Délibération Citoyenne')).toBe(false);
    expect(namesMeetingOrEvent('Délibérato Kalimbo')).toBe(false);
  });
  it('leaves schools and colleges named otherwise (≥ 2 negative cases)', () => {
    expect(namesMeetingOrEvent('Collège Jean Kerdin')).toBe(false);
    expect(namesMeetingOrEvent('Collège des transitions kalimbo')).toBe(false);
    expect(namesMeetingOrEvent('Collège Salariat Kerdin')).toBe(false);
  });
  it('leaves bodies holding such a word after their first (≥ 2 negative cases)', () => {
    expect(namesMeetingOrEvent('Comptoir des Prix Bas')).toBe(false);
    expect(namesMeetingOrEvent('Prixtel Solidaire')).toBe(false);
  });
  it('leaves bodies alone (≥ 2 negative cases)', () => {
    expect(namesMeetingOrEvent('Réseau des Rencontres Vertes')).toBe(false);
    expect(namesMeetingOrEvent('Conseil régional de Bretagne')).toBe(false);
    expect(namesMeetingOrEvent('Salonique Coop')).toBe(false);
  });
});
