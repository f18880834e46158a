/**
 * Each feature of the fitted organisation decision (decision-features.ts) on invented sentences:
 * at least 3 where it fires and 2 where it does not. In a sentence, `[…]` marks organisation
 * proposals; the first one is the proposal the features are read for, the others are its
 * neighbours on the page (for `shares-line`, `repeated`).
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../extractors/core/types.js';
import {
  CONTEXT_FEATURES,
  SHAPE_FEATURES,
  featuresOf,
  handKept,
  pageFacts,
  proposalView,
  ruleFamily,
} from '../../../../extractors/fr/organisation/decision-features.js';
import type { ProposalView } from '../../../../extractors/fr/organisation/decision-features.js';
import { LANGUAGE_FEATURES } from '../../../../extractors/fr/organisation/decision-language-features.js';

/**
 * The page text of a marked sentence and its proposals, the one read first: `{…}` marks it when
 * given, else it is the first `[…]` opened. Marks nest (`[PTCE {Brume} Guide]`).
 */
function parse(marked: string, rule = 'fr.organisation.named', data?: Record<string, unknown>, evidence?: string[]): { text: string; proposals: Candidate[] } {
  let text = '';
  const opened: { start: number; order: number; subject: boolean }[] = [];
  const found: { candidate: Candidate; order: number; subject: boolean }[] = [];
  let order = 0;
  for (const char of marked) {
    if (char === '[' || char === '{') opened.push({ start: text.length, order: (order += 1), subject: char === '{' });
    else if (char === ']' || char === '}') {
      const mark = opened.pop();
      if (mark === undefined) throw new Error(`unbalanced marks in ${marked}`);
      const value = text.slice(mark.start).replace(/\s+/gu, ' ');
      const candidate: Candidate = { type: 'organisation', start: mark.start, end: text.length, value, confidence: 0.8, rule, inferred: [], ...(data ? { data } : {}), ...(evidence ? { evidence } : {}) };
      found.push({ candidate, order: mark.order, subject: mark.subject });
    } else text += char;
  }
  found.sort((a, b) => Number(b.subject) - Number(a.subject) || a.order - b.order);
  return { text, proposals: found.map((entry) => entry.candidate) };
}

function view(marked: string, rule?: string, data?: Record<string, unknown>, evidence?: string[]): ProposalView {
  const { text, proposals } = parse(marked, rule, data, evidence);
  return proposalView(text, proposals, 0, pageFacts(text, proposals));
}

