/**
 * In a list of organisations (`Espace Mobilité de l'Artois (diagnostic), Citéo (médiation), SJT
 * (auto-école)`, `DIE, l'Afeji, …`), a capitalised name that follows an organisation found by
 * another rule, after a comma, is an organisation too, when `isDistinctiveName` accepts it
 * (places and people in lists are left alone).
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { isDistinctiveName } from '../distinctive-name.js';

const ASIDE = '(?:[ \\t]*\\n?[ \\t]*\\([^()\\n]{1,40}\\))';
const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NEXT = new RegExp(
  `^${ASIDE}?[ \\t]*,[ \\t]*\\n?[ \\t]*(?:l'|(?:la|le|les)[ \\t]+)?(?<name>${WORD}(?:[ \\t]+${WORD}){0,2})(?=${ASIDE}?[ \\t]*(?:[,;.]|\\n|[ \\t]+et[ \\t]))`,
  'u',
);

export const organisationListNeighboursRefiner: Refiner = {
  id: 'fr.organisation.list-neighbours',
  refine(context, candidates): Candidate[] {
    const all: Candidate[] = [...candidates];
    // Names taken here lead on to the next ones of the list, so `all` grows while it is read.
    for (let index = 0; index < all.length; index += 1) {
      const candidate = all[index];
      if (candidate === undefined || candidate.type !== 'organisation') continue;
      const match = NEXT.exec(context.text.slice(candidate.end, candidate.end + 120));
      const name = match?.groups?.['name'];
      if (match === null || name === undefined || !isDistinctiveName(name)) continue;
      const start = candidate.end + match[0].length - name.length;
      if (all.some((other) => other.start < start + name.length && start < other.end)) continue;
      all.push({ type: 'organisation', start, end: start + name.length, value: name, confidence: 0.5, rule: this.id, inferred: [] });
    }
    return all;
  },
};
