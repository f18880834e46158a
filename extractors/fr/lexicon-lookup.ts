/**
 * Lookups in the generated lexicons: is a token an ordinary French word, a frequent surname, is
 * a name a French place. All compare folded forms and load their data on first use.
 */
import { memoised } from '../core/memo.js';
import { bloomFilter } from '../core/bloom.js';
import type { BloomFilter } from '../core/bloom.js';
import { fold } from '../core/pattern.js';
import { COMMON_VERB_FORMS, COMMON_WORDS_BITS, COMMON_WORDS_HASHES, COMMON_WORDS_SIZE } from './lexicon/common-words.js';
import { AREAS_SOURCE } from './lexicon/areas.js';
import { DEPARTMENTS } from './lexicon/departments.js';
import { REGIONS } from './lexicon/organisation-types.js';
import { FORMER_REGIONS } from './lexicon/territory-words.js';
import { NATURAL_PLACES_SOURCE, PLACES_ABROAD_SOURCE } from './lexicon/natural-places.js';
import { PLACES_SOURCE } from './lexicon/places.js';
import { SURNAMES_SOURCE } from './lexicon/surnames.js';

let commonWords: BloomFilter | null = null;
/** `étaient`, `seront`: the finite forms of `être` and `avoir` the filter leaves out, looked up exactly. */
const COMMON_VERB_FORM_SET: ReadonlySet<string> = new Set(COMMON_VERB_FORMS);
/**
 * The places' keys (`placeKey`), sorted and joined in one string, and where each starts (one more: the end): a lookup is
 * a binary search in it. No string per place is kept: a set of the 10 000 keys cost three quarters of a megabyte, built
 * on every extraction thread's first page.
 */
let places: { readonly joined: string; readonly starts: Int32Array } | null = null;
let surnames: ReadonlySet<string> | null = null;

// These lookups run for thousands of words per page: the replacements below are skipped (by a
// cheap test) when they would change nothing, which is almost always.
const withStraightApostrophes = (text: string): string => (text.includes('’') ? text.replace(/’/gu, "'") : text);

/** Whether `word` is (probably) a French common word form: `Services`, `Financement`, `Horizon`. */
export const isCommonWord: (word: string) => boolean = memoised(commonWord);
function commonWord(word: string): boolean {
  commonWords ??= bloomFilter(COMMON_WORDS_BITS, COMMON_WORDS_SIZE, COMMON_WORDS_HASHES);
  const folded = withStraightApostrophes(fold(word));
  if (folded.length < 3) return true;
  return commonWords.has(folded) || (/[sx]$/u.test(folded) && commonWords.has(folded.slice(0, -1))) || COMMON_VERB_FORM_SET.has(folded);
}

/**
 * Whether `name` is a French commune (1 000 inhabitants or more), department or region, or one of France's natural,
 * historic, urban or overseas areas no commune list holds (lexicon/areas.ts: `Vexin`, `Grand Lyon`), or a river, a lake, an
 * island, a massif, a sea, a forest or a place abroad (lexicon/natural-places.ts: `Garonne`, `Baie de Somme`, `Genève`).
 */
export const isPlaceName: (name: string) => boolean = memoised(placeName);
function placeName(name: string): boolean {
  const key = placeKey(fold(name));
  return isListedPlace(key) || areaKeys().has(key);
}

/** Whether `key` (a place's key) is a commune, department or region of lexicon/places.ts. */
function isListedPlace(key: string): boolean {
  places ??= sortedPlaces();
  return holdsKey(places.joined, places.starts, key);
}

let areas: ReadonlySet<string> | null = null;
/** The areas of areas.ts and the rivers, waters, islands, massifs, forests and places abroad of natural-places.ts. */
let abroad: ReadonlySet<string> | null = null;
/** Whether `name` is a region or a city abroad of natural-places.ts (`Genève`, `New York`, `Catalogne`). */
export function isPlaceAbroad(name: string): boolean {
  abroad ??= new Set(PLACES_ABROAD_SOURCE.split('|').map((place) => placeKey(fold(place))));
  return abroad.has(placeKey(fold(name)));
}

