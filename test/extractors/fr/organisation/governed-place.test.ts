/**
 * `governed-place` (extractors/fr/organisation/governed-place.ts): a town's or an area's body in
 * lower case (`la commune de Lunel`) is an organisation unless a word of location makes it the
 * place, and its name ends with the place it governs.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { governedPlaceEnd, governsPlace } from '../../../../extractors/fr/organisation/governed-place.js';

const organisations = (text: string): { value: string; rule: string }[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((m) => m.type === 'organisation').map(({ value, rule }) => ({ value, rule }));

/** Whether the head word `key` found in `text` governs the place after it. */
const governs = (text: string, key: string): boolean => governsPlace(text, text.indexOf(` ${key} `) + 1, key, true);

/** Per rule: what it reads, whether the head then governs the place, and the sentences. */
const GOVERNS: [string, boolean, [string, string][]][] = [
  [
    'reads a town noun after its article as the body (place-or-body head)',
    true,
    [
      ['Le projet répond à un appel de la ville de Lunel.', 'ville'],
      ['La commune de Carvin a racheté le bâtiment.', 'commune'],
      ['Un atelier ouvert avec la municipalité de Vannes.', 'municipalité'],
      ['Il est soutenu par la métropole de Brest.', 'métropole'],
    ],
  ],
  [
    'reads the place after a word of location or of the place\'s life (place-reading-before)',
    false,
    [
      ['Le local se trouve sur la commune de Carvin.', 'commune'],
      ['Les artisans installés dans la métropole de Brest.', 'métropole'],
      ['Les habitants de la ville de Lunel réparent leurs vélos.', 'ville'],
      ['Un projet financé par le contrat de ville de Lunel.', 'ville'],
    ],
  ],
  [
    'reads the place after a part of it or its surroundings (place-reading-before: `au cœur de`, `aux portes de`)',
    false,
    [
      ['Au cœur de la ville de Lunel, le tiers-lieu a ouvert.', 'ville'],
      ['Situé au coeur de la commune de Carvin, le bâtiment accueille un ESAT.', 'commune'],
      ['Une ferme installée aux portes de la métropole de Brest.', 'métropole'],
      ['Des jardins partagés aux abords de la commune de Carvin.', 'commune'],
    ],
  ],
  [
    'still reads the body when the part or the surroundings are not right before it',
    true,
    [
      ['Au cœur de l\'été, la ville de Lunel a signé la convention.', 'ville'],
      ['Le cœur de métier de la commune de Carvin reste l\'accueil.', 'commune'],
    ],
  ],
  [
    'reads the place when what follows says what the town is or how many live there (place-reading-after)',
    false,
    [
      ['En mai, la ville de Lunel, berceau des mutuelles ouvrières, a accueilli le forum.', 'ville'],
      ['La commune de Carvin abrite 2 400 habitants et trois écoles.', 'commune'],
      ['La ville de Vilaret compte près de 12 000 habitants.', 'ville'],
      ['La commune de Saint-Brice, 900 habitants, se trouve en plaine.', 'commune'],
      // A wrapped line between the head, the place and what follows.
      ['Cette année la ville\nde Vilaret, capitale du vélo, a reçu le forum.', 'ville'],
    ],
  ],
  [
    'still reads the body when the town acts on its inhabitants or is named a partner (place-reading-after)',
    true,
    [
      ['La commune de Carvin a aidé 300 habitants à isoler leur maison.', 'commune'],
      ['La ville de Lunel, partenaire du chantier, a voté une aide.', 'ville'],
    ],
  ],
  [
    'reads an adjective, not a body, without the article (no-article)',
    false,
    [
      ['Les bénévoles de la maison commune de la rue Haute.', 'commune'],
    ],
  ],
];

describe('governed-place', () => {
  describe.each(GOVERNS)('%s', (_rule, expected, cases) => {
    it.each(cases)('%j (head %j)', (text, key) => {
      expect(governs(text, key)).toBe(expected);
    });
  });
  it('always reads a local authority as the body', () => {
    expect(governsPlace('Le stand est installé sur la mairie de Lunel.', 'Le stand est installé sur la '.length, 'mairie', true)).toBe(true);
  });
  it('ends a town body\'s name with the known place, else at the line\'s end (known-place, line-end)', () => {
    const text = 'la commune de Carvin Intéressée';
    expect(text.slice(0, governedPlaceEnd('commune', text, 'la commune'.length, text.length))).toBe('la commune de Carvin');
    const line = 'la mairie de Valbrune Haute\nSuite du texte';
    expect(line.slice(0, governedPlaceEnd('mairie', line, 'la mairie'.length, line.indexOf('Suite') + 5))).toBe('la mairie de Valbrune Haute');
    // An intercommunal body's name may go on past a town.
    const area = 'la communauté de communes de Carvin et Libercourt';
    expect(governedPlaceEnd('communauté de communes', area, 'la communauté de communes'.length, area.length)).toBe(area.length);
  });
  it('proposes the body as a named organisation in running text', () => {
    expect(organisations('Le collectif a signé une convention avec la ville de Lunel en mars.')).toContainEqual({ value: 'ville de Lunel', rule: 'fr.organisation.named' });
    expect(organisations('La commune de Carvin a racheté le bâtiment.')).toContainEqual({ value: 'commune de Carvin', rule: 'fr.organisation.named' });
    expect(organisations('Ce dispositif est financé par la métropole de Brest depuis 2020.')).toContainEqual({ value: 'métropole de Brest', rule: 'fr.organisation.named' });
    expect(organisations('Un futur atelier pour la commune de Carvin Intéressée\npar le terrain, la mairie a voté.')).toContainEqual({ value: 'commune de Carvin', rule: 'fr.organisation.named' });
  });
  it('proposes no organisation for the place', () => {
    expect(organisations('Le local se trouve sur la commune de Carvin, près de la gare.')).toEqual([]);
    expect(organisations('Les habitants de la ville de Lunel réparent leurs vélos.')).toEqual([]);
    expect(organisations('Au cœur de la ville de Lunel, un jardin partagé a ouvert.')).toEqual([]);
  });
});
