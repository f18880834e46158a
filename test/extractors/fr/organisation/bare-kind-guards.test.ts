/**
 * The organisation decision's guards against a function or an organ read as a body
 * (extractors/fr/organisation/bare-kind-guards.ts): `role-word-only` and `scope-adjective-only`.
 * 3 invented shapes where each fires, 2 where it does not; `[`…`]` marks the proposal's span.
 */
import { describe, expect, it } from 'vitest';
import { bracketedProposal } from '../../../helpers/bracketed-proposal.js';
import { endsOnFunctionWord, namesJoinedPlaces, namesSaintPlace, namesArticleHeldPlace, namesDemonymOnly, namesGrammarOnly, namesPlaceAfterPreposition, namesRoleWord, namesScopeOnly, territoryBeforeDemonym, withoutCreditCue } from '../../../../extractors/fr/organisation/bare-kind-guards.js';
import { extractDocument } from '../../../../extractors/index.js';


const roleWord = (line: string): boolean => {
  const { text, candidate } = bracketedProposal(line, 'fr.organisation.candidate', 0.6);
  return namesRoleWord(text, candidate);
};

describe('role-word-only: a role noun, or one cut short at a line’s end, is no body', () => {
  it('fires on a role noun or a cut role (≥ 3 positive cases)', () => {
    expect(roleWord('et vie associative\n[Chargé].e de mission')).toBe(true);
    expect(roleWord('- Paul ROUX, [Présid]\n- Anne LEROY')).toBe(true);
    expect(roleWord('Mme Jeanne Brun, [Coordinat]')).toBe(true);
    expect(roleWord('- Marc Petit, [Trésorière] de la section')).toBe(true);
  });
  it('leaves a word of its own, an acronym or a cut word mid-line (≥ 2 negative cases)', () => {
    expect(roleWord('les fonds du [Trésor]\nsont versés')).toBe(false);
    expect(roleWord('réuni en [COPIL]\nle 3 mai')).toBe(false);
    expect(roleWord('avec [Présid] et Trokal')).toBe(false);
    expect(roleWord('avec la [Recyclerie Brenvac]')).toBe(false);
  });
});

describe('role-word-only: a role in the plural or with its office, closing a list of people, is no body', () => {
  it('fires on a role and an adjective or the office it is held under (≥ 3 positive cases)', () => {
    expect(roleWord('Mme Lise Caron, M. Paul Verdier, [Conseillers Municipaux].')).toBe(true);
    expect(roleWord('M. Jean Roux, Mme Ana Lopes, [Adjoints au Maire].')).toBe(true);
    expect(roleWord('Mme Inès Blanc, [Conseillère Départementale], ouvre la séance.')).toBe(true);
    expect(roleWord('M. Yves Morin, [Délégué du Président], répond.')).toBe(true);
  });
  it('leaves a body, or a role followed by a proper name (≥ 2 negative cases)', () => {
    expect(roleWord('Le [Conseil Municipal] a voté le budget.')).toBe(false);
    expect(roleWord('Une note des [Conseillers Trokal] circule.')).toBe(false);
    expect(roleWord('Le [Délégué Kalimba] répond.')).toBe(false);
  });
});

describe('role-word-only: a prefixed role written with a space for its hyphen is the one role', () => {
  it('fires on `Sous Préfète`, `Vice Présidente`, `Sous Préfet` alone (≥ 3 positive cases)', () => {
    expect(roleWord('M. Paul Verdier, [Sous Préfète], Mme Ana Lopes, maire.')).toBe(true);
    expect(roleWord('Mme Lise Caron, [Vice Présidente], ouvre la séance.')).toBe(true);
    expect(roleWord('avec Jean Roux, [Sous\nPréfet], et les élus')).toBe(true);
  });
  it('leaves a prefix before a word that is no role (≥ 2 negative cases)', () => {
    expect(roleWord('Le [Sous Bois] ouvre samedi.')).toBe(false);
    expect(roleWord('Le [Co Working] accueille les porteurs de projet.')).toBe(false);
  });
});

describe('type-then-status: a type word and a list’s status word alone label a list, no body', () => {
  it('fires on a type word and a status word (≥ 3 positive cases)', () => {
    expect(namesScopeOnly('PTCE Excusés')).toBe(true);
    expect(namesScopeOnly('PTCE RETENUS')).toBe(true);
    expect(namesScopeOnly('Fédération Lauréates')).toBe(true);
  });
  it('leaves a name of its own or a singular adjective (≥ 2 negative cases)', () => {
    expect(namesScopeOnly('Réseau APOGÉES')).toBe(false);
    expect(namesScopeOnly('SCIC Présente')).toBe(false);
  });
});

