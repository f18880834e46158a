/**
 * Proposer family "an institution named after a person": an institution word, then a person's
 * first name (or a title standing for one: `Abbé`, `Saint`) and surname (`l'Université Gaston
 * Eiffel`, `au lycée Louise Morvan`, `le collège Charles de Valmont`, `la Fondation Abbé Lorrain`).
 * The person's name alone reads as a person, so the type-word rules leave the whole alone; the
 * institution word keeps it a body. Venues named after people (`la salle Paul Ravel`) are
 * places and not proposed (lexicon/person-named-heads.ts). Evidence `person-named`.
 */
import { alternation, anyCaseAlternation, initialsAhead } from '../../core/pattern.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import { PERSON_NAME_TITLES, PERSON_NAMED_HEADS } from '../lexicon/person-named-heads.js';
import { isFirstName } from '../names.js';
import type { SourcedSpan } from '../../core/types.js';

export type PersonNamedName = SourcedSpan<'person-named'>;

const GAP = '(?:[ \\t]+\\n?|\\n)[ \\t]*';
/** A capitalised word (a surname may be hyphenated or hold an apostrophe: `O'Neill`). */
const WORD = "\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)?";
const SURNAME = `(?:(?:de|du|Le|La|De|Du|Van|von)${GAP}|d['’])?\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)?`;
/** Opens on the institution word's first letters (speed only: the scan skips other positions; same matches). */
const PERSON_NAMED = new RegExp(
  `${initialsAhead(PERSON_NAMED_HEADS)}(?<![\\p{L}\\p{N}])(?<head>${anyCaseAlternation(PERSON_NAMED_HEADS)})${GAP}(?<first>${alternation(PERSON_NAME_TITLES)}|${WORD})${GAP}(?<surname>${SURNAME})(?![\\p{L}\\p{N}'’-])`,
  'gdu',
);
/** Where `PERSON_NAMED` can start: at a word opening on a head word (tried there only, core/cue-words.ts). */
const PERSON_NAMED_CUES = cueWords(PERSON_NAMED_HEADS);

/** Every institution named after a person on the page. */
export function personNamedNames(text: string): PersonNamedName[] {
  const found: PersonNamedName[] = [];
  for (const match of cueMatches(PERSON_NAMED, PERSON_NAMED_CUES, text)) {
    const first = match.groups?.['first'] ?? '';
    const head = match.indices?.groups?.['head'];
    const surname = match.indices?.groups?.['surname'];
    if (head === undefined || surname === undefined) continue;
    const titled = PERSON_NAME_TITLES.includes(first);
    if (!titled && !isFirstName(first.split('-')[0] ?? '')) continue;
    // `l'association Mona Verel`: a members' body's kind in lower case is no word of its name (`Université Gaston Berthier` is).
    const firstAt = match.indices?.groups?.['first'];
    const start = match.groups?.['head'] === 'association' && firstAt !== undefined ? firstAt[0] : head[0];
    found.push({ start, end: surname[1], source: 'person-named' });
  }
  return found;
}
