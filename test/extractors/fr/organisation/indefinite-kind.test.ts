/**
 * `indefinite-kind` (extractors/fr/organisation/indefinite-kind.ts): a lower-case type word and
 * lower-case words after an indefinite article or in apposition describe a kind of body.
 * `[`…`]` marks the proposal.
 */
import { describe, expect, it } from 'vitest';
import { bracketedProposal } from '../../../helpers/bracketed-proposal.js';
import { namesIndefiniteKind } from '../../../../extractors/fr/organisation/indefinite-kind.js';
import { guardedProposal } from '../../../../extractors/fr/organisation/decision-guards.js';

const describesKind = (line: string, rule?: string): boolean => {
  const { text, candidate } = bracketedProposal(line, rule);
  return namesIndefiniteKind(text, candidate);
};

describe('indefinite-kind', () => {
  it('reads a kind after an indefinite article or in apposition', () => {
    expect(describesKind('Elle a fondé Pixel Rouge, une [agence de communication] à Albi.')).toBe(true);
    expect(describesKind("Il travaille pour un [cabinet d'études urbaines] depuis 2019.")).toBe(true);
    expect(describesKind('Trokal - [coopérative de menuiserie] - embauche.')).toBe(true);
    expect(describesKind('Les Jardins du Lac, [association d’insertion par le maraîchage], recrutent.')).toBe(true);
  });
  it('keeps a name with a capital, a definite article, or another rule', () => {
    expect(describesKind("Avec l'[agence régionale de santé] et la préfecture.")).toBe(false);
    expect(describesKind('Elle rejoint l’[agence de communication Pixel Rouge] à Albi.')).toBe(false);
    expect(describesKind('Une [association des Amis du Lac] est née.')).toBe(false);
    expect(describesKind('Elle a fondé une [agence de communication] à Albi.', 'fr.organisation.candidate')).toBe(false);
  });
  it('reads a kind governing a capitalised object after an indefinite article (≥ 3 positive cases)', () => {
    expect(describesKind('Le café ouvre dans un [foyer de vie des Iris Bleus] à Vilaret.')).toBe(true);
    expect(describesKind('Elles veulent animer un [réseau régional des Ressourceries] dès 2026.')).toBe(true);
    expect(describesKind('Le plan fixe pour 2027 une [agence de développement de l’ESS en Vallée].')).toBe(true);
  });
  it('keeps a body named by whom it gathers, a definite article, an apposition (≥ 2 negative cases)', () => {
    expect(describesKind('Une [fédération des Foyers Vilaretois] est née.')).toBe(false);
    expect(describesKind('Ils ont rejoint le [réseau national des Jardins de Brume].')).toBe(false);
    expect(describesKind('Trokal, [réseau des Recycleries de Brume], recrute.')).toBe(false);
  });
  it('reads a kind after an indefinite article whatever capitals follow the type word (≥ 3 positive cases)', () => {
    expect(describesKind('Zone couverte : Une [commune Périphérie]\nurbaine : non')).toBe(true);
    expect(describesKind('Ils veulent ouvrir un [tiers-lieu pour Vilaretois] pressés.')).toBe(true);
    expect(describesKind('Elle souhaite animer un [réseau régional des bailleurs\nHlm] sur le logement.')).toBe(true);
    expect(describesKind('Elle rejoint une [agence de communication Pixel Rouge] à Albi.')).toBe(true);
  });
  it('keeps a capitalised type word, or a body named by its members, after an indefinite article (≥ 2 negative cases)', () => {
    expect(describesKind('Rattachement à une [Fédération des Foyers Vilaretois] : oui')).toBe(false);
    expect(describesKind('Une [union des Jardiniers de Brume] est née.')).toBe(false);
    expect(describesKind('Ils rejoignent le [réseau régional des bailleurs Hlm] de Brume.')).toBe(false);
  });
  it('is one of the decision guards', () => {
    const { text, candidate } = bracketedProposal('Elle a fondé Pixel Rouge, une [agence de communication] à Albi.');
    expect(guardedProposal(text, candidate)).toBeNull();
  });
});
