/**
 * Proposer family "a name after a preposition of working together" (no type word needed): a
 * structure is what one works with, at or near (`en lien avec Kalimba`, `un stage chez Coop'Fer
 * Services`, `inscrit auprès des Toits Verts`, `rejoint par Nova Entraide`). People follow these
 * words as often (`avec Marie Dupont`): a span the person rules took is left alone, and the
 * evidence (`after-preposition`, weaker than a list cue) needs a distinctive or a multi-word
 * name to reach the threshold. A run opening on a role or a label, or holding a word of plans,
 * events and schemes (`avec la Semaine Solidaire`), is not proposed.
 */
import { alternation, fold } from '../../core/pattern.js';
import { ENTRY_LABELS } from '../lexicon/entry-labels.js';
import { PERSON_ROLES, ROLE_IN_ORGANISATION, SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { NAME_RUN } from './name-candidates.js';
import { lengthBeforeSecondRole } from './role-led.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';

/** A name after a preposition; `person-affiliation` when a person's role stands right before the preposition (`responsable chez X`). */
export type PrepositionName = SourcedSpan<'after-preposition' | 'person-affiliation'>;

/** The preposition (a literal to search for), an optional lower-case article, then the run. */
const AFTER_PREPOSITION = new RegExp(
  `(?=[acrACR])(?<![\\p{L}])(?:avec|chez|auprès[ \\t\\n]+(?:de|du|des|d['’])|rejointe?s?[ \\t\\n]+par)[ \\t\\n]+(?:(?:la|le|les)[ \\t\\n]+|l['’])?(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`,
  'gdu',
);
/** Where `AFTER_PREPOSITION` can start: at a word opening on one of its prepositions (tried there only, core/cue-words.ts). */
const AFTER_PREPOSITION_CUES = cueWords(['avec', 'chez', 'auprès', 'rejoint']);
const NOT_A_STRUCTURE: ReadonlySet<string> = new Set([...PERSON_ROLES, ...ENTRY_LABELS].map(fold));
/**
 * `Léa Morel, responsable chez Kalimba`, `salariée chez Coop'Fer`: a person's role right before the
 * preposition says the name is the structure the person works for, as a name right after a person is.
 */
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation([...new Set([...PERSON_ROLES, ...ROLE_IN_ORGANISATION])])}[ \\t\\n]+$`, 'iu');
const SCHEME_WORD = new RegExp(`(?<![\\p{L}])${alternation(SCHEME_WORDS)}(?![\\p{L}])`, 'iu');

/** Every name after a preposition of working together on the page. */
export function prepositionNames(text: string): PrepositionName[] {
  const found: PrepositionName[] = [];
  for (const match of cueMatches(AFTER_PREPOSITION, AFTER_PREPOSITION_CUES, text)) {
    const at = match.indices?.groups?.['name'];
    if (at === undefined) continue;
    const run = text.slice(at[0], at[1]);
    const name = run.slice(0, lengthBeforeSecondRole(run)).trimEnd();
    const first = /^(?:(?:Les|Le|La|L['’])[ \t]*)?(?<word>[\p{L}'’-]+)/u.exec(name)?.groups?.['word'] ?? '';
    if (NOT_A_STRUCTURE.has(fold(first)) || SCHEME_WORD.test(name)) continue;
    const roleBefore = ROLE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));
    found.push({ start: at[0], end: at[0] + name.length, source: roleBefore ? 'person-affiliation' : 'after-preposition' });
  }
  return found;
}
