/**
 * `fr.organisation.town-facility`: a local facility called by its kind and its town (`la recyclerie de Lunel`, `la
 * régie de quartier de Vilaret`, `des centres sociaux de Lunel`; kinds in lexicon/town-facilities.ts) is one body,
 * the town's facility of that kind, though no capital but the town's names it. The type-word rules read `de` and a
 * town after a lower-case kind as a branch's seat (`l'agence de Pau`, name-guards.ts), which these kinds are not.
 *
 * Read after a definite article or its contraction (`la`, `le`, `les`, `l'`, `du`, `des`, `au`, `aux`: after `une` it is
 * one of a kind), then `de`/`d'`/`du`/`des`/`de la` and the town: the longest known place of up to four words, or a
 * hyphenated saint's name the places' lexicon may lack (`Saint-Vilaret-de-la-Combe`, a small commune). The place must
 * close the name: punctuation, a line's end or a lower-case word after it; a capital after it means a longer name,
 * left to the capitalised rules. A plural kind with a department, a region or an area (`les recycleries de Bretagne`),
 * or with a span of places (`des centres sociaux de Lille à Nice`), names a class of bodies, and is left out; with a
 * town it is the town's network (`les centres sociaux de Lunel`).
 */
import { WRAP_GAP, alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { TOWN_FACILITY_KINDS } from '../lexicon/town-facilities.js';
import { isAreaName, isPlaceName, isWideArea } from '../lexicon-lookup.js';

const RULE = 'fr.organisation.town-facility';
/** The kinds, their words maybe wrapped over a line break. */
const KINDS = alternation(TOWN_FACILITY_KINDS).replace(/ /gu, WRAP_GAP);
const PATTERN =
  `(?<![\\p{L}\\p{N}])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)(?:${WRAP_GAP}|(?<=['’]))(?<kind>${KINDS})` +
  `${WRAP_GAP}(?:de${WRAP_GAP}la${WRAP_GAP}|de${WRAP_GAP}l['’][ \\t]*|d['’][ \\t]*|du${WRAP_GAP}|des${WRAP_GAP}|de${WRAP_GAP})(?=\\p{Lu})`;
/** The kinds' first words (`recyclerie`, `centres`), a plural holding its singular: one is in every match. */
const KIND_FIRST_WORDS = new RegExp(alternation(TOWN_FACILITY_KINDS.map((kind) => kind.split(' ')[0] ?? kind)), 'u');
/** The place's words: capitalised words joined by spaces or hyphens, maybe wrapped. */
const PLACE_WORD = /^(?<gap>[ \t]*\n?[ \t]*)(?<word>[\p{L}][\p{L}'’-]*)/u;
/** How many words are tried as a known place (`Bussy-Saint-Georges`, `Saint Martin de Ré`). */
const MOST_PLACE_WORDS = 4;
/** A saint's name joined by hyphens: a commune's shape (`Saint-Vilaret-de-la-Combe`). */
const SAINT_NAME = /^(?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*$/u;
/** What may close the name: punctuation, a line's end, a lower-case word. */
const CLOSES = /^(?:[ \t]*(?:$|\n|[.,;:!?)»"”–—]|[ \t]-[ \t])|[ \t]+\p{Ll})/u;
/** `à Nice`, `jusqu'au Havre`: the place opens a span of places, `de Lille à Nice`. */
const SPAN_END_AFTER = /^[ \t]*\n?[ \t]*(?:à|au|aux|jusqu['’](?:à|au|aux))[ \t]*\n?[ \t]*\p{Lu}/u;

/** Where the town after `from` ends (the longest known place, or a saint's name), or null. */
function townEnd(text: string, from: number): { end: number; place: string } | null {
  let position = from;
  let found: { end: number; place: string } | null = null;
  let place = '';
  for (let count = 0; count < MOST_PLACE_WORDS; count += 1) {
    const word = PLACE_WORD.exec(text.slice(position, position + 60));
    if (word === null || (count > 0 && word.groups?.['gap'] === '')) break;
    position += word[0].length;
    place = count === 0 ? (word.groups?.['word'] ?? '') : `${place} ${word.groups?.['word'] ?? ''}`;
    if (isPlaceName(place) || (count === 0 && SAINT_NAME.test(place))) found = { end: position, place };
  }
  return found;
}

export const organisationTownFacilityParser: Parser = {
  id: RULE,
  pattern: () => compile(PATTERN, 'gu'),
  // Every match holds one of the kinds' first words: pages without any are skipped.
  requires: KIND_FIRST_WORDS,
  extract(context, match): Candidate | null {
    const { text } = context;
    const kind = (match.groups?.['kind'] ?? '').replace(/\s+/gu, ' ');
    const town = townEnd(text, match.index + match[0].length);
    if (town === null || !CLOSES.test(text.slice(town.end, town.end + 3))) return null;
    const plural = /[sx]$/u.test(kind.split(' ')[0] ?? '');
    if (plural && (isWideArea(town.place) || isAreaName(town.place) || SPAN_END_AFTER.test(text.slice(town.end, town.end + 16)))) return null;
    // The article is read, not kept: the kind opens the name (`Recyclerie de Lunel`).
    const start = match.index + match[0].indexOf(match.groups?.['kind'] ?? '');
    return {
      type: 'organisation', start, end: town.end, value: text.slice(start, town.end).replace(/\s+/gu, ' '),
      confidence: 0.7, rule: RULE, inferred: [],
    };
  },
};
