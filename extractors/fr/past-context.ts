import { LEFT_BOUNDARY, alternation, endsWithWord } from '../core/pattern.js';
import { DATE_LINKS, FUTURE_CUES } from './lexicon/tense-cues.js';

/**
 * Whether the words just before a date speak of the past (`recruté en`, `inaugurée le`, `a eu
 * lieu le`) and not of the future (`sera organisé en`, `prévue fin`). Used to place a month or a
 * day with no year before the document date rather than after it.
 */
const PAST_BEFORE = /(?:\p{L}{2,}(?:é|ée|és|ées)|a eu lieu|ont eu lieu|s'est tenue?|se sont tenue?s)[ \t]+$/u;
/**
 * Passé composé with `avoir` a few words back: `a ouvert ses portes en`, `ont rejoint le réseau en`.
 * `a` before an infinitive (`a régler avant le`) is `à` read without its accent, not the auxiliary.
 */
const AUXILIARY_BEFORE = /(?<![\p{L}'’])(?:a(?![ \t]+\p{Ll}+(?:er|ir|re|oir)[ \t])|ont|avons|avez)[ \t]+\p{Ll}{3,}(?:[ \t]+\p{Ll}+){0,3}[ \t]+$/u;
const FUTURE_BEFORE = endsWithWord(FUTURE_CUES, '[ \\t]+(?:\\p{L}+[ \\t]+)?');
/** Words between the verb and the date: `inauguré le`, `lancé dès le`, `recrutée fin`. */
const LINK = new RegExp(`(?:${LEFT_BOUNDARY}${alternation(DATE_LINKS)}[ \\t]*)+$`, 'iu');

/** Whether the text before `offset` ends in a past participle or a past-tense phrase. */
export function isPastBefore(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 48), offset).replace(LINK, '');
  if (FUTURE_BEFORE.test(before) || FUTURE_BEFORE.test(before.replace(/\p{L}+[ \t]+$/u, ''))) return false;
  return PAST_BEFORE.test(before) || AUXILIARY_BEFORE.test(before);
}
