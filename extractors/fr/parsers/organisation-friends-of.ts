/**
 * `fr.organisation.friends-of`: `Amis de …` is how French associations of supporters name themselves
 * (`les Amis du musée de Lunel`, `l'association des Amis du Vieux Quimper`, `Amis de la Forêt`): the
 * capitalised word `Amis`, `de`/`du`/`des`/`d'`, then what they support. That object may hold lower-case
 * words (`musée`) and capitals read elsewhere as a person (`Amis du Bon Accueil`), so the type-word
 * rules miss it. The name runs up to a punctuation mark or a line's end, and ends on its last capitalised
 * word (`Les Amis du Vieux Lunel organisent…`: the verb after it is the sentence's), or on the object's
 * one word (`Amis des Remparts`). Lower-case `amis` is a common noun (`les amis de Paul`) and is left alone.
 */
import { OPTIONAL_WRAP_GAP, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

/** Spaces, maybe one line break (`Amis⏎du musée`). */
const GAP = OPTIONAL_WRAP_GAP;
// `de`, `du`, `des` end as words (`Amis depuis…` opens a sentence about friends, no name); an elided `d'` or `l'` is glued.
const PATTERN = `(?<![\\p{L}\\p{N}'’-])Amis${GAP}(?:(?:de${GAP}la|du|des|de)(?=[ \\t\\n]+\\p{L})|(?:de${GAP}l|d)['’](?=[ \\t\\n]*\\p{L}))`;

/** One word of the object, after spaces or a line break (an elided article glued to it: `d'Alès`). */
const WORD = /^(?<gap>[ \t]*\n?[ \t]*)(?<word>[\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
/** Words of the object read at most. */
const MAX_WORDS = 5;

/** Where the object read from `from` ends: its last capitalised word, or its first word. */
function objectEnd(text: string, from: number): number | null {
  let position = from;
  let end: number | null = null;
  let lastLower = false;
  for (let count = 0; count < MAX_WORDS; count += 1) {
    const found = WORD.exec(text.slice(position, position + 60));
    // A line break ends the name after a capitalised word (`…du Vieux Lunel⏎Le samedi`), not after a
    // lower-case one that still waits for its complement (`…du musée⏎Lapios`).
    if (found === null || (count > 0 && !lastLower && found.groups?.['gap']?.includes('\n') === true)) break;
    position += found[0].length;
    const word = found.groups?.['word'] ?? '';
    lastLower = !/^\p{Lu}/u.test(word);
    if (count === 0 || !lastLower) end = position;
  }
  return end;
}

export const organisationFriendsOfParser: Parser = {
  id: 'fr.organisation.friends-of',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /Amis/u, // every match holds the capitalised word: pages without it are skipped
  extract(context, match): Candidate | null {
    const end = objectEnd(context.text, match.index + match[0].length);
    if (end === null) return null;
    return {
      type: 'organisation', start: match.index, end, value: context.text.slice(match.index, end).replace(/\s+/gu, ' '),
      confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