describe('scope-adjective-only: a type word and its scope alone name an organ, no body', () => {
  it('fires on a type word and a scope or nationality adjective (≥ 3 positive cases)', () => {
    expect(namesScopeOnly('Comité Régional')).toBe(true);
    expect(namesScopeOnly('Conseil National')).toBe(true);
    expect(namesScopeOnly('Association Française')).toBe(true);
    expect(namesScopeOnly('Fédération\nDépartementale')).toBe(true);
  });
  it('leaves a name with a word of its own (≥ 2 negative cases)', () => {
    expect(namesScopeOnly('Comité Régional Trokal')).toBe(false);
    expect(namesScopeOnly('Association Brenvac')).toBe(false);
    expect(namesScopeOnly('Mission Locale')).toBe(false);
  });
});

const creditCut = (line: string): string | null => {
  const { text, candidate } = bracketedProposal(line, 'fr.organisation.candidate', 0.6);
  return withoutCreditCue(text, candidate)?.value ?? null;
};

describe('credit-cue-cut: a credit cue closing a name, the credit line going on after it, is cut off', () => {
  it('cuts the cue (≥ 3 positive cases)', () => {
    expect(creditCut('Crédit photo : [Coopérative éco-lieux Crédit]\nphoto : X')).toBe('Coopérative éco-lieux');
    expect(creditCut('avec la [Fondation Brenvac Photo] : Anne Roux')).toBe('Fondation Brenvac');
    expect(creditCut('de la [Coopérative Kerdavo Crédits] photos : Paul Roy')).toBe('Coopérative Kerdavo');
    expect(creditCut('de la [Fondation Photo] : Paul Roy')).toBeNull();
  });
  it('leaves a name going on after the word, or no credit line after it (≥ 2 negative cases)', () => {
    expect(creditCut('la [Fédération Crédit Mutuel] ouvre')).toBe('Fédération Crédit Mutuel');
    expect(creditCut('le [Réseau Brenvac Crédit] solidaire ouvre')).toBe('Réseau Brenvac Crédit');
  });
});

/** The organisation values `extractDocument` reads in one page of `text`. */
const organisationsIn = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((m) => m.type === 'organisation').map((m) => m.value);

describe('function-words-only: a value of articles and prepositions alone names nothing', () => {
  it('fires on grammar words alone (≥ 3 positive cases)', () => {
    expect(namesGrammarOnly('Au')).toBe(true);
    expect(namesGrammarOnly('Les')).toBe(true);
    expect(namesGrammarOnly('L’A')).toBe(true);
    expect(namesGrammarOnly('Du')).toBe(true);
  });
  it('leaves capitals, a lone letter of a name, a number or a word (≥ 2 negative cases)', () => {
    expect(namesGrammarOnly('AU')).toBe(false);
    expect(namesGrammarOnly('Le T')).toBe(false);
    expect(namesGrammarOnly('Les 3R')).toBe(false);
    expect(namesGrammarOnly('R2D2')).toBe(false);
    expect(namesGrammarOnly('Les Amis')).toBe(false);
  });
  it('drops the sentence opener read as a name, keeps the list’s names', () => {
    expect(organisationsIn('Une halle ouverte Au bord du canal de Sète, les voisins y passent.')).not.toContain('Au');
    const list = organisationsIn('Adhérents : Papier Bleu, Rails du Sud, La Grande Scie, Bricomix, GRETA 45, CoopScie, Les caisses à Vis.');
    expect(list).toEqual(expect.arrayContaining(['Papier Bleu', 'La Grande Scie']));
    expect(list).not.toContain('Les');
  });
});

describe('saint-place: a place named after its saint', () => {
  it('fires on Saint-/Sainte- and a given name, maybe with its place (≥ 3 positive cases)', () => {
    expect(namesSaintPlace('Sainte-Odile')).toBe(true);
    expect(namesSaintPlace('Saint-Michel du Mont-Kalvet')).toBe(true);
    expect(namesSaintPlace('St-Julien')).toBe(true);
  });
  it('leaves a coined name, a body or a saint’s name inside a longer name (≥ 2 negative cases)', () => {
    expect(namesSaintPlace("Saint-B'Kalv")).toBe(false);
    expect(namesSaintPlace('Saint-Michel Solidarité')).toBe(false);
    expect(namesSaintPlace('Société Saint-Michel')).toBe(false);
  });
});

describe('ends-on-function-word: a heading cut mid-phrase', () => {
  it('fires on a run ending on an article, a preposition or `et` (≥ 3 positive cases)', () => {
    expect(endsOnFunctionWord('PROJET KALVO POUR LE')).toBe(true);
    expect(endsOnFunctionWord('MONTAGE ASSOCIATIF ET')).toBe(true);
    expect(endsOnFunctionWord('Photo LE CLUB DANS LE VENT À')).toBe(true);
    expect(endsOnFunctionWord('Ressourcerie Kalvo de')).toBe(true);
  });
  it('leaves a name ending on a lone letter, a word, or one function word alone (≥ 2 negative cases)', () => {
    expect(endsOnFunctionWord('Station A')).toBe(false);
    expect(endsOnFunctionWord('Tiers-lieu Kalvo')).toBe(false);
    expect(endsOnFunctionWord('LES')).toBe(false);
    expect(endsOnFunctionWord('Au Bout du Pont')).toBe(false);
    expect(endsOnFunctionWord('Épicerie Kalvo de Lunel Une')).toBe(false);
  });
});

