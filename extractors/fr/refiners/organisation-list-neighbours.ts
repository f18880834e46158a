/**
 * In a list of organisations (`Garage Solidaire du Bocage (diagnostic), Vélivra (médiation), ABC
 * (auto-école)`, `DIE, l'Arpège, …`, `Vélivra, la CCVB et…`), a capitalised name next to an
 * organisation found by another rule, across a comma, is an organisation too, when
 * `isDistinctiveName` accepts it (places and people in lists are left alone).
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { isDistinctiveName } from '../organisation/distinctive-name.js';

const ASIDE = '(?:[ \\t]*\\n?[ \\t]*\\([^()\\n]{1,40}\\))';
const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NEXT = new RegExp(
  `^${ASIDE}?[ \\t]*,[ \\t]*\\n?[ \\t]*(?:l'|(?:la|le|les)[ \\t]+)?(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})(?=${ASIDE}?[ \\t]*(?:[,;.]|\\n|[ \\t]+et[ \\t]))`,
  'u',
);

/** The name just before an organisation, at the start of a line, sentence or list (`Vélivra, la CCVB…`). */
const PREVIOUS = new RegExp(
  `(?:^|[\\n(:;,]|[.!?][ \\t])[ \\t]*(?:l'|(?:la|le|les)[ \\t]+)?(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})${ASIDE}?[ \\t]*,[ \\t]*\\n?[ \\t]*(?:l'|(?:la|le|les)[ \\t]+)?$`,
  'du',
);
/**
 * How a window that `PREVIOUS` matches must end (a comma, then at most an article): tested first,
 * as the engine stops at commas only, while `PREVIOUS` is tried at every position of the window.
 */
const COMMA_AT_END = /,[ \t]*\n?[ \t]*(?:l'|(?:la|le|les)[ \t]+)?$/u;

/** The names right after and right before `candidate` in a comma list, with their starts. */
function neighbours(text: string, candidate: Candidate): { start: number; name: string }[] {
  const found: { start: number; name: string }[] = [];
  const next = NEXT.exec(text.slice(candidate.end, candidate.end + 120));
  const nextName = next?.groups?.['name'];
  if (next !== null && nextName !== undefined && isDistinctiveName(nextName)) {
    found.push({ start: candidate.end + next[0].length - nextName.length, name: nextName });
  }
  const windowStart = Math.max(0, candidate.start - 120);
  const window = text.slice(windowStart, candidate.start);
  const previous = COMMA_AT_END.test(window) ? PREVIOUS.exec(window) : null;
  const previousName = previous?.groups?.['name'];
  const previousStart = previous?.indices?.groups?.['name']?.[0];
  if (previousName !== undefined && previousStart !== undefined && isDistinctiveName(previousName)) {
    found.push({ start: windowStart + previousStart, name: previousName });
  }
  return found;
}

export const organisationListNeighboursRefiner: Refiner = {
  id: 'fr.organisation.list-neighbours',
  refine(context, candidates): Candidate[] {
    const all: Candidate[] = [...candidates];
    // Names taken here lead on to the next ones of the list, so `all` grows while it is read.
    for (let index = 0; index < all.length; index += 1) {
      const candidate = all[index];
      if (candidate === undefined || candidate.type !== 'organisation') continue;
      for (const { start, name } of neighbours(context.text, candidate)) {
        if (all.some((other) => other.start < start + name.length && start < other.end)) continue;
        all.push({ type: 'organisation', start, end: start + name.length, value: name, confidence: 0.5, rule: this.id, inferred: [] });
      }
    }
    return all;
  },
};
