/**
 * `ranked-kind`: `la plus grande coopérative du Kalvet`, `la 2e épicerie solidaire de Kervalo`, `le seul chantier
 * d'insertion du Kalvet`: a lower-case type word after a superlative or an ordinal (lexicon/ranking-words.ts) ranks a
 * body among others of its kind in a place; the phrase describes it and names none (the body, when the text names
 * it, has a name of its own elsewhere). Only a proposal read after its type word (`fr.organisation.named`) whose
 * value opens on that type word in lower case is read: a capitalised name after the kind (`la première coopérative
 * Kalimbo`) is the body's own.
 */
import { fold } from '../../core/pattern.js';
import type { Candidate } from '../../core/types.js';
import { RANKING_WORDS, SUPERLATIVE_ADJECTIVES } from '../lexicon/ranking-words.js';

const RANKING: ReadonlySet<string> = new Set(RANKING_WORDS);
const SUPERLATIVES: ReadonlySet<string> = new Set(SUPERLATIVE_ADJECTIVES);
const SUPERLATIVE_LEADS: ReadonlySet<string> = new Set(['plus', 'moins']);
/** The last word before the proposal and the word before it (maybe none), then blanks, after a word boundary. */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{N}])(?:(?<lead>\p{L}+)[ \t\n]+)?(?<word>[\p{L}\p{N}]+)[ \t\n]+$/u;

/** Whether a ranking word, or `plus`/`moins` and an adjective, ends `before`: looked up folded (`premiere`, `première`, `PREMIÈRE`). */
function endsRanked(before: string): boolean {
  const words = WORDS_BEFORE.exec(before)?.groups;
  const word = fold(words?.['word'] ?? '');
  if (RANKING.has(word)) return true;
  return SUPERLATIVES.has(word) && SUPERLATIVE_LEADS.has(fold(words?.['lead'] ?? ''));
}

/** A value opening on a lower-case word (the type word) and holding no capital before its `de`. */
const LOWER_KIND_OPENING = /^\p{Ll}/u;

/** Whether `proposal` is a ranked kind (see the file's comment): the type word in lower case after a superlative or ordinal. */
export function namesRankedKind(text: string, proposal: Candidate): boolean {
  if (proposal.rule !== 'fr.organisation.named' || !LOWER_KIND_OPENING.test(proposal.value)) return false;
  return endsRanked(text.slice(Math.max(0, proposal.start - 30), proposal.start));
}
