/**
 * `indefinite-kind`: a lower-case type word and lower-case words after it, with no capital nor
 * digit (`agence de design`, `épicerie solidaire itinérante`), after an indefinite article
 * (`une agence de design`) or set beside a name by a comma or a dash (`Pixel Rouge -
 * agence de design`) says what kind of body something is; it names none. With a definite
 * article (`l'agence régionale de santé`) the same words may point at one body, and stay.
 */
import type { Candidate } from '../../core/types.js';

/** `une`, `un`, `d'une`, or a comma or dash of apposition, right before the proposal. */
const DESCRIBING_BEFORE = /(?:(?:^|[^\p{L}])(?:une?|d['’][ \t]*une?)[ \t\n]+|[\p{L}\p{N}.)»"][ \t]*(?:,|[-–—])[ \t\n]*)$/u;
const ALL_LOWER = /^\p{Ll}[^\p{Lu}\p{N}]*$/u;

/** Whether `proposal` (read after a type word) only describes a kind of body (see the file's comment). */
export function namesIndefiniteKind(text: string, proposal: Candidate): boolean {
  if (proposal.rule !== 'fr.organisation.named' || !ALL_LOWER.test(proposal.value)) return false;
  return DESCRIBING_BEFORE.test(text.slice(Math.max(0, proposal.start - 16), proposal.start));
}
