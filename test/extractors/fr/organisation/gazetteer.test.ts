import { describe, expect, it } from 'vitest';
import { fold } from '../../../../extractors/core/pattern.js';
import { WELL_KNOWN_CATEGORIES, WELL_KNOWN_ORGANISATIONS } from '../../../../extractors/fr/lexicon/well-known-organisations.js';
import { compileGazetteer, gazetteerMatchAt, type GazetteerMatch } from '../../../../extractors/fr/organisation/gazetteer.js';

const gazetteer = compileGazetteer(['Caisse des dépôts', 'Caisse des dépôts et consignations', 'France Active', 'ESS France', 'La Nef', 'Le Rameau', 'Envie', 'Urssaf', 'Restos du cœur', 'Croix-Rouge']);
const pattern = new RegExp(gazetteer.pattern, 'gu');

/** Every gazetteer name found in `text`, as the parser reads them (left to right). */
function find(text: string): string[] {
  const found: GazetteerMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const hit = gazetteerMatchAt(gazetteer, text, match.index, match.groups?.['anchor'] ?? '');
    if (hit !== null) found.push(hit);
  }
  return found.map((hit) => text.slice(hit.start, hit.end));
}

describe('gazetteer matching: one case and accent rule for every entry', () => {
  it('lets a lower-case letter of the entry be a capital, and accents be missing', () => {
    expect(find('Avec la Caisse des Dépôts.')).toEqual(['Caisse des Dépôts']);
    expect(find('CAISSE DES DEPOTS, partenaire.')).toEqual(['CAISSE DES DEPOTS']);
    expect(find('Merci aux Restos du Coeur et à la Croix Rouge.')).toEqual(['Restos du Coeur', 'Croix Rouge']);
  });

  it('requires the capitals of the entry, and the words it writes in capitals', () => {
    expect(find('la caisse des dépôts de garantie')).toEqual([]);
    expect(find('Une France active et solidaire.')).toEqual([]);
    expect(find("L'Ess France n'est pas un sigle.")).toEqual([]);
  });

  it('reads the longest entry, across one line break', () => {
    expect(find('La Caisse des dépôts et\nconsignations finance.')).toEqual(['Caisse des dépôts et\nconsignations']);
    expect(find('Avec la Caisse des dépôts et la Région.')).toEqual(['Caisse des dépôts']);
  });

  it('needs the leading article of an entry that has one, in either case', () => {
    expect(find('Un prêt de la Nef.')).toEqual(['la Nef']);
    expect(find("L'église a une Nef romane.")).toEqual([]);
  });

  it('reads the article on the line before the name, even when the name is a common word opening that line', () => {
    expect(find('Avec le soutien de la\nNef, le prêt est accordé.')).toEqual(['la\nNef']);
    expect(find('Un prêt de La\nNef et de la Caisse des dépôts.')).toEqual(['La\nNef', 'Caisse des dépôts']);
    expect(find('Membre du\nRameau depuis 2019, le réseau… et le\nRameau aussi.')).toEqual(['le\nRameau']);
  });

  it('reads a one-word name in capitals after its article (`le RAMEAU`), not without it', () => {
    expect(find('Le RAMEAU, membre du comité.')).toEqual(['Le RAMEAU']);
    expect(find('Avec LE RAMEAU et la NEF.')).toEqual(['LE RAMEAU', 'la NEF']);
    expect(find('Un RAMEAU et une NEF.')).toEqual([]);
    expect(find('Voir RAMEAU, page 3.')).toEqual([]);
  });

  it('leaves a one-word name in capitals to the acronym rule, and a common word opening a sentence', () => {
    expect(find('URSSAF et Urssaf.')).toEqual(['Urssaf']);
    expect(find("Envie de partir ? Il travaille chez Envie.")).toEqual(['Envie']);
  });
});

describe('the gazetteer lexicon', () => {
  it('says why each category is general, and every name starts with a capital', () => {
    for (const category of WELL_KNOWN_CATEGORIES) {
      expect(category.why.length).toBeGreaterThan(40);
      for (const name of category.names) expect(name).toMatch(/^\p{Lu}/u);
    }
  });

  it('holds over 200 names, none of them twice in one spelling', () => {
    expect(WELL_KNOWN_ORGANISATIONS.length).toBeGreaterThan(200);
    const names = WELL_KNOWN_CATEGORIES.flatMap((category) => category.names);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map(fold)).size).toBeGreaterThan(200);
  });

  it('compiles into one bounded anchor pattern', () => {
    const all = compileGazetteer(WELL_KNOWN_ORGANISATIONS);
    expect(all.maxWords).toBeLessThanOrEqual(10);
    expect(() => new RegExp(all.pattern, 'gu')).not.toThrow();
  });
});
