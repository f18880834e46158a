/**
 * `ranked-kind`: `la plus grande coopérative du Kalvet`, `la 2e épicerie solidaire de Kervalo`, `le seul chantier
 * d'insertion du Kalvet`: a lower-case type word after a superlative or an ordinal (lexicon/ranking-words.ts) ranks a
 * body among others of its kind in a place; the phrase describes it and names none (the body, when the text names
 * it, has a name of its own elsewhere). Only a proposal read after its type word (`fr.organisation.named`) whose
 * value opens on that type word in lower case is read: a capitalised name after the kind (`la première coopérative
 * Kalimbo`) is the body's own.
 */
import type { Candidate } from '../../core/types.js';
import { RANKING_WORDS, SUPERLATIVE_ADJECTIVES } from '../lexicon/ranking-words.js';

/** The words as one alternation, longest first, the accents their folded forms drop put back as classes (`premi[eéèê]re`). */
const accented = (words: readonly string[]): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/e/gu, '[eéèê]')).join('|')})`;

/** A ranking word or `plus`/`moins` + an adjective, then the blanks before the proposal, after an article or a word boundary. */
const RANKED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${accented(RANKING_WORDS)}|(?:plus|moins)[ \\t\\n]+${accented(SUPERLATIVE_ADJECTIVES)})[ \\t\\n]+$`,
  'iu',
);

/** A value opening on a lower-case word (the type word) and holding no capital before its `de`. */
const LOWER_KIND_OPENING = /^\p{Ll}/u;

/** Whether `proposal` is a ranked kind (see the file's comment): the type word in lower case after a superlative or ordinal. */
export function namesRankedKind(text: string, proposal: Candidate): boolean {
  if (proposal.rule !== 'fr.organisation.named' || !LOWER_KIND_OPENING.test(proposal.value)) return false;
  return RANKED_BEFORE.test(text.slice(Math.max(0, proposal.start - 30), proposal.start));
}
