/**
 * `open-kind-list` (extractors/fr/organisation/open-kind-list.ts): an acronym closing an enumeration of
 * lower-case plural kinds left open by an ellipsis or `etc.` is one more kind. `[`…`]` marks the acronym.
 */
import { describe, expect, it } from 'vitest';
import { closesOpenKindList } from '../../../../extractors/fr/organisation/open-kind-list.js';

const closes = (line: string): boolean => {
  const start = line.indexOf('[');
  const end = line.indexOf(']') - 1;
  const text = line.replace('[', '').replace(']', '');
  return closesOpenKindList(text, start, end);
};

describe('open-kind-list', () => {
  it('reads the last item of an enumeration of kinds left open', () => {
    expect(closes('Le réseau réunit éleveurs, cantines, épiceries, [GMS]… autour de la table.')).toBe(true);
    expect(closes('Viennent les maraîchers, boulangers, [AMAP] ... et bien d’autres.')).toBe(true);
    expect(closes('Ils orientent vers les associations, [CCAS], etc. du secteur.')).toBe(true);
    expect(closes('La liste : écoles, foyers, [GMS…] – puis les élus.')).toBe(true);
  });
  it('leaves an acronym that closes no such enumeration', () => {
    expect(closes('Le réseau réunit éleveurs, cantines et le [GRAVO] autour de la table.')).toBe(false);
    expect(closes('Avec la mairie, [GRAVO]… et les autres.')).toBe(false);
    expect(closes('Les éleveurs, [Kalimba]… sont venus.')).toBe(false);
  });
});
