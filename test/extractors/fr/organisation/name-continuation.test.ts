/**
 * The one decision of whether a lower-case word after a name's capitalised words continues the
 * name (extractors/fr/organisation/name-continuation.ts): each rule with three sentences where it
 * fires (its id returned) and two where it does not; then the three readers of a name's extent
 * that ask it (`nameExtent`, the acronym parser, the name candidates), each recording the rule.
 * Names and places are invented; `|` marks where the name's capitalised words end.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { isFiniteVerbForm, isVerbForm, mayCloseName, nameContinuation } from '../../../../extractors/fr/organisation/name-continuation.js';
import { nameExtent } from '../../../../extractors/fr/organisation/name-extent.js';

interface Example {
  /** The page, `|` right after the name's last capitalised word. */
  readonly text: string;
  /** How many capitalised words the name has before `|`. */
  readonly nameWords: number;
  /** The name's last capitalised word (empty after a connector). */
  readonly lastWord: string;
  /** What the name reads after `|` when the rule fires. */
  readonly reads?: string;
}

function decide(example: Example): { rule: string | null; reads: string } {
  const offset = example.text.indexOf('|');
  const text = example.text.replace('|', '');
  const found = nameContinuation(text, offset, { nameWords: example.nameWords, lastWord: example.lastWord });
  return { rule: found?.rule ?? null, reads: found === null ? '' : text.slice(offset, found.end).trim() };
}

