import { describe, expect, it } from 'vitest';
import { WELL_KNOWN_ORGANISATIONS } from '../../../../extractors/fr/lexicon/well-known-organisations.js';
import { compileGazetteer } from '../../../../extractors/fr/organisation/gazetteer.js';
import { anchorStarts } from '../../../../extractors/fr/organisation/anchor-starts.js';

const small = compileGazetteer(['Caisse des dépôts', 'France Active', 'ESS France', 'La Nef', 'Le Rameau', 'Envie', 'AT&T Fondation', 'Pôle emploi', '3F Solidaire']);
const all = compileGazetteer(WELL_KNOWN_ORGANISATIONS);

/** Where the anchor pattern matches, tried at every position as the pipeline's scan does. */
function scanned(pattern: string, text: string): number[] {
  const global = new RegExp(pattern, 'gu');
  const found: number[] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    found.push(match.index);
    global.lastIndex = match.index + 1;
  }
  return found;
}

/** Where the anchor pattern matches, tried only at the starts the lookup gives. */
function tried(gazetteer: ReturnType<typeof compileGazetteer>, text: string): number[] {
  const sticky = new RegExp(gazetteer.pattern, 'uy');
  return gazetteer.anchorStarts(text).filter((start) => {
    sticky.lastIndex = start;
    return sticky.test(text);
  });
}

// Invented texts: accents written or not, capitals, glued letters and digits, `&`, line breaks, astral characters.
const TEXTS = [
  'La Caisse des Dépôts et France Active soutiennent Envie Lorient.',
  'CAISSE DES DEPOTS, FRANCE ACTIVE, Pôle Emploi, Pole emploi, PÔLE EMPLOI',
  'XFrance Active, France2 Active, 2France, Francea, France-Active, France_Active',
  "l'ESS France et AT&T Fondation, AT&Tx, AT&, ATT, AT & T",
  'Énvie Envié ÉNVIE envie Envie\u0301 E\u0301nvie Ènvie',
  '3F Solidaire, 3Fx, x3F, ³F, Cœur de France',
  'France 😀 Active 𝐀France France𝐀 Envie😀 😀Envie',
  '',
  'Envie',
];

describe('anchor-starts: the anchor pattern tried at the looked-up starts only', () => {
  it('finds every match of the whole-page scan, and only those, in invented texts', () => {
    for (const text of TEXTS) {
      expect(tried(small, text), text).toEqual(scanned(small.pattern, text));
      expect(tried(all, text), text).toEqual(scanned(all.pattern, text));
    }
  });

  it('finds every name of the gazetteer, in its spellings, between any marks', () => {
    const text = WELL_KNOWN_ORGANISATIONS.flatMap((name) => [name, name.toUpperCase(), `(${name})`, `x${name}`]).join(' · ');
    expect(tried(all, text)).toEqual(scanned(all.pattern, text));
  });

  it('gives starts at word starts only, ordered', () => {
    const starts = small.anchorStarts('Envie, France Active et xEnvie');
    expect(starts).toEqual([0, 7]);
  });

  it('refuses a spelling that opens on no letter or digit', () => {
    expect(() => anchorStarts(['&Co'], {})).toThrow();
    expect(() => anchorStarts([''], {})).toThrow();
  });
});