const CASES: Readonly<Record<string, { fires: readonly string[]; silent: readonly string[] }>> = {
  'one-word': {
    fires: ['Merci à [Bricolune] pour son accueil.', 'Le [CREPAQ] recrute.', 'Avec [Tisse’Lien], le projet avance.'],
    silent: ['Merci à [La Main Verte].', 'Le [Garage Solidaire du Val] ouvre.'],
  },
  'long-name': {
    fires: ['[Maison des Solidarités du Pays de Brume] ouvre.', 'Le [Pôle Territorial de Coopération des Vallées Hautes] signe.', 'Avec [Les Jardins Partagés de la Colline Verte].'],
    silent: ['[Tisse’Lien] ouvre.', 'Le [Réseau Brume Ouest] signe.'],
  },
  'capital-share': {
    fires: ['[Garage Solidaire] ouvre.', '[Les Paniers du Coteau] livrent.', 'Le [CREPAQ] signe.'],
    silent: ['Avec [la ferme du vieux chêne].', 'Avec [les jardins partagés].'],
  },
  'all-caps': {
    fires: ['Le [CREPAQ] recrute.', '[MAISON DES TISSEURS] ouvre.', 'Avec [ATELIER 42].'],
    silent: ['Le [Crepaq] recrute.', '[Maison des Tisseurs] ouvre.'],
  },
  'has-digit': {
    fires: ['Avec [Atelier 42].', 'Le [Néo56] signe.', '[Les 3 Chênes] ouvrent.'],
    silent: ['Avec [Atelier Quarante].', 'Le [Néon] signe.'],
  },
  'has-type-word': {
    fires: ['Le [Garage Solidaire] ouvre.', 'Avec [Réseau Brume].', 'La [Coopérative des Tisseurs] signe.'],
    silent: ['Avec [Tisse’Lien].', 'Le [Bricolune] ouvre.'],
  },
  'two-type-words': {
    fires: ['[PTCE Brume Les enjeux des PTCE] ouvre.', '[Association Maison Verte] signe.', '[Réseau des Ateliers Solidaires] recrute.'],
    silent: ['[PTCE Brume] ouvre.', '[Tisse’Lien] signe.'],
  },
  'known-acronym': {
    fires: ['La [CRESS] signe.', 'Avec l’[URSSAF] ce mois.', 'La [CCI] accompagne.'],
    silent: ['Le [CREPAQ] recrute.', 'La [Cress Ouest] signe.'],
  },
  'has-article': {
    fires: ['Avec [La Main Verte].', '[Les Paniers du Coteau] livrent.', 'Chez [L’Étincelle Verte].'],
    silent: ['Avec [Main Verte].', 'Chez [Tisse’Lien].'],
  },
  'ends-lower': {
    fires: ['Le [Pôle de coopération] signe.', 'Avec [Conseil régional] ici.', '[Maison des solidarités] ouvre.'],
    silent: ['Le [Pôle Brume] signe.', 'Avec [Conseil Régional] ici.'],
  },
  'common-word': {
    fires: ['Merci à [Horizon].', 'Avec [Partenaires] ici.', 'Le [Jardin] ouvre.'],
    silent: ['Merci à [Bricolune].', 'Avec [Horizon Vert] ici.'],
  },
  place: {
    fires: ['Avec [Toulouse] ici.', 'En [Bretagne], tout va.', 'Le [Finistère] signe.'],
    silent: ['Avec [Bricolune] ici.', 'Le [Garage Solidaire] signe.'],
  },
  'person-like': {
    fires: ['Avec [Sophie Martin] ici.', 'Merci à [Pierre Durand].', 'Selon [Julie Bernard Petit].'],
    silent: ['Avec [Garage Solidaire] ici.', 'Merci à [Sophie].'],
  },
  'line-start': {
    fires: ['Nos membres :\n[Bricolune] et d’autres.', 'Liste :\n- [Tisse’Lien]', 'Titre\n  [Garage Solidaire] recrute.'],
    silent: ['Nous saluons [Bricolune].', 'Liste :\n- Bravo à [Tisse’Lien]'],
  },
  'sentence-start': {
    fires: ['Bonne nouvelle. [Bricolune] ouvre.', 'Nos membres : [Tisse’Lien] et autres.', 'Enfin ! [Garage Solidaire] recrute.'],
    silent: ['Nous saluons [Bricolune].', 'Avec, [Tisse’Lien] aussi.'],
  },
  'whole-line': {
    fires: ['Nos membres\n[Bricolune]\nautre', '- [Tisse’Lien]\n', '[Garage Solidaire].'],
    silent: ['[Bricolune] ouvre ses portes.', 'Merci à [Tisse’Lien]\n'],
  },
  'short-line': {
    fires: ['[Bricolune]', 'Avec [Tisse’Lien] ici', '- [Garage Solidaire] (Brume)'],
    silent: ['[Bricolune] ouvre.', 'Le projet porté par [Tisse’Lien] réunit une vingtaine de bénévoles chaque semaine depuis trois ans'],
  },
  'in-brackets': {
    fires: ['Le réseau ([Bricolune]) grandit.', 'Un lieu (avec [Tisse’Lien]) neuf.', '(porté par [Garage Solidaire])'],
    silent: ['Le réseau [Bricolune] (Brume) grandit.', '[Tisse’Lien] ouvre.'],
  },
  'in-quotes': {
    fires: ['Le projet « [Granit Rose] » avance.', 'Le collectif "[Main Verte]" signe.', 'Avec “[Tisse’Lien]” ici.'],
    silent: ['Le projet [Granit Rose] avance.', 'Le « projet [Main Verte] avance »'],
  },
  'list-item': {
    fires: ['Avec Alpha, [Bricolune] et Gamma.', 'Membres : Delta ; [Tisse’Lien].', 'Avec [Garage Solidaire], Omega.'],
    silent: ['Avec [Bricolune] ici.', 'Le [Tisse’Lien] ouvre.'],
  },
  'shares-line': {
    fires: ['Avec [Bricolune] et [Tisse’Lien].', '[Garage Solidaire], [Main Verte]', 'Membres : [Alpha] puis [Omega].'],
    silent: ['Avec [Bricolune].\n[Tisse’Lien] aussi.', '[Garage Solidaire] seul.'],
  },
  repeated: {
    fires: ['[Bricolune] ouvre. Merci à [Bricolune].', '[Tisse’Lien]\nAvec [Tisse’Lien].', 'La [Main Verte] et la [Main Verte].'],
    silent: ['[Bricolune] ouvre. Merci à [Tisse’Lien].', '[Main Verte] seule.'],
  },
  'defined-acronym': {
    fires: ['Le [CREPAQ] recrute. Le Comité (CREPAQ) signe.', 'La [Coopérative Régionale des Tisseurs] (CRT) signe.', 'Le [PQRS] et le Pôle (PQRS).'],
    silent: ['Le [CREPAQ] recrute.', 'La [Coopérative Régionale des Tisseurs] signe.'],
  },
  'unexplained-acronym': {
    fires: ['Le [CREPAQ] recrute.', 'Avec [XQZ] ici.', 'La [PQRS] (réseau) signe.'],
    silent: ['La [CRESS] signe.', 'Le [CREPAQ] recrute. Le Comité (CREPAQ) signe.'],
  },
  'spans-lines': {
    fires: ['Le [Garage\nSolidaire] recrute.', '[Maison des\nTisseurs]', 'Avec [Les Paniers\ndu Coteau].'],
    silent: ['Le [Garage Solidaire]\nrecrute.', '[Maison des Tisseurs]'],
  },
  'holds-other': {
    fires: ['[PTCE Brume [Les enjeux]] ouvre.', '[[Garage Solidaire] du Val] signe.', 'Avec [Maison [Verte]].'],
    silent: ['[Garage Solidaire] et [Main Verte].', '[PTCE Brume] ouvre.'],
  },
  'inside-other': {
    fires: ['[PTCE {Brume} Guide] ouvre.', '[{Garage Solidaire} du Val] signe.', 'Avec [Maison {Verte}].'],
    silent: ['{Garage Solidaire} et [Main Verte].', '[[Maison Verte] des Prés] ouvre.'],
  },
  'after-preposition': {
    fires: ['Avec [Bricolune] ici.', 'Le soutien de [Tisse’Lien].', 'Porté par [Garage Solidaire].'],
    silent: ['[Bricolune] ouvre.', 'La [Main Verte] signe.'],
  },
  'after-determiner': {
    fires: ['La [Main Verte] signe.', 'Notre [Garage Solidaire] ouvre.', 'Nous rejoignons l’[Étincelle].'],
    silent: ['Avec [Bricolune] ici.', '[Tisse’Lien] ouvre.'],
  },
  'typed-elsewhere': {
    fires: ['Merci à [Brumelune]. L’association Brumelune recrute.', 'Le réseau Valtorine signe. [Valtorine] ouvre.', '[Arvellis] ouvre. La coopérative des Arvellis signe.'],
    silent: ['[Brumelune] ouvre. Brumelune recrute.', 'L’association [Brumelune] ouvre.'],
  },
  'common-share': {
    fires: ['Merci aux [Jardins Partagés].', 'Le [Pôle Développement] ouvre.', 'Avec [La Maison Verte] ici.'],
    silent: ['Merci à [Brumelune].', 'Avec [Valtorine Quennevic].'],
  },
  'all-plain': {
    fires: ['[Pôle Développement] ouvre.', 'Le [Cabinet du Val] signe.', 'Merci au [Réseau Bretagne].'],
    silent: ['[Réseau Brumelune] ouvre.', 'Merci à [Valtorine].'],
  },
  'starts-lower': {
    fires: ['La [recyclerie du quartier] ouvre.', 'Le [pôle de Valtorine] signe.', 'Avec le [collectif Brumelune].'],
    silent: ['La [Recyclerie du Quartier] ouvre.', 'Avec [ARVEL].'],
  },
  'case-switch': {
    fires: ['Voir [proFIte] ici.', 'Le [eDIto] du mois.', 'Avec [BrumeLune Ouest].'],
    silent: ['Avec [Brumelune].', 'Avec [ARVELLIS Conseil].'],
  },
  'repeated-word': {
    fires: ['[Rencontre du Nord Rencontre du Sud] ici.', '[Atelier Brume Atelier] ouvre.', 'Le [Pôle Valtorine Pôle Ouest].'],
    silent: ['[Atelier Brume] ouvre.', 'Le [Pôle de la Vallée de la Brume] signe.'],
  },
  'capital-after': {
    fires: ['Le [Réseau Brumelune] Ouest signe.', '[ARVEL] SERVICES recrute.', 'Merci à [Valtorine] Conseil.'],
    silent: ['Le [Réseau Brumelune] signe.', 'Merci à [Valtorine].'],
  },
  'capital-before': {
    fires: ['Avec Grand [Valtorine Métropole] ici.', 'Le salon Brume [Arvellis] ouvre.', 'Nous et Conseil [Brumelune] ici.'],
    silent: ['Fin. Grand [Brumelune] ouvre.', 'Avec la [Brumelune] ici.', 'Fin. [Brumelune] ouvre.'],
  },
  'in-capitals-run': {
    fires: ['CARTE DES [PTCE BRUMELUNE] ICI', '[ARVEL] SERVICES recrute.', 'Voir le PROGRAMME [Valtorine] ici.'],
    silent: ['Le [ARVEL] recrute.', 'Avec le [Réseau Brumelune] Ouest.'],
  },
  glued: {
    fires: ['fichier_[VALTORINE]_2', 'site/[Brumelune] ici', 'Le [Brumelune]-Arvellis ouvre.'],
    silent: ['Le [Brumelune] ouvre.', 'Avec ([Brumelune]) ici.', 'Le [Brumelune] - Arvellis ouvre.'],
  },
};

