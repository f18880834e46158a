/**
 * Proposer family "the body whose general meeting it is" (no type word needed): only a body holds a general meeting, so
 * the name after `assemblée générale de`/`du`/`des`/`d'` (or `AG de`) is a body's (`l'Assemblée générale des Kalvis
 * Mélusins s'est tenue…`, `Assemblées générales de « Trokal Ensemble ! »`), its quotes maybe around it. A place or a day
 * there (`l'assemblée générale de Lunel`, `du Jeudi`) weighs against it as anywhere (evidence.ts), and one common word
 * (`du Club`) is too weak. Evidence `meeting-of`.
 */
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';
import { NAME_RUN } from './name-candidates.js';
import { oneLine } from './press-cue.js';

export type MeetingOfName = SourcedSpan<'meeting-of'>;

/** `assemblée(s) générale(s)` (an adjective of its kind maybe after it) or `AG`, then `de`, its article, an opening quote. */
const MEETING_OF = new RegExp(
  `(?=[aA])(?<![\\p{L}])(?:[aA]ssemblées?[ \\t\\n]+[gG]énérales?(?:[ \\t]+(?:ordinaires?|extraordinaires?|annuelles?|constitutives?))?|AG)[ \\t\\n]+(?:du|des|de[ \\t\\n]+(?:la|les)|de|d['’]|de[ \\t\\n]+l['’])[ \\t\\n]*(?:[«"“][ \\t\\u00a0]*)?(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`,
  'gdu',
);
const CUES = cueWords(['assemblée', 'assemblées', 'AG']);

/** Every name whose general meeting the page speaks of. */
export function meetingOfNames(text: string): MeetingOfName[] {
  const found: MeetingOfName[] = [];
  for (const match of cueMatches(MEETING_OF, CUES, text)) {
    const at = match.indices?.groups?.['name'];
    if (at === undefined) continue;
    // A meeting's title holds one line: `AG de la Kalvi Solidaire⏎Assemblée…` ends at the line's end (press-cue.ts `oneLine`).
    found.push({ start: at[0], end: oneLine(text, at[0], at[1]), source: 'meeting-of' });
  }
  return found;
}