const RULES: Readonly<Record<string, { positive: readonly Example[]; negative: readonly Example[] }>> = {
  'back-to-name': {
    positive: [
      // After a connector (`du`, `des`): the caller reads the connector, then asks about the lower-case word.
      { text: 'Lucie Marchand, présidente du Pôle Brenvac du| pays\nde Lorvenne.', nameWords: 2, lastWord: '', reads: 'pays\nde Lorvenne' },
      { text: 'La Maison Ostrelle des| métiers de Kervadec ouvre lundi.', nameWords: 2, lastWord: '', reads: 'métiers de Kervadec' },
      { text: "Avec l'Atelier Miraloup| bocager d'Orvant, le chantier avance.", nameWords: 2, lastWord: 'Miraloup', reads: "bocager d'Orvant" },
    ],
    negative: [
      // A role right after the name describes the body: `membre du Collectif…` is another body.
      { text: "L'association Trokalvane| membre du Collectif Vert signe.", nameWords: 1, lastWord: 'Trokalvane' },
      // A verb right after the name: the sentence goes on.
      { text: 'Le Réseau Kerlysse| organise des Rencontres au printemps.', nameWords: 2, lastWord: 'Kerlysse' },
    ],
  },
  'to-acronym': {
    positive: [
      { text: "L'Agence Ostrelle| solidaire et durable (AOSD) recrute.", nameWords: 2, lastWord: 'Ostrelle', reads: 'solidaire et durable' },
      { text: "L'Union Kervadec| rurale des jardins (UKRJ) se réunit.", nameWords: 2, lastWord: 'Kervadec', reads: 'rurale des jardins' },
      { text: 'Le Collectif Miraloup| citoyen et paysan (CMCP) est né.', nameWords: 2, lastWord: 'Miraloup', reads: 'citoyen et paysan' },
    ],
    negative: [
      { text: 'La Fondation Trokalvane| publie (enfin) son rapport.', nameWords: 2, lastWord: 'Trokalvane' },
      { text: 'Le Réseau Kerlysse| agit dans les quartiers (QPV).', nameWords: 2, lastWord: 'Kerlysse' },
    ],
  },
  'closing-word': {
    positive: [
      { text: 'Cette action, menée par la régie de quartier Trokalvane| ensemble, grandit.', nameWords: 1, lastWord: 'Trokalvane', reads: 'ensemble' },
      { text: 'Quatre structures (Valdorine, BRENVAC| solidaire, la mairie) ont signé.', nameWords: 1, lastWord: 'BRENVAC', reads: 'solidaire' },
      { text: 'Lauréats :\nMiraloup| textile (Gard) : un atelier.', nameWords: 1, lastWord: 'Miraloup', reads: 'textile' },
    ],
    negative: [
      // A verb form (`recruter`) closing the clause is the sentence, not the name.
      { text: "Le projet, porté par l'association Trokalvane| recrute, et grandit.", nameWords: 1, lastWord: 'Trokalvane' },
      // An adverb is prose.
      { text: 'Le Réseau Ostrelle| aussi, comme chaque année.', nameWords: 2, lastWord: 'Ostrelle' },
      // Four capitalised words are no short name.
      { text: 'Le Pôle Kervadec Sud Ouest| durable, enfin.', nameWords: 4, lastWord: 'Ouest' },
    ],
  },
  'closing-word-before-verb': {
    positive: [
      { text: "Depuis mars, l'association Kerlouan| numérique ouvre un atelier.", nameWords: 1, lastWord: 'Kerlouan', reads: 'numérique' },
      // A past participle and its agent: the name is its subject too.
      { text: 'La visite du pôle Brenvac Éco| construction porté par la régie a eu lieu.', nameWords: 2, lastWord: 'Éco', reads: 'construction' },
      { text: 'La coopérative Trokalvane| textile\naccueille des stagiaires.', nameWords: 1, lastWord: 'Trokalvane', reads: 'textile' },
    ],
    negative: [
      // A weekday, an adverb: the sentence goes on before the verb.
      { text: "Depuis mars, l'association Kerlouan| samedi a ouvert un atelier.", nameWords: 1, lastWord: 'Kerlouan' },
      { text: 'Le collectif Valdorine| aussi organise un atelier.', nameWords: 1, lastWord: 'Valdorine' },
      // No verb after the word.
      { text: 'La coopérative Trokalvane| textile et ses ateliers grandissent.', nameWords: 1, lastWord: 'Trokalvane' },
    ],
  },
  'closing-word-before-apposition': {
    positive: [
      // A noun that spells a verb's present (`charpenter`), then a comma and a participle describing the body.
      { text: "La scierie est reprise par l'entreprise Kalvo| charpente, spécialisée dans le bois.", nameWords: 1, lastWord: 'Kalvo', reads: 'charpente' },
      // A noun in `-ment`, which `mayCloseName` takes for an adverb.
      { text: "Le chantier est porté par l'association Ostrelle Verte| développement, fédérée à la Ligue.", nameWords: 2, lastWord: 'Verte', reads: 'développement' },
      { text: 'Il dirige le collectif Miraloup| groupe, créé en 2010.', nameWords: 1, lastWord: 'Miraloup', reads: 'groupe' },
    ],
    negative: [
      // A verb closing its clause, then another verb: no apposition.
      { text: "Le projet, porté par l'association Trokalvane| recrute, forme et accompagne.", nameWords: 1, lastWord: 'Trokalvane' },
      // An adverb in `-ment` before a participle is still prose.
      { text: 'Le réseau Kerlysse| également, soutenu par la ville.', nameWords: 1, lastWord: 'Kerlysse' },
      // No comma: the participle qualifies the word, the sentence goes on.
      { text: "L'association Valdorine| charpente spécialisée des toits.", nameWords: 1, lastWord: 'Valdorine' },
    ],
  },
  'closing-unknown-word': {
    positive: [
      // A word of a regional language closing the name before a full stop.
      { text: "Il a fondé l'association Trokal| péyi. Elle grandit.", nameWords: 1, lastWord: 'Trokal', reads: 'péyi' },
      { text: 'Le groupement Kalvo Sport| francilien, dont le siège est à Lorv, recrute.', nameWords: 2, lastWord: 'Sport', reads: 'francilien' },
      { text: 'Ils vendent aussi à Ostrel| telekom (le réseau) chaque mois.', nameWords: 1, lastWord: 'Ostrel', reads: 'telekom' },
    ],
    negative: [
      // A verb's ending: the sentence's verb, misspelt or not.
      { text: "L'association Trokal| recrutaient, enfin.", nameWords: 1, lastWord: 'Trokal', reads: '' },
      // No closing mark after the word: the sentence goes on.
      { text: "L'association Trokal| péyi cultive des jardins.", nameWords: 1, lastWord: 'Trokal', reads: '' },
    ],
  },
  'closing-word-elsewhere': {
    positive: [
      { text: 'Porté par la régie Trokalvane|\nensemble depuis un an. Puis Trokalvane ensemble, enfin.', nameWords: 1, lastWord: 'Trokalvane', reads: 'ensemble' },
      { text: 'Le café Valdorine| solidaire ouvre. Le café Valdorine solidaire, lui, recrute.', nameWords: 1, lastWord: 'Valdorine', reads: 'solidaire' },
      { text: "L'atelier Miraloup| textile a trois ans ; l'atelier Miraloup textile (Gard) grandit.", nameWords: 1, lastWord: 'Miraloup', reads: 'textile' },
    ],
    negative: [
      // The pair never closes a name on the page.
      { text: 'Porté par la régie Trokalvane|\nensemble depuis un an.', nameWords: 1, lastWord: 'Trokalvane' },
      // Elsewhere it is a verb closing the clause.
      { text: 'La régie Trokalvane| recrute des jeunes. Trokalvane recrute, et vite.', nameWords: 1, lastWord: 'Trokalvane' },
    ],
  },
};

describe('nameContinuation: each rule fires on its examples and not on the others', () => {
  for (const [rule, { positive, negative }] of Object.entries(RULES)) {
    for (const example of positive) {
      it(`${rule}: ${JSON.stringify(example.text)}`, () => {
        expect(decide(example)).toEqual({ rule, reads: example.reads });
      });
    }
    for (const example of negative) {
      it(`not ${rule}: ${JSON.stringify(example.text)}`, () => {
        expect(decide(example).rule).not.toBe(rule);
      });
    }
  }
});

