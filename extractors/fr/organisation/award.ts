/**
 * Proposer family "the winner of a prize" (no type word needed): calls for projects and prize
 * ceremonies name the structures they reward. After an award word (`prix`, `trophée`,
 * `lauréat`, `récompense`, `coup de cœur`…), in the same sentence, a winner's link (`à`, `au`,
 * `pour`, `est`; `par` right after the award word only, as in `remporté par`: elsewhere `par`
 * names who gives the prize, `décerné par le jury`) then a capitalised run or a quoted name:
 * `le prix de la fondation pour « Villages Nomades »`, `le prix remis à Kalimba`, `le trophée a
 * été remporté par Les Toits Verts`, `la lauréate est « Coop'Fer »`. A run after `projet`, `programme`… names the project,
 * not who carries it, and is not read (`décerné au projet X`). Evidence `award-winner`.
 */
import { alternation, initialsAhead } from '../../core/pattern.js';
import { AWARD_WORDS, SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { NAME_RUN } from './name-candidates.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';

export interface AwardName extends SourcedSpan<'award-winner'> {
  /** Whether the name was written between quotes (its words may then be in lower case). */
  readonly quoted: boolean;
}

const AWARD = new RegExp(`${initialsAhead(AWARD_WORDS)}(?<![\\p{L}])(?:${alternation(AWARD_WORDS)})(?![\\p{L}])`, 'giu');
/** Where `AWARD` can start: at a word opening on an award word (tried there only, core/cue-words.ts). */
const AWARD_CUES = cueWords(AWARD_WORDS);
const SCHEME_WORD = new RegExp(`(?<![\\p{L}])${alternation(SCHEME_WORDS)}(?![\\p{L}])`, 'iu');
/** Who gives a prize rather than wins it. */
const GIVERS = /^(?:Jury|Ministère|Ministre|Préfet|Région|Département|État|Etat)(?![\p{L}])/u;
/** How far after the award word the winner is looked for. */
const REACH = 90;
/**
 * The winner's link, an optional article, an optional opening quote, then the name: a quoted
 * name up to its closing quote, or a capitalised run. Read lazily from the award word: the first
 * link followed by a name wins.
 */
const WINNER = new RegExp(
  `(?<![\\p{L}])(?:à|au|aux|pour|est|(?<=^[ \\t\\n]*)par)[ \\t\\n]+(?:(?:la|le|les)[ \\t\\n]+|l['’])?(?:(?<open>«[ \\t\\u00a0\\n]*|")(?<quoted>[\\p{Lu}\\p{N}l][^"«»\\n]{0,58}?(?:\\n[^"«»\\n]{1,30}?)?)[ \\t\\u00a0\\n]*(?:»|")|(?<run>${NAME_RUN})(?![\\p{L}\\p{N}'’&-]))`,
  'du',
);

/** Every winner named after an award word on the page. */
export function awardNames(text: string): AwardName[] {
  const found: AwardName[] = [];
  let after = 0;
  for (const award of cueMatches(AWARD, AWARD_CUES, text)) {
    const from = award.index + award[0].length;
    if (from < after) continue; // one winner per award phrase
    // The sentence only: the window stops at a full stop, a semicolon or a blank line.
    const window = text.slice(from, from + REACH).split(/[.!?;](?:[ \t\n]|$)|\n[ \t]*\n/u)[0] ?? '';
    const winner = WINNER.exec(window);
    if (winner === null) continue;
    const quoted = winner.indices?.groups?.['quoted'];
    const at = quoted ?? winner.indices?.groups?.['run'];
    if (at === undefined) continue;
    const name = window.slice(at[0], at[1]);
    // `décerné par le jury`, `remporté par la Fête des Voisins`: a giver or an event, not a structure rewarded.
    if (/^(?:par|pour)\b/u.test(winner[0]) && GIVERS.test(name)) continue;
    if (SCHEME_WORD.test(name)) continue;
    found.push({ start: from + at[0], end: from + at[0] + name.trimEnd().length, source: 'award-winner', quoted: quoted !== undefined });
    after = from + at[1];
  }
  return found;
}
