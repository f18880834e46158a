/**
 * `local-body-kind` (extractors/fr/organisation/local-body-kind.ts): an acronym of a body every town
 * has, counted or generalised, names a kind; pointed at, it names one body. `[`…`]` marks the proposal.
 */
import { describe, expect, it } from 'vitest';
import { bracketedProposal } from '../../../helpers/bracketed-proposal.js';
import { namesLocalBodyKind } from '../../../../extractors/fr/organisation/local-body-kind.js';
import { guardedProposal } from '../../../../extractors/fr/organisation/decision-guards.js';

const kind = (line: string): boolean => {
  const { text, candidate } = bracketedProposal(line, 'fr.organisation.acronym');
  return namesLocalBodyKind(text, candidate);
};

describe('local-body-kind', () => {
  it('reads a kind after a plural or indefinite determiner or a number', () => {
    expect(kind('Le réseau signe une convention avec la plupart des [CCAS] du département.')).toBe(true);
    expect(kind('Le salon est co-organisé avec une [CCI] du littoral.')).toBe(true);
    expect(kind("Le fichier compte 3200 [CCAS] en France.")).toBe(true);
    expect(kind('Les [MJC] du Gard se réunissent.')).toBe(true);
  });
  it('reads a kind offered as an alternative, or joined after a generic one', () => {
    expect(kind('Une charte unit épiceries et [CCAS] ou CIAS dans la vallée.')).toBe(true);
    expect(kind('Une charte unit épiceries et CCAS ou [CIAS] dans la vallée.')).toBe(true);
    expect(kind('Un guichet CAF/[CPAM] pour les familles.')).toBe(true);
    expect(kind('Le guide est envoyé aux CCAS et [CIAS] du pays.')).toBe(true);
  });
  it('keeps the body the text points at', () => {
    expect(kind('Le [CCAS] de Lunel finance le projet.')).toBe(false);
    expect(kind('Une réunion avec la [CAF] a eu lieu.')).toBe(false);
    expect(kind('Le CCAS et la [CAF] financent.')).toBe(false);
    expect(kind('Des bénévoles et la [CAF] préparent la fête.')).toBe(false);
  });
  it('leaves other acronyms alone', () => {
    expect(kind('Les [URSSAF] ont publié leurs chiffres.')).toBe(false);
  });
  it('is one of the decision guards', () => {
    const { text, candidate } = bracketedProposal('Le salon est co-organisé avec une [CCI] du littoral.');
    expect(guardedProposal(text, candidate)).toBeNull();
  });
});