const areaKeys = (): ReadonlySet<string> =>
  (areas ??= new Set(`${AREAS_SOURCE}|${NATURAL_PLACES_SOURCE}`.split('|').map((area) => placeKey(fold(area)))));

/**
 * Whether `name` is one of the areas of lexicon/areas.ts (`Vexin`, `Pays de Caux`, `Grand Lyon`) and no commune, department
 * or region: a rule that reads a commune's name as where a body stands may read an area's as the body's territory.
 */
export const isAreaName = (name: string): boolean => {
  const key = placeKey(fold(name));
  return areaKeys().has(key) && !isListedPlace(key);
};

/** The places' keys in code-unit order, as `places` keeps them. */
function sortedPlaces(): { readonly joined: string; readonly starts: Int32Array } {
  const keys = [...new Set(PLACES_SOURCE.split('|').map(placeKey))].sort();
  const starts = new Int32Array(keys.length + 1);
  let at = 0;
  keys.forEach((key, index) => {
    starts[index] = at;
    at += key.length;
  });
  starts[keys.length] = at;
  return { joined: keys.join(''), starts };
}

/** `key` against `joined`'s characters `start` .. `end` (exclusive), in code-unit order as `sort` compares strings. */
function compareKey(key: string, joined: string, start: number, end: number): number {
  const common = Math.min(key.length, end - start);
  for (let index = 0; index < common; index += 1) {
    const difference = key.charCodeAt(index) - joined.charCodeAt(start + index);
    if (difference !== 0) return difference;
  }
  return key.length - (end - start);
}

/** Whether the sorted keys held in `joined` at `starts` include `key` (binary search). */
function holdsKey(joined: string, starts: Int32Array, key: string): boolean {
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareKey(key, joined, starts[middle] ?? 0, starts[middle + 1] ?? 0);
    if (order === 0) return true;
    if (order < 0) high = middle - 1;
    else low = middle + 1;
  }
  return false;
}

/**
 * A folded place name in the form the set holds: hyphens and spaces alike (`Saint-Malo`, `Saint Malo`), the
 * usual abbreviations written out (`St-Malo`, `Ste-Foy`), straight apostrophes. Applied to the list and to
 * each lookup, so a name written either way is found.
 */
function placeKey(folded: string): string {
  const spaced = /[\s-]/u.test(folded) ? folded.replace(/[\s-]+/gu, ' ') : folded;
  const written = /\bste?\b/u.test(spaced) ? spaced.replace(/\bst\b/gu, 'saint').replace(/\bste\b/gu, 'sainte') : spaced;
  return withStraightApostrophes(written);
}

/** Whether `word` is a frequent French surname (`Dupont`, `LEFEBVRE`). */
export function isSurname(word: string): boolean {
  surnames ??= new Set(SURNAMES_SOURCE.split(' ').map(fold));
  return surnames.has(fold(word));
}

/** Departments, regions and former regions, folded with hyphens read as spaces (built on first use). */
let wideAreas: ReadonlySet<string> | null = null;
const wideAreaKey = (name: string): string => fold(name).replace(/[-\s]+/gu, ' ');

/**
 * Whether `name` is a department's, a region's or a former region's name (`Bas-Rhin`, `Bas Rhin`, `Occitanie`,
 * `Limousin`): an area wider than a town, which a person's particle, a town's facility or a body's local branch
 * does not name. The one list the parsers share.
 */
export function isWideArea(name: string): boolean {
  wideAreas ??= new Set([...Object.values(DEPARTMENTS), ...REGIONS, ...FORMER_REGIONS].map(wideAreaKey));
  return wideAreas.has(wideAreaKey(name));
}
