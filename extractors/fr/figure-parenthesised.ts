/**
 * A count in brackets right after the noun phrase it counts, with no noun of its own: `les
 * « cuisines nomades » (40 sur la région)`, `MEMBRES ACTIFS (18 au 1er mars)` → 40 cuisine,
 * 18 membre. The phrase is the quoted name before the bracket, or the one to three words after
 * the last determiner or clause mark; its head noun is read like an indicator label's
 * (`labelHeadNoun`: a plural, a counted noun or an acronym). Used by `fr.figure.count` for a bare
 * number before `sur`, `au`, `en`… (rule `fr.figure.count.parenthesised`), before the unit of a
 * figure earlier in the sentence is copied (`fr.figure.ellipsis`).
 */
import { labelHeadNoun } from './figure-label.js';

/** Most text read back from the bracket to the phrase's start. */
const REACH = 80;
/** The bracket opening right before the number. */
const OPEN_BEFORE = /\([ \t]*$/u;
/** A quoted phrase ending right before the bracket. */
const QUOTED_END = /«[ \t\n\u00a0]*(?<phrase>[^«»]{2,60}?)[ \t\n\u00a0]*»[ \t\n]*$/u;
/** The words after the last clause mark or determiner: up to three, letters only. */
const PHRASE_END = /(?:^|[.;:,•\n)]|(?<![\p{L}])(?:les|des|nos|ses|leurs|ces|vos|nombreux|nombreuses)[ \t]+)[ \t]*(?<phrase>\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t\n]*$/iu;

/** The noun the bracketed number at `start` counts, or undefined. */
export function parenthesisedNoun(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - REACH), start);
  const open = OPEN_BEFORE.exec(before);
  if (open === null) return undefined;
  const phrase = before.slice(0, open.index);
  const quoted = QUOTED_END.exec(phrase)?.groups?.['phrase'];
  if (quoted !== undefined) return labelHeadNoun(quoted);
  const words = PHRASE_END.exec(phrase)?.groups?.['phrase'];
  return words === undefined ? undefined : labelHeadNoun(words);
}
