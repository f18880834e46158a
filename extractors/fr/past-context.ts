import { LEFT_BOUNDARY, alternation, endsWithWord } from '../core/pattern.js';
import { DATE_LINKS, FUTURE_CUES, FUTURE_ENDINGS, POSTPONED } from './lexicon/tense-cues.js';

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

/** `reportée au`, `repoussé à`, `prolongé jusqu'au`: the date is the one an event was moved to. */
const POSTPONED_BEFORE = endsWithWord(POSTPONED, "[ \\t]+(?:(?:au|à|a|jusqu['’]au|jusqu['’]à|le)[ \\t]+)?");

/** Whether the text before `offset` ends in a past participle or a past-tense phrase. */
export function isPastBefore(text: string, offset: number): boolean {
  const raw = text.slice(Math.max(0, offset - 48), offset);
  if (POSTPONED_BEFORE.test(raw)) return false;
  const before = raw.replace(LINK, '');
  if (FUTURE_BEFORE.test(before) || FUTURE_BEFORE.test(before.replace(/\p{L}+[ \t]+$/u, ''))) return false;
  return PAST_BEFORE.test(before) || AUXILIARY_BEFORE.test(before);
}

/** A past participle (`finalisé`, `soumis`, `remise`, `ouvert`, `reçus`), as the passive voice puts it after its auxiliary. */
const PARTICIPLE = '\\p{Ll}{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)';
/**
 * A verb in the simple future (`aura`, `se tiendra`, `se réunira`, `accueillera`, `seront`) or a
 * future cue, then at most five words before the date (`aura lieu à Lille le`, `se tiendra le`).
 * Two participles joined by `et` share the auxiliary and belong to the verb (`sera relu et voté par
 * le conseil du`). Nouns that end like a future (`front`, `opéra`, `extra`) are kept out by the endings' letters.
 */
const FUTURE_NEAR = new RegExp(
  `${LEFT_BOUNDARY}(?:ira|\\p{Ll}+${alternation(FUTURE_ENDINGS)}|${alternation(FUTURE_CUES)})(?:[ \\t\\n]+${PARTICIPLE}[ \\t\\n]+et[ \\t\\n]+${PARTICIPLE})?(?:[ \\t\\n]+[\\p{L}'’-]+){0,5}[ \\t\\n]+$`,
  'iu',
);
/** Most text read before a date for its tense: a verb and five words. */
const FUTURE_REACH = 64;

/**
 * Whether the date at `offset` is said in the future tense (`l'assemblée aura lieu le 4 février`,
 * `le comité se réunira le`): a day or month with no year then lies after the document date.
 * A past phrase right before wins (`a eu lieu le`).
 */
export function isFutureBefore(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - FUTURE_REACH), offset);
  return FUTURE_NEAR.test(before) && !isPastBefore(text, offset);
}

/** `past`, `future` or neither, for a date with no year at `offset`. */
export function tenseBefore(text: string, offset: number): 'past' | 'future' | undefined {
  if (isPastBefore(text, offset)) return 'past';
  return isFutureBefore(text, offset) ? 'future' : undefined;
}
