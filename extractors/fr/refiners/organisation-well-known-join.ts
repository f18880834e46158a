/**
 * A well-known name (`fr.organisation.well-known`: `Banque des Territoires`) inside a longer
 * organisation name read by another rule settles where that name ends, since the gazetteer knows
 * the well-known name whole:
 * - a name that stops inside it (`Direction régionale Bretagne de la Banque` + `Banque des
 *   Territoires`: a type word cut the name) ends with it: `… de la Banque des Territoires`;
 * - a name that runs past it only by lower-case words (`Agence Bretagne de la Caisse des Dépôts
 *   finance`: the verb after the name) ends with it too.
 * Runs before `fr.remove-overlaps`, which then keeps the longer name.
 */
import type { Candidate, Refiner } from '../../core/types.js';

const RULE = 'fr.organisation.well-known';

/** The text from `from` to `to`, one space for each run of white space (as values are written). */
function spaced(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\s+/gu, ' ');
}

/** `longer` ended or extended to the well-known name's end, or null when it needs no change. */
function joined(text: string, longer: Candidate, known: Candidate): Candidate | null {
  if (longer.type !== 'organisation' || longer.rule === RULE || longer.start >= known.start) return null;
  // Stops inside the well-known name, at a word's end.
  if (longer.end > known.start && longer.end < known.end && !/[\p{L}\p{N}]/u.test(text.charAt(longer.end))) {
    return { ...longer, end: known.end, value: `${longer.value}${spaced(text, longer.end, known.end)}` };
  }
  // Runs past it by lower-case words only.
  const tail = spaced(text, known.end, longer.end);
  if (longer.end > known.end && /^ ?\p{Ll}[\p{Ll}'’ -]*$/u.test(tail) && longer.value.endsWith(tail)) {
    return { ...longer, end: known.end, value: longer.value.slice(0, longer.value.length - tail.length).trimEnd() };
  }
  return null;
}

export const organisationWellKnownJoinRefiner: Refiner = {
  id: 'fr.organisation.well-known-join',
  refine(context, candidates): Candidate[] {
    const known = candidates.filter((candidate) => candidate.rule === RULE);
    if (known.length === 0) return [...candidates];
    return candidates.map((candidate) => {
      for (const name of known) {
        const changed = joined(context.text, candidate, name);
        if (changed !== null) return changed;
      }
      return candidate;
    });
  },
};
