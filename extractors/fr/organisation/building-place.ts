/**
 * `building-place`: `la résidence Les Tilleuls`, `la Résidence Vermeil`, `l'immeuble Le Belvédère`, `la résidence
 * habitat partagé Le Clos des Saules`: a housing building or scheme and the name it bears is a place a body builds,
 * runs or lets, not a body. Whether the value opens on the building's word (`Résidence Vermeil`, proposed from its
 * capitals) or is proposed right after the word and its lower-case description (a capitalised article mid-sentence),
 * the name is the building's. Words in lexicon/place-heads.ts `BUILDING_WORDS`; a residence, a youth-housing one too
 * (`la résidence habitat jeunes Kalimbo Services`), is a place a body runs, the reading of every tuning page's residence
 * named right after its word (a building, a housing operation, an artists' stay). `résidence` stays an organisation
 * type word (lexicon/organisation-types.ts) for the one reading this leaves: a name set apart in quotes after it
 * (`la résidence « Les Pins »`), a structure known by its house's name (web-held30's nursing home, gold an association;
 * tried in session 35 without the head word: −.012 of that set's organisation F1, no tuning cell gained). The body that runs it keeps its own mention
 * (`l'association Kalimbo gère la résidence Les Tilleuls`), and so does a kind of structure that houses people and is
 * one (`foyer`, `ehpad`). A venue (`VENUE_BUILDINGS`: `le château de Kervalo`, `le club house du stade Brenvac`) is read the same way.
 */
import { alternation, PrefilteredRegExp } from '../../core/pattern.js';
import { BUILDING_WORDS, VENUE_BUILDINGS } from '../lexicon/place-heads.js';
import { NEXT_PHRASE_WORDS } from '../lexicon/function-words.js';

/** The building words as written: lower case, with a capital, in capitals (the lower-case words after them are read case-sensitively). */
const BUILDING = alternation([...BUILDING_WORDS, ...VENUE_BUILDINGS].flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]));
/** A value opening on a building's word (its article maybe before it), then a word. */
const OPENS_ON_BUILDING = new RegExp(`^(?:(?:la|La|LA|l['’]|L['’])[ \\t]*)?${BUILDING}(?![\\p{L}])[ \\t]*\\n?[ \\t]*\\p{L}`, 'u');
/** A lower-case word describing the building (`habitat`, `partagé`), no connector or article (lexicon/function-words.ts `NEXT_PHRASE_WORDS`). */
const DESCRIBING_WORD = `(?!${alternation(NEXT_PHRASE_WORDS)}(?![\\p{L}'’-])|[dl]['’])\\p{Ll}[\\p{Ll}'’-]*`;
/**
 * The text before a name: a building's word, then up to three lower-case words on its line (`résidence habitat partagé`).
 * Asked first whether the text holds a building's word at all (`PrefilteredRegExp`: most texts hold none).
 */
const BUILDING_BEFORE = new PrefilteredRegExp(`(?<![\\p{L}\\p{N}])${BUILDING}(?:[ \\t]+${DESCRIBING_WORD}){0,3}[ \\t]*\\n?[ \\t]*$`, 'u', new RegExp(BUILDING, 'u'));

/** Whether a proposal names a building (see the file's comment): its value opens on the building's word, or the word comes right before it. */
export function namesBuilding(text: string, start: number, value: string): boolean {
  if (OPENS_ON_BUILDING.test(value.trim())) return true;
  return BUILDING_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
