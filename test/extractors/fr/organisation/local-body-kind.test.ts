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
  it('reads a kind closing an enumeration of kinds left open (open-kind-list)', () => {
    expect(kind('Les familles sont orientées par des relais (écoles, paroisses, [CCAS] …) du secteur.')).toBe(true);
    expect(kind('Nous recevons les demandes des mairies, bailleurs, [CAF]... toute l’année.')).toBe(true);
    expect(kind('Partenaires : clubs, foyers ruraux, [MJC], etc. selon les saisons.')).toBe(true);
    expect(kind('Les bénévoles, le [CCAS] … et la mairie ont aidé.')).toBe(false);
    expect(kind('Avec les foyers, la [CAF] et la mairie, le projet avance.')).toBe(false);
  });
  it('leaves other acronyms alone', () => {
    expect(kind('Les [URSSAF] ont publié leurs chiffres.')).toBe(false);
  });
  it('reads a kind when a kind acronym heading a name is counted or generalised (`des Scop de la région`)', () => {
    const named = (line: string): boolean => {
      const { text, candidate } = bracketedProposal(line, 'fr.organisation.named');
      return namesLocalBodyKind(text, candidate);
    };
    expect(named('Le congrès régional des [Scop du Val de Loire] a eu lieu hier.')).toBe(true);
    expect(named("Le président de l'union régionale des [SCOP de la Côte] a parlé.")).toBe(true);
    expect(named("Les rencontres des Scop et [Scic de l'Estuaire] ont réuni 80 personnes.")).toBe(true);
    expect(named('Plusieurs [PTCE du Morbihan] préparent un salon.')).toBe(true);
    // A count in words after the determiner, the acronym in lower case, lower-case words only after it, or a second
    // kind joined to a first after the determiner, whatever follows it.
    expect(named('Soutenus par les quatre [EPCI du Kalvan], les ateliers ouvrent.')).toBe(true);
    expect(named('Le bureau des scop ou des [scic de Vilaret] a voté.')).toBe(true);
    expect(named('Il faut relier les [AMAP existantes] entre elles.')).toBe(true);
    expect(named('Le congrès des Scop et [Scic Kalimbo-Sud] a eu lieu.')).toBe(true);
    expect(named('Le congrès de la Scop et [Scic Kalimbo-Sud] a eu lieu.')).toBe(false);
    expect(named("Le projet de l'[AMAP Kalvan Bio] avance.")).toBe(false);
    // Pointed at, it names one body; and a name that only opens like an acronym is no kind.
    expect(named('Le plan de financement de la [SCIC Rivage Matin] est bouclé.')).toBe(false);
    expect(named('La [Scop du Val] a ouvert un atelier.')).toBe(false);
    expect(named('Les élus des [Scopéliens Réunis] votent.')).toBe(false);
    // Plural before proper names, the acronym lists bodies.
    expect(named('Deux lauréats : les [PTCE Kalimba à Lunel] et Trokal à Vilaret.')).toBe(false);
    // A number opening a line or a table row numbers an entry, it counts nothing.
    expect(named('Compte rendu n°3\n[PTCE Vallée Verte]\nRéunion du comité')).toBe(false);
    expect(named('7    [GEIQ Bâtiment Sud]     12 000 €')).toBe(false);
  });
  it('is one of the decision guards', () => {
    const { text, candidate } = bracketedProposal('Le salon est co-organisé avec une [CCI] du littoral.');
    expect(guardedProposal(text, candidate)).toBeNull();
  });
});
