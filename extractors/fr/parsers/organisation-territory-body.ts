/**
 * Local authorities named as a territory plus a body word (`Morlaix Communauté`, `Vannes Agglo`,
 * `Lorient Agglomération`, `Brest Métropole`, `Lunel métropole`), and its public housing office (`Lunel Habitat`,
 * `TERRITORY_HOUSING_WORDS`). The territory must be a known
 * French place, so `une Grande Communauté` is not taken.
 */
import type { Candidate, Parser } from '../../core/types.js';
import { LOWER_TERRITORY_BODY_WORDS, TERRITORY_BODY_WORDS, TERRITORY_HOUSING_WORDS } from '../lexicon/well-known-organisations.js';
import { alternation, compile, fold } from '../../core/pattern.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { HEAD_WORDS, TAIL_STOP } from '../organisation/name-words.js';
import { AREA_HEADS_BEFORE_ELISION } from '../lexicon/place-heads.js';
import { OF_LINKS } from '../lexicon/function-words.js';

const TERRITORY = "\\p{Lu}[\\p{L}'’]*(?:[ -](?:de|du|des|la|le|sur|en|d'|l')?[ -]?\\p{Lu}[\\p{L}'’]*){0,3}";
/** `Sète Agglopôle Méditerranée`: up to two capitalised words after the body word on its line. */
const QUALIFIER = "(?<qualifier>(?:[ \\t]+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*){1,2}(?=[ \\t]*[,;.)\\n]|[ \\t]+\\p{Ll}|$))?";
/** `et` and a capitalised word right after a housing word: its name goes on (`housing-and`). */
const HOUSING_AND = /^[ \t]+(?:et|&)[ \t]+\p{Lu}/u;
const BODY_WORDS: readonly string[] = [...TERRITORY_BODY_WORDS, ...TERRITORY_HOUSING_WORDS, ...LOWER_TERRITORY_BODY_WORDS];
const PATTERN = `(?<![\\p{L}\\p{N}-])(?<territory>${TERRITORY})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?<body>${alternation(BODY_WORDS)})(?![\\p{L}\\p{N}-])${QUALIFIER}`;

/**
 * Whether the territory's words from `first` on open with a place and add one capitalised word of
 * the territory's name: `Montpellier Méditerranée Métropole`, or the same joined by a hyphen,
 * `Lunel-Littoral Agglomération` (`place-compound`). `word` is the first one, elision removed.
 */
function placeFirst(words: readonly string[], first: number, word: string): boolean {
  if (first === words.length - 2) return isPlaceName(word) && !isFirstName(words[first + 1] ?? '');
  const hyphen = word.indexOf('-');
  return first === words.length - 1 && hyphen > 0 && isPlaceName(word.slice(0, hyphen)) && /^\p{Lu}/u.test(word.slice(hyphen + 1));
}

const AREA_HEADS: ReadonlySet<string> = new Set(AREA_HEADS_BEFORE_ELISION.map((word) => fold(word)));

/**
 * The index of the territory's word that opens its name when an area's head and `de`/`du`/`des` or an elision come
 * right before the place (`Val de Loire Habitat`, `Pays de Lunel Communauté`, `Val d'Oise Habitat`: the place is the
 * tail of the area's name, read whole, `area-head`), else `first`.
 */
function areaHeadIndex(words: readonly string[], first: number): number {
  const elided = /^[dl]['’]/u.test(words[first] ?? '');
  const head = elided ? first - 1 : first - 2;
  if (head < 0 || (!elided && !OF_LINKS.has(words[first - 1] ?? ''))) return first;
  return /^\p{Lu}/u.test(words[head] ?? '') && AREA_HEADS.has(fold(words[head] ?? '')) ? head : first;
}

/**
 * Whether a housing word (`TERRITORY_HOUSING_WORDS`) sits inside a longer name rather than closing its office's. `Lunel
 * Habitat Jeunes`, `Lunel Habitat Partagé`: a housing office's name takes no qualifier; a kind of housing or a scheme named
 * after the place follows (`housing-qualified`), which other rules read. `Lunel Ouest Habitat et Avenir`: joined by `et` to a
 * capitalised word, the name goes on (`housing-and`).
 */
function housingInLongerName(body: string, qualifier: string, qualifierOff: boolean, after: string): boolean {
  if (!TERRITORY_HOUSING_WORDS.includes(body)) return false;
  return qualifier === '' ? HOUSING_AND.test(after) : !qualifierOff;
}

export const organisationTerritoryBodyParser: Parser = {
  id: 'fr.organisation.territory-body',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(alternation(BODY_WORDS), 'u'), // the pattern runs only on pages with a body word
  anchor: { lines: 1 }, // tried only near a body word: one line break may come before it
  extract(context, match): Candidate | null {
    const territory = match.groups?.['territory'] ?? '';
    // The longest known place that ends the capitalised run: `Avec Morlaix` → `Morlaix`.
    const words = territory.split(/[ \t]+/u);
    const qualifier = match.groups?.['qualifier'] ?? '';
    const lowerBody = /^\p{Ll}/u.test(match.groups?.['body'] ?? '');
    // `Avec Brest Métropole Jean Dupont`: a person after the body is not part of its name; nor is a
    // capitalised function word opening the next sentence (`Lunel Métropole Vous trouverez…`: `qualifier-function-word`).
    const qualifierOff = qualifier.trim().split(/\s+/u).some((word) => isFirstName(word) || HEAD_WORDS.has(fold(word)) || TAIL_STOP.has(fold(word)));
    if (housingInLongerName(match.groups?.['body'] ?? '', qualifier, qualifierOff, context.text.slice(match.index + match[0].length))) return null;
    const end = match.index + match[0].length - (qualifierOff ? qualifier.length : 0);
    for (let first = 0; first < words.length; first += 1) {
      // `Président d'Angers Loire Métropole`: an elided `d'`/`l'` before a word is not the territory's (`elided-before`).
      const word = (words[first] ?? '').replace(/^[dl]['’](?=\p{Lu})/u, '');
      const place = [word, ...words.slice(first + 1)].join(' ');
      const whole = isPlaceName(place);
      // `Lunel métropole`: a body word in lower case names a body only after a whole place (`lower-body`).
      if (!whole && lowerBody) continue;
      if (!whole && !placeFirst(words, first, word)) continue;
      // `Grand Lunel Métropole`, `Grande Côte Agglomération`: `Grand` before the place is part of the territory's name (`grand-territory`).
      const grand = first > 0 && /^Grande?$/u.test(words[first - 1] ?? '') ? (words[first - 1] ?? '').length + 1 : 0;
      const head = areaHeadIndex(words, first);
      let start = head < first ? match.index + territory.indexOf(words.slice(head).join(' ')) : match.index + territory.length - place.length - grand;
      // `CARENE Saint-Nazaire Agglomération`: the body's acronym written right before its name.
      const acronym = /(?<![\p{L}\p{N}])\p{Lu}{3,8}(?:[ \t]|[ \t]*\n[ \t]*)$/u.exec(context.text.slice(Math.max(0, start - 10), start));
      if (acronym !== null) start -= acronym[0].length;
      return {
        type: 'organisation', start, end, value: context.text.slice(start, end).replace(/\s+/gu, ' '),
        confidence: 0.6, rule: this.id, inferred: [],
      };
    }
    return null;
  },
};