describe('decision features (each fires on its shape, not on others)', () => {
  const features = { ...SHAPE_FEATURES, ...CONTEXT_FEATURES, ...LANGUAGE_FEATURES };

  it('every feature has at least 3 cases where it fires and 2 where it does not', () => {
    for (const name of Object.keys(features)) {
      expect(CASES[name]?.fires.length ?? 0, name).toBeGreaterThanOrEqual(3);
      expect(CASES[name]?.silent.length ?? 0, name).toBeGreaterThanOrEqual(2);
    }
  });

  for (const [name, { fires, silent }] of Object.entries(CASES)) {
    it(`${name} fires`, () => {
      for (const sentence of fires) expect(features[name]?.(view(sentence)) ?? 0, sentence).toBeGreaterThan(0);
    });
    it(`${name} stays silent`, () => {
      for (const sentence of silent) expect(features[name]?.(view(sentence)) ?? 0, sentence).toBe(0);
    });
  }
});

describe('rule and hand features', () => {
  it('groups rules into families, unknown rules into other', () => {
    expect(ruleFamily('fr.organisation.named')).toBe('type-word');
    expect(ruleFamily('fr.organisation.firm')).toBe('type-word');
    expect(ruleFamily('fr.organisation.regional')).toBe('public-body');
    expect(ruleFamily('fr.organisation.list-neighbours')).toBe('list');
    expect(ruleFamily('fr.organisation.candidate')).toBe('candidate');
    expect(ruleFamily('fr.person.name')).toBe('other');
  });

  it('the hand rule keeps parsers’ mentions and candidates at or above the threshold', () => {
    expect(handKept({ rule: 'fr.organisation.acronym', handScore: undefined })).toBe(true);
    expect(handKept({ rule: 'fr.organisation.candidate', handScore: 3 })).toBe(true);
    expect(handKept({ rule: 'fr.organisation.candidate', handScore: 2.5 })).toBe(false);
    expect(handKept({ rule: 'fr.organisation.candidate', handScore: undefined })).toBe(false);
  });

  it('a candidate brings its rule family, hand score and evidence; a parser’s mention its family only', () => {
    const candidate = featuresOf(view('Nos membres : [Bricolune], Alpha.', 'fr.organisation.candidate', { handScore: 1.5 }, ['list-cue', 'coined-word']));
    expect(candidate).toMatchObject({ 'rule:candidate': 1, 'hand-score': -0.5, 'evidence:list-cue': 1, 'evidence:coined-word': 1 });
    expect(candidate['hand-kept']).toBeUndefined();
    const parsed = featuresOf(view('La coopérative [Bricolune] ouvre.', 'fr.organisation.named', undefined, ['list-cue']));
    expect(parsed).toMatchObject({ 'rule:type-word': 1, 'hand-kept': 1 });
    expect(Object.keys(parsed).filter((name) => name.startsWith('evidence:') || name === 'hand-score')).toEqual([]);
  });

  it('features that do not fire are absent, so a vector stays small', () => {
    const found = featuresOf(view('Avec [Bricolune] ici.'));
    expect(Object.values(found).every((value) => value !== 0)).toBe(true);
    expect(found['in-quotes']).toBeUndefined();
  });
});
