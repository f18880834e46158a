/**
 * A count in brackets right after the noun phrase it counts, with no noun of its own: `les
 * « cuisines nomades » (40 sur la région)`, `MEMBRES ACTIFS (18 au 1er mars)` → 40 cuisine,
 * 18 membre. The phrase is the quoted name before the bracket, or the one to three words after
 * the last determiner or clause mark; its head noun is read like an indicator label's
 * (`labelHeadNoun`: a plural, a counted noun or an acronym). Used by `fr.figure.count` for a bare
 * number before `sur`, `au`, `en`… (rule `fr.figure.count.parenthesised`), before the unit of a
 * figure earlier in the sentence is copied (`fr.figure.ellipsis`). A range (`(12 au 14 mars)`, `(3 à 5 par
 * mois)`) is left alone; `(32 au 1er janvier)`, a count at a date, is not one.
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

/** A greater number after `à`/`au` (`12 au 14 mars`, `3 à 5 par mois`): a range of days or counts, no count of the phrase. */
const RANGE_AFTER = /^[ \t]+(?:à|a|au)[ \t]+(?<upper>\d+)/u;

/** The noun the bracketed number (`start` to `end`, worth `value`) counts, or undefined. */
export function parenthesisedNoun(text: string, start: number, end: number, value: number): string | undefined {
  const upper = RANGE_AFTER.exec(text.slice(end, end + 16))?.groups?.['upper'];
  if (upper !== undefined && Number(upper) > value) return undefined;
  const before = text.slice(Math.max(0, start - REACH), start);
  const open = OPEN_BEFORE.exec(before);
  if (open === null) return undefined;
  const phrase = before.slice(0, open.index);
  const quoted = QUOTED_END.exec(phrase)?.groups?.['phrase'];
  if (quoted !== undefined) return labelHeadNoun(quoted);
  const words = PHRASE_END.exec(phrase)?.groups?.['phrase'];
  return words === undefined ? undefined : labelHeadNoun(words);
}
