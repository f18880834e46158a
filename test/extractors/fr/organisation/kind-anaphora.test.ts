/**
 * `kind-anaphora` (extractors/fr/organisation/kind-anaphora.ts): a kind acronym read alone takes the
 * name of the one body of its kind the document names. Invented names (real French towns).
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../extractors/core/types.js';
import { extractDocument } from '../../../../extractors/index.js';
import { KIND_ANAPHORA, resolveKindAnaphora } from '../../../../extractors/fr/organisation/kind-anaphora.js';

let offset = 0;
function org(text: string, value = text, rule = 'fr.organisation.named'): Mention {
  offset += 100;
  return { type: 'organisation', page: 1, source: 'text', span: { start: offset, end: offset + text.length }, text, value, confidence: 0.7, rule, inferred: [], context: text };
}

/** The bare reading after the pass: [value, whether it took a body's name]. */
function bareAfter(bare: Mention, ...others: Mention[]): [string, boolean] {
  const [result] = resolveKindAnaphora([bare, ...others]);
  return [result?.value ?? '', (result?.evidence ?? []).includes(KIND_ANAPHORA)];
}

describe('kind-anaphora: a bare kind acronym named after its kind’s one body', () => {
  it.each([
    ['MJC', 'MJC de Brignoles'],
    ['CCAS', 'CCAS de Figeac'],
    ['la CPIE', 'CPIE Vallée de la Sarthe'],
    ['Le PTCE', 'PTCE Pays de Vannes'],
    ['Scop', 'Scop Tissages de Roubaix'],
  ])('%s takes the name %s (≥ 3 positive cases)', (bare, named) => {
    expect(bareAfter(org(bare, bare, 'fr.organisation.acronym'), org(named))).toEqual([named, true]);
  });

  it('reads the whole document: the body named on one page, the bare acronym on another', () => {
    const pages = [
      { page: 1, source: 'text' as const, text: 'Jeanne Morel est présidente de la MJC de Brignoles depuis 2019.' },
      { page: 2, source: 'text' as const, text: 'Le conseil d’administration de la MJC a voté le budget en mars 2023.' },
    ];
    const bare = extractDocument(pages).mentions.filter((m) => m.type === 'organisation' && m.text === 'MJC');
    expect(bare.map((m) => [m.value, (m.evidence ?? []).includes(KIND_ANAPHORA)])).toEqual([['MJC de Brignoles', true]]);
  });
});

describe('kind-anaphora: bare readings left alone', () => {
  it('two bodies of the kind: which one is meant is not known', () => {
    expect(bareAfter(org('MJC', 'MJC', 'fr.organisation.acronym'), org('MJC de Vannes'), org('MJC d’Auray'))).toEqual(['MJC', false]);
  });

  it('no body of the kind named', () => {
    expect(bareAfter(org('CCAS', 'CCAS', 'fr.organisation.acronym'), org('MJC de Vannes'))).toEqual(['CCAS', false]);
  });

  it('a regional body: another region’s is cited beside the text’s own', () => {
    expect(bareAfter(org('CRESS', 'CRESS', 'fr.organisation.acronym'), org('CRESS Bretagne'))).toEqual(['CRESS', false]);
  });

  it('a name whose last word no lexicon knows (read past its end) is not lent', () => {
    expect(bareAfter(org('CCAS', 'CCAS', 'fr.organisation.acronym'), org('CCAS de Figeac Publicatio'))).toEqual(['CCAS', false]);
  });

  it('an acronym that heads no name of a kind (`APES`) is left', () => {
    expect(bareAfter(org('APES', 'APES', 'fr.organisation.acronym'), org('APES de Lille'))).toEqual(['APES', false]);
  });
});

describe('kind-acronym-only: a bare kind a place has many of, pointing at no one body, is dropped', () => {
  const left = (bare: Mention, ...others: Mention[]): string[] => resolveKindAnaphora([bare, ...others]).map((m) => m.value);

  it('drops the bare kind when the document names none or two of its bodies (≥ 3 positive cases)', () => {
    expect(left(org('Le PTCE', 'Le PTCE', 'fr.organisation.candidate'), org('Recyclerie du Val'))).toEqual(['Recyclerie du Val']);
    expect(left(org('Scop', 'Scop', 'fr.organisation.acronym'))).toEqual([]);
    expect(left(org('le PTCE', 'le PTCE', 'fr.organisation.candidate'), org('PTCE Pays de Vannes'), org('PTCE Sud Gironde'))).toEqual(['PTCE Pays de Vannes', 'PTCE Sud Gironde']);
  });

  it('keeps a town’s body and a kind with one body to point at (≥ 2 negative cases)', () => {
    expect(left(org('CCAS', 'CCAS', 'fr.organisation.acronym'))).toEqual(['CCAS']);
    expect(left(org('MJC', 'MJC', 'fr.organisation.acronym'), org('MJC de Vannes'), org('MJC d’Auray'))).toEqual(['MJC', 'MJC de Vannes', 'MJC d’Auray']);
    expect(left(org('Le PTCE', 'Le PTCE', 'fr.organisation.candidate'), org('PTCE Pays de Vannes'))).toEqual(['PTCE Pays de Vannes', 'PTCE Pays de Vannes']);
  });

  it('drops a sentence’s opening `Le PTCE` defining the kind in a document naming no PTCE', () => {
    const pages = [{ page: 1, source: 'text' as const, text: 'La loi reconnaît les pôles depuis 2014. Le PTCE, pour pôle territorial de coopération, rassemble des entreprises et la Recyclerie du Val.' }];
    expect(extractDocument(pages).mentions.filter((m) => m.type === 'organisation').map((m) => m.value)).not.toContain('Le PTCE');
  });
});

describe('kind-acronym-only: a name not lent still drops the bare kind', () => {
  it('a PTCE named past its end is not lent, and the bare `Le PTCE` is dropped all the same', () => {
    const result = resolveKindAnaphora([org('Le PTCE', 'Le PTCE', 'fr.organisation.candidate'), org('PTCE Vallée Verte Publicatio')]);
    expect(result.map((m) => m.value)).toEqual(['PTCE Vallée Verte Publicatio']);
  });
});