describe('place-after-preposition: a preposition and a place alone say where, no body', () => {
  it('fires on a preposition and a known place (≥ 3 positive cases)', () => {
    expect(namesPlaceAfterPreposition('A Rodez')).toBe(true);
    expect(namesPlaceAfterPreposition('À Lunel')).toBe(true);
    expect(namesPlaceAfterPreposition('Aux Mureaux')).toBe(true);
    expect(namesPlaceAfterPreposition('En Corrèze')).toBe(true);
  });
  it('leaves a name going on past the place or opening on a preposition (≥ 2 negative cases)', () => {
    expect(namesPlaceAfterPreposition('A Toulouse Solidaire')).toBe(false);
    expect(namesPlaceAfterPreposition('Au Pied du Mur')).toBe(false);
    expect(namesPlaceAfterPreposition('Rodez Initiatives')).toBe(false);
  });
  it('drops the sentence’s opening place read as a name', () => {
    expect(organisationsIn('A Millau, la halle Quai 9 rouvre. A Millau, le département vote un budget.')).not.toContain('A Millau');
    expect(organisationsIn('Aux Mureaux, la ressourcerie ouvre un second dépôt.')).not.toContain('Aux Mureaux');
  });
});

describe('article-held-place: a word after its article that makes a town opening on its article', () => {
  const held = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return namesArticleHeldPlace(text, { type: 'organisation', start, end: start + word.length, value: word, confidence: 0.6, rule: 'fr.organisation.candidate', inferred: [] });
  };
  it('fires on `du`, `aux`, `LA` and a town whose name opens with its article (≥ 3 positive cases)', () => {
    expect(held('La fanfare du Thillot joue.', 'Thillot')).toBe(true);
    expect(held('Elle vit aux Mureaux depuis 2010.', 'Mureaux')).toBe(true);
    expect(held('33 190 LA REOLE', 'REOLE')).toBe(true);
    expect(held('Un gîte au Barcarès.', 'Barcarès')).toBe(true);
  });
  it('leaves a coined word, a word with no article and a common word (≥ 2 negative cases)', () => {
    expect(held('La Trokalerie et le Kalvet ont signé.', 'Kalvet')).toBe(false);
    expect(held('Elle rejoint Mureaux Solidaires.', 'Mureaux')).toBe(false);
    expect(held('Un concert à l’Escale.', 'Escale')).toBe(false);
  });
});

describe('demonym-only: a place’s adjective alone, maybe after Région, is no body', () => {
  it('fires on a demonym of a known place, alone or after a territory word (≥ 3 positive cases)', () => {
    expect(namesDemonymOnly('Lotois')).toBe(true);
    expect(namesDemonymOnly('Rodéziennes')).toBe(true);
    expect(namesDemonymOnly('Toulousaine')).toBe(true);
    expect(namesDemonymOnly('Lyonnais')).toBe(true);
    expect(namesDemonymOnly('Région Parisienne')).toBe(true);
    expect(namesDemonymOnly('Nantais')).toBe(true);
  });
  it('leaves a demonym with its article, a first name, a name going on (≥ 2 negative cases)', () => {
    expect(namesDemonymOnly('La Lyonnaise')).toBe(false);
    expect(namesDemonymOnly('Lucien')).toBe(false);
    expect(namesDemonymOnly('Toulousaine Solidaire')).toBe(false);
    expect(namesDemonymOnly('Kerdavois')).toBe(false);
  });
  it('drops a territory word right before a demonym, and the demonym read as a name', () => {
    const { text, candidate } = bracketedProposal('il a travaillé en [Région] Parisienne, puis', 'fr.organisation.public-body', 0.7);
    expect(territoryBeforeDemonym(text, candidate)).toBe(true);
    const other = bracketedProposal('la [Région] Bretagne soutient', 'fr.organisation.public-body', 0.7);
    expect(territoryBeforeDemonym(other.text, other.candidate)).toBe(false);
    expect(organisationsIn('Le groupe Gersois\net la mairie.')).not.toContain('Gersois');
    expect(organisationsIn('Le collectif Nantais\net la mairie.')).not.toContain('Nantais');
  });
});

describe('joined-places: an area named by two known towns or more', () => {
  it('fires on known places joined by hyphens or spaces (≥ 3 positive cases)', () => {
    expect(namesJoinedPlaces('Albi-Mazamet-Gaillac')).toBe(true);
    expect(namesJoinedPlaces('Le Creusot Autun')).toBe(true);
    expect(namesJoinedPlaces('Niort-La Rochelle')).toBe(true);
  });
  it('leaves one place, a common word, an acronym or a word no list holds (≥ 2 negative cases)', () => {
    expect(namesJoinedPlaces('Castres')).toBe(false);
    expect(namesJoinedPlaces('Croix Rouge')).toBe(false);
    expect(namesJoinedPlaces('CCI Albi')).toBe(false);
    expect(namesJoinedPlaces('Kalvet-Albi')).toBe(false);
  });
});
