/**
 * `Kervella Yann de Trégunc, président – …`: in a local paper's list of a board, a surname in title
 * case, a known first name, then the place the person comes from (`de`, `du`, `d'` and a capital)
 * and, after a comma, the office held. The place is no part of the name (`Yann de Trégunc` would be
 * a particle name), and the surname comes first. The office after the comma is required: without it
 * `X Yann de Z` may be a sentence's last word and a particle name. The mention's span is the whole
 * designation up to the comma (as the list names the person), its value the name alone; being the
 * longer span, it is kept over the particle-name reading of its end.
 */
import { CAPITAL_AHEAD, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { isCommonWord, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate } from '../names.js';

const TITLE_WORD = `\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?`;
/** The place: a capitalised word, maybe two more joined by `de`/`du`/`d'` or a space (`Bois de Lande`). */
const PLACE = `\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:(?:de|du)[ \\t]+|d['’])?\\p{Lu}[\\p{L}'’-]*){0,2}`;
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}'’@.-])(?<designation>(?<last>${TITLE_WORD})[ \\t]+(?<first>${TITLE_WORD})[ \\t]+(?:de|du|d['’])[ \\t]*${PLACE})[ \\t]*,[ \\t]*\\n?[ \\t]*(?<role>(?:(?:[Vv]ice|[Cc]o)(?:-[ \\t]*\\n?[ \\t]*| ))?\\p{L}[\\p{Ll}-]*)`;

/** An office of a board, maybe as its deputy (`vice-président`, `vice trésorier`, `vice-⏎président` wrapped). The comma before it may end a line. */
function isOffice(role: string): boolean {
  return ROLE_NOUNS.has(role.replace(/^(?:vice|co)(?:-\s*| )/u, ''));
}

export const personReversedOriginParser: Parser = {
  id: 'fr.person.reversed-origin',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    const last = match.groups?.['last'] ?? '';
    const first = match.groups?.['first'] ?? '';
    if (!isFirstName(first) || isFirstName(last) || !isSurnameCandidate(last) || !isOffice((match.groups?.['role'] ?? '').toLowerCase())) return null;
    // `Château Margaux de…`, `Fromagerie Camille du…`: a common noun first is a place's or a firm's name, unless a known surname.
    if (isCommonWord(last.toLowerCase()) && !isSurname(last)) return null;
    const end = match.index + (match.groups?.['designation'] ?? '').length;
    return { type: 'person', start: match.index, end, value: `${first} ${last}`, confidence: 0.8, rule: this.id, inferred: [] };
  },
};
