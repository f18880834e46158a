/**
 * Accents put back on the type words, role words and kinds of structure the organisation and
 * person rules look for (`Pole` → `Pôle`, `ministere` → `ministère`, `ETABLISSEMENT` →
 * `ÉTABLISSEMENT`). Real French OCR drops every accent but the lower-case `é`, and capitals lose
 * theirs in print too, so without this pass a scanned page hides the words that announce an
 * organisation. The table (lexicon/accent-restorations.ts) holds only spellings French does not
 * write without the accent. Run as its own pass after the other repairs, so a word they mend
 * (`minlstere` → `ministere`) gets its accent too. Each edit replaces one letter by one letter:
 * offsets do not move.
 */
import { allMatches } from '../core/word-scan.js';
import type { TextEdit } from '../core/edit-map.js';
import { alternation } from '../core/pattern.js';
import { ACCENT_RESTORATIONS } from './lexicon/accent-restorations.js';
import { HOLDS_LETTER } from '../core/word-shape.js';

/** How a listed word is printed: lower case, capitalised (each part of a compound), all capitals. */
const capitalised = (word: string): string => word.replace(/(^|-)(\p{L})(?=\p{L}{3})/gu, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
const SPELLINGS = [...ACCENT_RESTORATIONS.keys()].flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), capitalised(word), word.toUpperCase()]);
/**
 * Any listed spelling as a whole word, in its three printed cases (a case-blind pattern costs
 * twice as much per page). The ASCII look-behind is cheap; a non-ASCII letter before is checked
 * on the rare match.
 */
const UNACCENTED = new RegExp(`(?<![a-zA-Z0-9])${alternation(SPELLINGS)}(?![\\p{L}\\p{N}])`, 'gu');

/** The letters of `found` that differ from `accented`, each given the accent in the case it was read in. */
function letterEdits(found: string, accented: string, at: number): TextEdit[] {
  const edits: TextEdit[] = [];
  // Folded and accented spellings have as many letters (precomposed accents), so they align.
  for (let index = 0; index < found.length; index += 1) {
    const plain = found.charAt(index);
    const wanted = accented.charAt(index);
    if (plain.toLowerCase() === wanted) continue;
    edits.push({ start: at + index, end: at + index + 1, text: plain === plain.toLowerCase() ? wanted : wanted.toUpperCase() });
  }
  return edits;
}

/** The edits that put the accents back on every listed word of `text` written without them. */
export function accentEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  UNACCENTED.lastIndex = 0;
  for (const match of allMatches(UNACCENTED, text)) {
    if (match.index > 0 && HOLDS_LETTER.test(text.charAt(match.index - 1))) continue;
    const accented = ACCENT_RESTORATIONS.get(match[0].toLowerCase());
    if (accented !== undefined && accented.length === match[0].length) edits.push(...letterEdits(match[0], accented, match.index));
  }
  return edits;
}
