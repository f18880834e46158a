import { LEFT_BOUNDARY, alternation, endsWithWord } from '../core/pattern.js';
import { DATE_LINKS, FUTURE_CUES, FUTURE_ENDINGS, POSTPONED } from './lexicon/tense-cues.js';

/**
 * Whether the words just before a date speak of the past (`recruté en`, `inaugurée le`, `a eu
 * lieu le`) and not of the future (`sera organisé en`, `prévue fin`). Used to place a month or a
 * day with no year before the document date rather than after it.
 */
/**
 * A line of a PDF's text layer may end between the verb and the date (`qui s’est réunie⏎fin mars`),
 * and a typographic apostrophe is as common as a straight one.
 */
// The participle is tried from a word's start only (`(?<!\p{L})`: the same answer, as a participle read from inside a
// word is one from its start too): from every letter, `\p{L}{2,}` read each word again to its end (speed only).
const PAST_BEFORE = /(?:(?<!\p{L})\p{L}{2,}(?:é|ée|és|ées)|a[ \t\n]+eu[ \t\n]+lieu|ont[ \t\n]+eu[ \t\n]+lieu|s['’]est[ \t\n]+tenue?|se[ \t\n]+sont[ \t\n]+tenue?s)[ \t]*\n?[ \t]*$/u;
/**
 * Passé composé with `avoir` a few words back: `a ouvert ses portes en`, `ont rejoint le réseau en`.
 * `a` before an infinitive (`a régler avant le`) is `à` read without its accent, not the auxiliary.
 */
const AUXILIARY_BEFORE = /(?<![\p{L}'’])(?:a(?![ \t]+\p{Ll}+(?:er|ir|re|oir)[ \t])|ont|avons|avez)[ \t]+\p{Ll}{3,}(?:[ \t]+\p{Ll}+){0,3}[ \t]+$/u;
/**
 * The imperfect a few words back, maybe then a comma: `il y avait du monde, le`, `se tenait à Albi le`,
 * `c'était le`. A narrated past; the conditional (`serait`, `auraient`: an `r` before the ending) is not.
 */
const IMPERFECT_BEFORE = /(?<!\p{L})\p{Ll}{2,}(?<!r)(?<!parf|souh)(?:ait|aient)(?:[ \t\n]+[\p{L}'’-]+){0,4}[ \t\n]*,?[ \t\n]+$/u;
const FUTURE_BEFORE = endsWithWord(FUTURE_CUES, '[ \\t]+(?:\\p{L}+[ \\t]+)?');
/** Words between the verb and the date: `inauguré le`, `lancé dès le`, `recrutée fin`. */
const LINK = new RegExp(`(?:${LEFT_BOUNDARY}${alternation(DATE_LINKS)}[ \\t]*)+$`, 'iu');

/** `reportée au`, `repoussé à`, `prolongé jusqu'au`: the date is the one an event was moved to. */
const POSTPONED_BEFORE = endsWithWord(POSTPONED, "[ \\t]+(?:(?:au|à|a|jusqu['’]au|jusqu['’]à|le)[ \\t]+)?");

/**
 * The last word and the blanks after it, closing a text. Its leftmost match starts where the word does: tried from word
 * starts only (`(?<!\p{L})`), it cuts the same text without reading each word again from each of its letters.
 */
const LAST_WORD = /(?<!\p{L})\p{L}+[ \t]+$/u;

/**
 * `text` without `LAST_WORD`'s match. The pattern is tried on the text after the last blank before the closing blanks
 * only: the word it cuts holds no blank and opens after one (or at the start), so the same text is cut; an end-anchored
 * pattern is otherwise tried from each position (speed only).
 */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  if (end === text.length) return text;
  const from = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\t', end - 1), text.lastIndexOf('\n', end - 1)) + 1;
  return text.slice(0, from) + text.slice(from).replace(LAST_WORD, '');
}

/** Whether the text before `offset` ends in a past participle or a past-tense phrase. */
export function isPastBefore(text: string, offset: number): boolean {
  const raw = text.slice(Math.max(0, offset - 48), offset);
  if (POSTPONED_BEFORE.test(raw)) return false;
  const before = raw.replace(LINK, '');
  if (FUTURE_BEFORE.test(before) || FUTURE_BEFORE.test(withoutLastWord(before))) return false;
  return PAST_BEFORE.test(before) || AUXILIARY_BEFORE.test(before) || IMPERFECT_BEFORE.test(before);
}

/** A past participle (`finalisé`, `soumis`, `remise`, `ouvert`, `reçus`), as the passive voice puts it after its auxiliary. */
const PARTICIPLE = '\\p{Ll}{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)';
/** A past participle, then at most four words of its clause (no comma), closing the text: `transmis aux financeurs le`. */
const PARTICIPLE_NEAR = new RegExp(`(?<![\\p{L}])${PARTICIPLE}(?:[ \\t\\n]+[\\p{L}'’-]+){0,4}[ \\t\\n]+$`, 'u');

/** Whether a past participle stands a few words before `offset` in its clause (`rédigé et transmis aux financeurs le`). */
export function isParticipleBefore(text: string, offset: number): boolean {
  return PARTICIPLE_NEAR.test(text.slice(Math.max(0, offset - 64), offset));
}

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
/**
 * A capitalised word that ends like a simple future (a given name such as `Laura` or `Sandra`, a place such as
 * `Jura`) is a name, not a verb; the tense patterns read case-insensitively (so that `Sera` or `AURA LIEU` open a
 * future), so such words are blanked, at their length, before the patterns are tried. A future cue written with its
 * capital (`Sera`, `Aura`) stays: it is a verb wherever it stands.
 */
const CAPITALISED_FUTURE_LOOKALIKE = new RegExp(
  `(?<![\\p{L}])\\p{Lu}\\p{L}*?(?:${alternation(FUTURE_ENDINGS)}|${alternation(FUTURE_ENDINGS.map((ending) => ending.toUpperCase()))})(?![\\p{L}])`,
  'gu',
);
const CAPITALISED_CUES: ReadonlySet<string> = new Set(FUTURE_CUES);

/** `text` with the capitalised words that only look like a future blanked (same length: offsets are kept). */
function withoutFutureLookalikes(text: string): string {
  return text.replace(CAPITALISED_FUTURE_LOOKALIKE, (word) => (CAPITALISED_CUES.has(word.toLowerCase()) ? word : 'x'.repeat(word.length)));
}

/** Most text read before a date for its tense: a verb and five words. */
const FUTURE_REACH = 64;

/**
 * Whether the date at `offset` is said in the future tense (`l'assemblée aura lieu le 4 février`,
 * `le comité se réunira le`): a day or month with no year then lies after the document date.
 * A past phrase right before wins (`a eu lieu le`).
 */
export function isFutureBefore(text: string, offset: number): boolean {
  const before = withoutFutureLookalikes(text.slice(Math.max(0, offset - FUTURE_REACH), offset));
  return FUTURE_NEAR.test(before) && !isPastBefore(text, offset);
}

/** `past`, `future` or neither, for a date with no year at `offset`. */
export function tenseBefore(text: string, offset: number): 'past' | 'future' | undefined {
  if (isPastBefore(text, offset)) return 'past';
  return isFutureBefore(text, offset) ? 'future' : undefined;
}

/** A past participle after its auxiliary, active voice included (`réuni`, `accueilli`, `tenu`, `ouvert`, `atteint`). */
const ACTIVE_PARTICIPLE = '\\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|erts|ertes|eint|aint)';
/**
 * `a réuni`, `ont ouvert`, `s'est tenu`, `a déjà accueilli`: a compound past (an adverb may stand between);
 * not a plan's participle (`avons prévu`, `a programmé`), which looks ahead.
 */
const COMPOUND_PAST = `(?:a|ont|avons|avez|avait|avaient|s['’]est|s['’]était|se[ \\t]+sont)[ \\t]+(?:\\p{Ll}+ment[ \\t]+|déjà[ \\t]+)?(?!${alternation(FUTURE_CUES)}(?![\\p{L}]))${ACTIVE_PARTICIPLE}(?![\\p{L}])`;
/** `sera`, `aura lieu`, `se tiendra`, `accueillera`: a simple future. */
const SIMPLE_FUTURE = `(?:${alternation(FUTURE_CUES)}|ira|iront|\\p{Ll}+${alternation(FUTURE_ENDINGS)})(?![\\p{L}])`;
/** A date fronted in its sentence: only a cue word (`Le`, `En`, `Fin`, `Début`, `Au mois de`) between the sentence start and it. */
const SENTENCE_START_BEFORE = /(?:^|[.!?][ \t]+|\n[ \t]*)(?:(?:le|les|en|fin|début|dès|courant|mi-|au|du|au[ \t]+mois[ \t]+de|au[ \t]+mois[ \t]+d['’])[ \t]*)?$/iu;
/** After a fronted date and its comma: at most five words (the subject), then the verb. */
const CLAUSE_VERB_AFTER = new RegExp(
  `^[ \\t]*,[ \\t]*(?:[\\p{L}'’-]+[ \\t]+){0,5}?(?:(?<past>${COMPOUND_PAST})|(?<future>${SIMPLE_FUTURE}))`,
  'iu',
);
/** Most text read after a fronted date for its clause's verb. */
const CLAUSE_REACH = 80;

/**
 * `Le 16 décembre, le forum a réuni 100 personnes`, `En juin, la recyclerie ouvrira`: a date that
 * opens its sentence, then a comma and the clause it dates, whose verb (after at most five words of
 * subject) is a compound past or a simple future. `past`, `future` or neither.
 */
export function tenseOfFrontedDate(text: string, start: number, end: number): 'past' | 'future' | undefined {
  if (text.charAt(end) !== ',' && !/^[ \t]+,/u.test(text.slice(end, end + 3))) return undefined;
  if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  const verb = CLAUSE_VERB_AFTER.exec(withoutFutureLookalikes(text.slice(end, end + CLAUSE_REACH)))?.groups;
  if (verb === undefined) return undefined;
  return verb['past'] !== undefined ? 'past' : 'future';
}

/** A date closing its sentence after a comma and at most a cue word (`…, fin décembre.`). */
const CLOSING_AFTER_COMMA = /,[ \t]*(?:(?:le|en|fin|début|courant|mi-|au[ \t]+mois[ \t]+de)[ \t]*)?$/iu;
const SENTENCE_END_AFTER = /^[ \t]*(?:[.!?]|\n|$)/u;
/** Most text of its sentence read before a closing date. */
const SENTENCE_REACH = 120;
const PAST_IN_SENTENCE = new RegExp(`(?<![\\p{L}'’])${COMPOUND_PAST}`, 'iu');
const FUTURE_IN_SENTENCE = new RegExp(`(?<![\\p{L}'’])${SIMPLE_FUTURE}`, 'iu');

/**
 * `Le réseau a réussi son premier rendez-vous national, fin décembre.`: a date added after a comma at the end
 * of its sentence dates the sentence's verb; a compound past there (and no future) puts it in the past.
 */
export function tenseOfClosingDate(text: string, start: number, end: number): 'past' | undefined {
  if (!SENTENCE_END_AFTER.test(text.slice(end, end + 4))) return undefined;
  const window = withoutFutureLookalikes(text.slice(Math.max(0, start - SENTENCE_REACH), start));
  if (!CLOSING_AFTER_COMMA.test(window)) return undefined;
  const sentence = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('! '), window.lastIndexOf('? ')) + 1);
  return PAST_IN_SENTENCE.test(sentence) && !FUTURE_IN_SENTENCE.test(sentence) ? 'past' : undefined;
}

/**
 * `tenseBefore`, else the tense of the clause a fronted date opens (`tenseOfFrontedDate`), else that of
 * the sentence a date closes after a comma (`tenseOfClosingDate`).
 */
export function tenseAround(text: string, start: number, end: number): 'past' | 'future' | undefined {
  return tenseBefore(text, start) ?? tenseOfFrontedDate(text, start, end) ?? tenseOfClosingDate(text, start, end);
}

/**
 * An imperfect (`présentait`, `étaient`; not a conditional, `serait`) or `nous étions`/`nous avions`. Other first
 * persons plural in `-ions` are left out: `nous remercions` is the present of a verb in `-ier`, which nothing tells
 * from the imperfect of a verb in `-er` without a verb list.
 */
const IMPERFECT_IN_SENTENCE = /(?<![\p{L}'’])(?:\p{Ll}{2,}(?<!r)(?<!parf|souh)(?:ait|aient)|nous[ \t]+(?:étions|avions))(?![\p{L}])/u;
/** `a lieu`, `a plus`, `a tous`: an `a` before a word that is no participle (a present, not a compound past). */
const PRESENT_A = /(?<![\p{L}'’])a[ \t]+(?:lieu|plus|tous|toujours)(?![\p{L}])/giu;
/** Most text of its sentence read on either side of a date. */
const TOLD_REACH = 160;
/**
 * What ends a sentence or a masthead's part: a full stop, `!`, `?`, a colon, a bar, a spaced dash, a blank line. A
 * masthead's month and the editorial after its dash or colon are two statements (`Lettre – mars 2024 – Édito : …`).
 */
const PART_END = /[.!?:|]|[ \t][–—-][ \t]|\n[ \t]*\n/gu;
/** `PART_END` for `search`, which wants the first one (a global pattern's `lastIndex` is state it need not carry). */
const FIRST_PART_END = new RegExp(PART_END.source, 'u');

/** The text of the sentence (or masthead part) around `start`–`end`, line breaks as spaces. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - TOLD_REACH), start);
  const after = text.slice(end, end + TOLD_REACH);
  let opening = 0;
  for (const match of before.matchAll(PART_END)) opening = match.index + match[0].length;
  const closing = after.search(FIRST_PART_END);
  return `${before.slice(opening)} ${after.slice(0, closing === -1 ? after.length : closing)}`.replace(/\n/gu, ' ');
}

/**
 * Whether the sentence holding the date at `start`–`end` (cut at a sentence's or a masthead part's end; a line may
 * wrap inside it) tells a past: a compound past (`a ouvert`, `s'est tenue`) or an imperfect (`présentait`), and no
 * future. A date in it is an event the text recounts, not the day the text is written.
 */
export function isToldInPast(text: string, start: number, end: number): boolean {
  const sentence = withoutFutureLookalikes(sentenceAround(text, start, end)).replace(PRESENT_A, ' ');
  return (PAST_IN_SENTENCE.test(sentence) || IMPERFECT_IN_SENTENCE.test(sentence)) && !FUTURE_IN_SENTENCE.test(sentence);
}

/**
 * Whether the sentence holding the date at `start`–`end` has a past in it (a compound past or an imperfect), whatever
 * else it tells (`les ateliers programmés ont réuni…`): unlike `isToldInPast`, a future beside it does not cancel it.
 */
export function hasPastInSentence(text: string, start: number, end: number): boolean {
  const sentence = withoutFutureLookalikes(sentenceAround(text, start, end)).replace(PRESENT_A, ' ');
  return PAST_IN_SENTENCE.test(sentence) || IMPERFECT_IN_SENTENCE.test(sentence);
}