describe('isVerbForm and mayCloseName', () => {
  it('reads verb forms and participles from the dictionary infinitive', () => {
    for (const word of ['recrute', 'accueille', 'réunit', 'produit', 'engagée', 'visant', 'devra', 'ont']) expect(isVerbForm(word), word).toBe(true);
    for (const word of ['ensemble', 'solidaire', 'textile', 'numérique', 'développement']) expect(isVerbForm(word), word).toBe(false);
  });
  it('reads no third person plural in a noun of four letters (`vent`, `dent`), but does in longer ones', () => {
    for (const word of ['vent', 'dent', 'cent']) expect(isVerbForm(word), word).toBe(false);
    for (const word of ['lient', 'aident', 'portent']) expect(isVerbForm(word), word).toBe(true);
  });
  it('reads the finite forms of irregular verbs and the present of known verbs, not past participles', () => {
    for (const word of ['permet', 'devient', 'recense', 'accompagne']) expect(isFiniteVerbForm(word), word).toBe(true);
    for (const word of ['adaptées', 'réunies', 'engagée', 'solidaire']) expect(isFiniteVerbForm(word), word).toBe(false);
  });
  it('lets only a dictionary content word close a name', () => {
    for (const word of ['ensemble', 'solidaire', 'textile', 'rural']) expect(mayCloseName(word), word).toBe(true);
    for (const word of ['aussi', 'également', 'recrute', 'les', 'zqvtrel']) expect(mayCloseName(word), word).toBe(false);
  });
});

describe('the readers of a name ask the same decision and record its rule', () => {
  const kind = { lower: true, lowerNames: false, place: false, nameFirst: false };
  it('nameExtent reads a closing word and returns the rule', () => {
    for (const [line, name] of [
      ['menée par la régie de quartier| Trokalvane ensemble, qui grandit', 'Trokalvane ensemble'],
      ['avec le café| Valdorine solidaire. Il ouvre', 'Valdorine solidaire'],
      ["présidente du pôle| Brenvac du pays\nde Lorvenne, élue", 'Brenvac du pays\nde Lorvenne'],
    ] as const) {
      const headEnd = line.indexOf('|');
      const text = line.replace('|', '');
      const scanned = nameExtent(text, headEnd, kind);
      expect(text.slice(headEnd, scanned.end).trim()).toBe(name);
      expect(scanned.continuation).toBeDefined();
    }
    for (const line of ["porté par l'association| Trokalvane recrute, et grandit", 'avec le café| Valdorine aussi, il ouvre']) {
      const headEnd = line.indexOf('|');
      const text = line.replace('|', '');
      const scanned = nameExtent(text, headEnd, kind);
      expect(text.slice(headEnd, scanned.end).trim()).toBe(line.includes('Trokalvane') ? 'Trokalvane' : 'Valdorine');
      expect(scanned.continuation).toBeUndefined();
    }
  });

  const organisations = (text: string) => extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((m) => m.type === 'organisation');

  it('the acronym parser reads an unknown acronym on in lower case', () => {
    for (const [text, value] of [
      ['Fondé par quatre structures (Valdorine, BRENVAC solidaire, la Maison Ostrelle), le pôle agit.', 'BRENVAC solidaire'],
      ['Avec le KORVELO textile, la filière se structure.', 'KORVELO textile'],
      ['Nos partenaires : la mairie et le BRENVAC rural.', 'BRENVAC rural'],
    ] as const) {
      expect(organisations(text).find((m) => m.rule === 'fr.organisation.acronym'), text).toMatchObject({ value, evidence: ['continues:closing-word'] });
    }
    for (const text of ['Le BRENVAC recrute, et vite.', 'Le BRENVAC aussi, comme chaque année.']) {
      expect(organisations(text).map((m) => m.value), text).toEqual(['BRENVAC']);
    }
  });

  it('a name candidate is read on over a closing word and keeps its shape', () => {
    for (const [text, value] of [
      ['Le prix a été remis à Trokalvane ensemble, qui grandit.', 'Trokalvane ensemble'],
      ['Parmi les membres : Valdorine, Trokalvane ensemble, Kerlysse et Miraloup.', 'Trokalvane ensemble'],
      ['Lauréats :\nMiraloup textile (Gard) : un atelier de couture.', 'Miraloup textile'],
    ] as const) {
      const found = organisations(text).find((m) => m.value === value);
      expect(found?.evidence, text).toContain('continues:closing-word');
    }
    for (const text of ['Le prix a été remis à Trokalvane aussi, qui grandit.', 'Parmi les membres : Valdorine, Trokalvane recrute, Kerlysse et Miraloup.']) {
      expect(organisations(text).some((m) => (m.evidence ?? []).some((name) => name.startsWith('continues:'))), text).toBe(false);
    }
  });
});
