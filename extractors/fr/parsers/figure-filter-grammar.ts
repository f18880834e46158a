/**
 * Filters of `fr.figure.filter` that read the words around the number: a time of day
 * (`à 14 heures`), a past participle standing for an elided noun (`11 labellisées`), a ratio
 * (`2 fois plus`), a quiz answer (`Réponse : 3`), a singular word after two or more (`trois font`),
 * the word `à` read by OCR as `2` or `3` (`appel 2 projets`, `merci 3 tous`), a number inside an
 * idiom (`aux quatre coins du monde`, lexicon/idioms.ts).
 */
import { anyCaseAlternation, endsWithWord } from '../../core/pattern.js';
import { allMatches } from '../../core/word-scan.js';
import {
  AFTER_GRAVE_A, BEFORE_GRAVE_A, COUNTED_NOUNS, DISCOURSE_NOUNS, ELLIPTIC_PARTICIPLES, PARTICIPLE_SHAPED_PEOPLE, SOCIAL_COUNTER_WORDS, UNIT_ABBREVIATIONS,
} from '../lexicon/units.js';
import { isNounInE } from '../units.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { NUMBER_PARTS } from '../lexicon/number-words.js';
import { NUMBER_IDIOMS } from '../lexicon/idioms.js';
import { TIME_SPAN_NOUNS } from '../lexicon/time-spans.js';
import { GOVERNED_ARTICLES } from '../lexicon/function-words.js';
import { isCountedKindAcronym } from '../lexicon/organisation-acronyms.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';

/** Words before a number of hours that make it a time of day (`à 14 heures`). */
const TIME_BEFORE = endsWithWord(['à', 'vers', 'dès', 'avant', 'après', "jusqu'à"], '\\s*');
/** `Réponse : 3`, `Bonne réponse B : 12 %`, `Solution : 4`; `A) 12 %` opening a choice. */
const QUIZ_BEFORE = /(?:(?:^|[^\p{L}])(?:r[ée]ponses?|solution)(?:[ \t]+(?:bonne|correcte|juste|[A-Da-d]))?[ \t]*[:=][ \t]*|(?:^|\n)[ \t]*[A-Da-d][).][ \t]*)$/iu;

/**
 * After a number of hours, `à`, `et` or a dash and a later hour (`de 18 heures à 21 heures`, `entre 9 heures et midi`): the
 * opening of a span of the clock; a length is written `de 17 à 20 heures`.
 */
const CLOCK_RANGE_AFTER = /^[ \t\n]+(?:à|a|et|-|–)[ \t\n]+(?:(?<later>\d{1,2})[ \t]*(?:h|heures?)|midi|minuit)(?![\p{L}])(?<rest>[^\n]{0,20})/iu;
/**
 * After the later hour, a rate (`par semaine`, `hebdomadaires`, `de travail`): the span is a length of work that changed or
 * ranges (`des contrats de 20 heures à 26 heures par semaine`, `passé de 12 heures à 20 heures par semaine`), no time of day.
 */
const LENGTH_RATE_AFTER = /^[ \t]*(?:par[ \t]+(?:semaine|jour|mois|an|année|personne|salarié|bénévole)|hebdo|mensuel|annuel|de[ \t]+(?:travail|formation|bénévolat|cours))/iu;

/** Whether a later hour of the clock follows `p` (`de 18 heures à 21 heures`), not a later length (`à 26 heures par semaine`). */
function laterClockHour(p: FigureProposal): boolean {
  const found = CLOCK_RANGE_AFTER.exec(p.text.slice(p.unitEnd, p.unitEnd + 40));
  if (found === null) return false;
  const later = found.groups?.['later'];
  return (later === undefined || Number(later) <= 24) && !LENGTH_RATE_AFTER.test(found.groups?.['rest'] ?? '');
}
/** `8 h 15`, `17 h 45`: an hour of the clock, spaced (maybe wrapped), right before the number, which is its minutes. */
const HOUR_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[01]?\d|2[0-3])[ \t]*[hH](?:[ \t]+|[ \t]*\n[ \t]*)$/u;

/** Whether `p` is a number of hours (under 24) that a clock's words or a later hour place as a time of day. */
function isClockHour(p: FigureProposal): boolean {
  if (p.kind !== 'noun' || p.singular !== 'heure' || p.value >= 24 || !Number.isInteger(p.value)) return false;
  return TIME_BEFORE.test(p.before) || laterClockHour(p);
}

/** A number read with an hour's symbol or word as its measure (`7400h`, `440 h`). */
const isHourSymbol = (p: FigureProposal): boolean => p.kind === 'measure' && p.measure?.unit === 'heure';

/**
 * An hour's symbol after 24 or less (`à 14h`, `9 h`, `24h/24`): a time of day as often as a length, which the
 * gold leaves out or makes optional; past 24 (`7400h`, `440 h`) it can only be a length.
 */
const isClockSymbol = (p: FigureProposal): boolean => isHourSymbol(p) && p.value <= 24;

/** After `N h`, a count and `f` (`32 h / 27 f`, `12 h et 9 f`): the men and women of a staff's split, no hours. */
const WOMEN_AFTER = /^[ \t]*(?:[/,;–-]|et)[ \t]*\d[\d \u00a0]*[ \t]*[fF](?![\p{L}\p{N}])/u;
const isMenCount = (p: FigureProposal): boolean => isHourSymbol(p) && WOMEN_AFTER.test(p.text.slice(p.end, p.end + 24));

export const timeFilter: FigureFilter = {
  id: 'fr.figure.filter.time',
  reason: 'a time of day (`à 14 heures`, `vers 9 heures`, `de 18 heures à 21 heures`, `à 14h`), the men of a staff split (`32 h / 27 f`) or its minutes (`de 8 h 15 à 9 h`)',
  rejects: (p) => isClockHour(p) || isClockSymbol(p) || isMenCount(p) || (p.digits !== undefined && /^[0-5]\d$/u.test(p.digits) && HOUR_BEFORE.test(p.before)),
};

/** True for a past participle: `-é(e)(s)` and not a known noun (`labellisées`), or a listed one (`prévues`). */
export function isParticiple(p: FigureProposal): boolean {
  // `40 jeunes accompagnés`: the adjective before it is the noun the participle qualifies.
  if (p.kind !== 'noun' || p.headAdjective !== undefined) return false;
  if (ELLIPTIC_PARTICIPLES.has(p.singular)) return true;
  // A noun of people in a participle's shape (`26 licenciés`, lexicon PARTICIPLE_SHAPED_PEOPLE) is the noun counted.
  return /(?:é|ée)$/u.test(p.singular) && !COUNTED_NOUNS.has(p.singular) && !isNounInE(p.singular) && !PARTICIPLE_SHAPED_PEOPLE.has(p.singular);
}

export const participleFilter: FigureFilter = {
  id: 'fr.figure.filter.participle',
  reason: 'a past participle qualifies an elided noun (`11 labellisées dans…`); after `contre`/`dont` it is an ellipsis',
  rejects: (p) => isParticiple(p) && !/(?:^|[^\p{L}])(?:contre|dont|soit|sur)[ \t]+$/iu.test(p.before),
};

export const discourseNounFilter: FigureFilter = {
  id: 'fr.figure.filter.discourse-noun',
  reason: 'a number of the parts of an idea or of the text (`trois objectifs`, `deux exemples`), no indicator',
  rejects: (p) => p.kind === 'noun' && DISCOURSE_NOUNS.has(p.singular),
};

/** `l'une des deux`, `un des trois`: the number picks one of a few, it counts nothing. */
const ONE_OF_BEFORE = /(?:^|[^\p{L}])(?:l['’])?une?[ \t\n]+des[ \t\n]+$/iu;

export const oneOfFilter: FigureFilter = {
  id: 'fr.figure.filter.one-of',
  reason: 'a number in words after `l\'un des` picks one of a few (`l\'une des deux principales villes`), no indicator',
  rejects: (p) => p.words !== undefined && ONE_OF_BEFORE.test(p.before),
};

/**
 * `ces deux`, and `Les deux` opening a sentence after another: the number in words points back to things the
 * text already named (`ces deux réseaux`, `Les trois fondatrices, …`); a count the page reports
 * is written before them, not recalled this way.
 */
const ANAPHORIC_BEFORE = /(?:(?:^|[^\p{L}])[Cc]es|[.!?…][ \t\n]+Les)[ \t\n]+$/u;
/**
 * A definite article inside a phrase governed by a preposition before a number in words (`la fusion des
 * deux caves`, `parmi les deux lauréats`, `sur les trois derniers forums : …`; two to six): it points at a set the
 * text names around it, it reports no count. A subject or an object, `les quatre commissions se sont
 * réunies`, still counts (the indicator tables read it). A span of time (`dans les trois prochaines
 * années`) is left to `fr.figure.filter.time-span`: a period ahead or behind is read as the period it is.
 */
const DEFINITE_BEFORE = endsWithWord(GOVERNED_ARTICLES, '[ \\t\\n]+');
/** A few things are recalled this way; a larger number after the article is a set the text counts (`des trente bénévoles`). */
const DEFINITE_RECALL_MAX = 6;
const OPENS_WITH_CAPITAL = /^[^\p{L}]*\p{Lu}/u;

/** `des deux caves`, lower case (`Des deux salariés recrutés, un…` opens a sentence on a share); no span of time. */
function isGovernedRecall(p: FigureProposal): boolean {
  const article = DEFINITE_BEFORE.exec(p.before)?.[0];
  return article !== undefined && !OPENS_WITH_CAPITAL.test(article.trimStart()) && !TIME_SPAN_NOUNS.has(p.singular);
}

export const anaphoricFilter: FigureFilter = {
  id: 'fr.figure.filter.anaphoric',
  reason: 'a number in words after `ces`, a sentence-opening `Les` or an article a preposition governs (`des`, `sur les`) recalls things already named (`ces deux réseaux`), no indicator',
  rejects: (p) =>
    p.words !== undefined &&
    !p.approximate &&
    (ANAPHORIC_BEFORE.test(p.before) || (p.value <= DEFINITE_RECALL_MAX && isGovernedRecall(p))),
};

/** The fraction words of French (`deux tiers`, `trois quarts`): a share, not a number of things. */
const FRACTION_WORDS: ReadonlySet<string> = new Set(['tiers', 'quart', 'quarts']);

export const fractionFilter: FigureFilter = {
  id: 'fr.figure.filter.fraction',
  reason: 'a fraction, not a count (`les deux tiers des membres`, `trois quarts du budget`); `deux tiers-lieux` counts places',
  rejects: (p) => p.kind === 'noun' && FRACTION_WORDS.has(p.unitLower),
};

/** `8 salariés sur`, `1 sur`: a number, at most two words, then `sur` right before the number. */
const SHARE_OF_BEFORE = /\d(?:[ \t]+[\p{L}'’-]+){0,2}[ \t]+sur[ \t]+$/u;

/**
 * `8 salariés sur 10 sont satisfaits`, `1 habitant sur 3`: the number after `sur` is the whole a
 * proportion is taken from, not a count; it names no noun of its own, and the ellipsis would
 * otherwise lend it the noun of the share before.
 */
export const proportionBaseFilter: FigureFilter = {
  id: 'fr.figure.filter.proportion-base',
  reason: 'the base of a proportion (`8 salariés sur 10`, `1 sur 3`)',
  rejects: (p) => p.kind === 'bare' && p.digits !== undefined && SHARE_OF_BEFORE.test(p.text.slice(Math.max(0, p.start - 48), p.start)),
};

/**
 * Whether the last character before `start` that is no space or tab is one `QUIZ_BEFORE` ends
 * with (`:`, `=`, `)`, `.`): a cheap test first, as most numbers have a word before them.
 */
function quizMarkBefore(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index -= 1;
  const char = text.charAt(index);
  return char === ':' || char === '=' || char === ')' || char === '.';
}

export const quizFilter: FigureFilter = {
  id: 'fr.figure.filter.quiz',
  reason: 'the answer of a quiz or a multiple-choice option (`Réponse : 3`, `B) 25 %`)',
  rejects: (p) => quizMarkBefore(p.text, p.start) && QUIZ_BEFORE.test(p.text.slice(Math.max(0, p.start - 40), p.start)),
};

/** Two capitals opening a word (an acronym). */
const OPENS_CAPITALS = /^\p{Lu}{2,}/u;
/** A capital after a lower-case letter (`kWh`). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/**
 * Two or more take a plural noun: a singular word after them (`trois font`, `4 mil` cut at a page
 * end) is a verb or a broken word, not what is counted. Known units (`km`, `ETP`, `repas`),
 * acronyms and abbreviations (`min`, `kWh`, `hab`: no vowel, an inner capital, or a listed one)
 * take no plural mark and are exempt; words of one or two letters are symbols.
 */
function unmarkedForNumber(word: string): boolean {
  return OPENS_CAPITALS.test(word) || INNER_CAPITAL.test(word) || !/[aeiouyàâéèêëîïôûù]/iu.test(word) || UNIT_ABBREVIATIONS.has(word.toLowerCase()) || isCountedKindAcronym(word);
}

/**
 * The feminine and plural ending of inclusive writing after the word (`élu·es`, `animateur·rice·s`,
 * `coordinateur.rice.s`, `salarié(e)s`): the word read up to the mark is plural all the same.
 */
const INCLUSIVE_ENDING = /^(?:[·‧•.-](?:e|è?re|r?ice|euse|ne|le|se|te)s?(?:[·‧•.-]s)?|\((?:e|è?re|r?ice|euse|ne|le|se|te)s?\)s?)(?![\p{L}])/u;

export const agreementFilter: FigureFilter = {
  id: 'fr.figure.filter.agreement',
  reason: 'a singular word after two or more is not what they count (`trois font`)',
  rejects: (p) =>
    p.kind === 'noun' && p.value >= 2 && p.unitWord !== undefined && p.unitWord.length >= 3 && !unmarkedForNumber(p.unitWord) &&
    p.singular === p.unitLower && !/[sx]$/u.test(p.unitLower) && !COUNTED_NOUNS.has(p.singular) && !isParticiple(p) &&
    !INCLUSIVE_ENDING.test(p.text.slice(p.unitEnd, p.unitEnd + 12)),
};

/**
 * `N fois`, a number of times, counts no thing, person or amount a structure has or did: a ratio (`2 fois
 * plus`, `trois fois moins`), a page's view counter (`vu 312 fois`, `téléchargé 1 200 fois`), a frequency
 * (`deux fois par mois`) or a repeat (`réuni 11 fois`, `payer trois fois la même étude`). A meeting held is
 * counted by its noun (`11 réunions`); the reference gold never requires a number of times.
 */
export const timesFilter: FigureFilter = {
  id: 'fr.figure.filter.times',
  reason: 'a number of times: a ratio, a view counter, a frequency or a repeat (`2 fois plus`, `vu 312 fois`, `deux fois par mois`, `réuni 11 fois`)',
  rejects: (p) => p.kind === 'noun' && p.singular === 'fois',
};

/** `J’aime` with a curly apostrophe: the unit word stops at `J`. */
const CURLY_LIKE = /^[’']aime(?![\p{L}])/iu;

/** The counted word as a counter names it: `j'aime` whatever its apostrophe. */
function counterWord(p: FigureProposal): string {
  return p.unitLower === 'j' && CURLY_LIKE.test(p.text.slice(p.unitEnd, p.unitEnd + 6)) ? "j'aime" : p.unitLower.replace(/’/gu, "'");
}

/**
 * Outside a sentence: no lower-case word right before the number on its line (`12 Partages`,
 * `Partager · 4 commentaires`), where a sentence has its verb (`a suscité 45 commentaires`).
 */
const IN_SENTENCE = /(?:^|[^\p{L}'’])\p{Ll}[\p{L}'’-]*[ \t]+$/u;

/**
 * The share and reaction buttons of a web page (`0 Shares`, `12 Partages 4 commentaires`): a
 * counter of the page, not of the structure. An English word (`Shares`, `Likes`) is always one;
 * a French one only when no lower-case word comes before the number on its line.
 */
export const socialCounterFilter: FigureFilter = {
  id: 'fr.figure.filter.social-counter',
  reason: 'the share or reaction counter of a web page (`0 Shares`, `12 Partages`, `3 J\'aime`)',
  rejects: (p) => {
    if (p.kind !== 'noun' && p.kind !== 'bare') return false;
    const word = counterWord(p);
    if (SOCIAL_COUNTER_WORDS.english.has(word)) return true;
    return SOCIAL_COUNTER_WORDS.french.has(word) && !IN_SENTENCE.test(p.before);
  },
};

/** A preposition right before the number (`autour de 1 économie`, `à 1 institut`), across a line break too. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:de|à|par|sur|dans|pour|vers|chez|sous|entre|selon)[ \t\n]+$/iu;
/** `de 1 emploi à 3`: a change or a range, whose `1` is a count. */
const RANGE_AFTER = /^[ \t\n]+(?:à|a|au)[ \t\n]+\d/u;

/**
 * OCR reads the elided article `l` as the digit `1` once its apostrophe is lost (`autour de
 * l économie` → `de 1 économie`): after a preposition, a `1` before a lower-case noun opening
 * with a vowel or `h` is that article. A count of one there is written `d'un`, `à un`.
 */
export const elidedArticleFilter: FigureFilter = {
  id: 'fr.figure.filter.elided-article',
  reason: 'the article `l` read as `1` by OCR before a vowel (`de 1 économie`, `à 1 institut`)',
  rejects: (p) =>
    p.digits === '1' && p.kind === 'noun' && /^[aàâeéèêiîoôuûyh]/u.test(p.unitWord ?? '') && PREPOSITION_BEFORE.test(p.before) &&
    !RANGE_AFTER.test(p.text.slice(p.unitEnd, p.unitEnd + 8)),
};


/** A word that takes `à` right before the lone digit (`appel 2 projets`), read case aside. */
const GRAVE_BEFORE = endsWithWord(BEFORE_GRAVE_A, '[ \\t\\n]+');

/**
 * OCR reads the word `à` as `3` or `2` now and then (never beside a number): a lone `2` or `3`
 * between words is `à` when the word before takes `à` (`appel 2 projets`, `grâce 3 eux`) or the
 * word after follows only `à` (`merci 3 tous`, `2 travers le pays`), is a town (`forum 2 Nantes`:
 * no count comes right before a place's name) or a number in words (`attribués 3 trois prix`).
 */
/** The word after the digit is a capitalised place name (`2 Nantes`, `3 Saint-Omer`). */
const placeAfter = (p: FigureProposal): boolean => p.unitWord !== undefined && /^\p{Lu}\p{Ll}/u.test(p.unitWord) && isPlaceName(p.unitWord);
/**
 * The word after the digit is a number in words from two to ninety-nine (`attribués 3 trois
 * associations`, `répondre 2 deux enjeux`): no count is followed by another one. `2 mille`, `3
 * cents` (thousands and hundreds written out) are not taken.
 */
const numberWordAfter = (p: FigureProposal): boolean => {
  const first = NUMBER_PARTS[p.unitLower.split('-')[0] ?? ''];
  return first !== undefined && first >= 2 && first < 100;
};

/** `des` then a lower-case word after the number: `à des personnes` with its `à` read as a digit. */
const DES_NOUN_AFTER = /^[ \t\n]+des[ \t\n]+\p{Ll}/u;
/** Words after which a number before `des` picks a share of a group (`dont 3 des structures`): a count. */
const SHARE_BEFORE = endsWithWord(['dont', 'soit', 'parmi', 'seul', 'seule', 'seuls', 'seules', 'seulement', 'et'], '[ \\t\\n]+');

/**
 * `permettant 3 des personnes`, `opérationnel 2 des actions`: a lone `2` or `3` between a
 * lower-case word and `des` then a noun is `à des` (`à` read as a digit, as `appel 2 projets`). A
 * share of a group before `des` is read after `dont`, `soit`, `parmi` (`dont 3 des lauréats`), and
 * a share written in digits names the whole (`3 des 12 projets`), which no noun opens.
 */
/** A letter (a lower-case one) and blanks closing a text; compiled once (core/word-shape.ts says why). */
const LETTER_THEN_BLANKS = /\p{L}[ \t\n]+$/u;
const LOWER_THEN_BLANKS = /\p{Ll}[ \t\n]+$/u;
const graveBeforeDes = (p: FigureProposal): boolean =>
  p.kind === 'bare' && LOWER_THEN_BLANKS.test(p.before) && DES_NOUN_AFTER.test(p.text.slice(p.numberEnd, p.numberEnd + 12)) && !SHARE_BEFORE.test(p.before.toLowerCase());

export const graveDigitFilter: FigureFilter = {
  id: 'fr.figure.filter.grave-digit',
  reason: 'the word `à` read as `2` or `3` by OCR (`appel 2 projets`, `et 3 tous`, `permettant 3 des personnes`)',
  rejects: (p) =>
    (p.digits === '2' || p.digits === '3') &&
    ((p.kind === 'noun' && LETTER_THEN_BLANKS.test(p.before) &&
      (AFTER_GRAVE_A.has(p.unitLower) || GRAVE_BEFORE.test(p.before.toLowerCase()) || placeAfter(p) || numberWordAfter(p))) ||
      graveBeforeDes(p)),
};

/** The idioms, any case, any run of blanks or a line break for a space (a wrapped line), either apostrophe. */
const IDIOM = new RegExp(
  `(?<![\\p{L}\\p{N}])${anyCaseAlternation(NUMBER_IDIOMS).replace(/'/gu, "['’]").replaceAll('[ \\t]+', '[ \\t\\n]+')}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Most text either side of a number that an idiom holding it may take. */
const IDIOM_REACH = 40;

/** Every idiom, one a line: a number inside an idiom is a piece of this text, once read as `IDIOM` reads it. */
const IDIOM_TEXT = NUMBER_IDIOMS.join('\n');

/**
 * Whether `IDIOM` could hold `number` (a proposal's sign and number): its text, lower case, with
 * either apostrophe as `'` and a run of blanks as one space, is a piece of some idiom. An exact
 * test (`IDIOM` matches only those spellings, see idioms.test.ts) that drops most numbers at
 * once, before `IDIOM` is run over the window around them.
 */
export function mayBeInIdiom(number: string): boolean {
  return IDIOM_TEXT.includes(number.toLowerCase().replaceAll('’', "'").replace(/[ \t\n]+/gu, ' '));
}

/** Whether the number of `p` stands inside an idiom (`à deux pas`, `d'une pierre deux coups`). */
function insideIdiom(p: FigureProposal): boolean {
  if (!mayBeInIdiom(p.text.slice(p.start, p.numberEnd))) return false;
  const from = Math.max(0, p.start - IDIOM_REACH);
  const window = p.text.slice(from, p.numberEnd + IDIOM_REACH);
  // `allMatches`, not `matchAll`: `matchAll` copies the pattern at each call, and a fresh copy of
  // one this large costs over ten times the scan of the window.
  for (const match of allMatches(IDIOM, window)) {
    if (from + match.index <= p.start && from + match.index + match[0].length >= p.numberEnd) return true;
  }
  return false;
}

export const idiomFilter: FigureFilter = {
  id: 'fr.figure.filter.idiom',
  reason: 'a number inside an idiom counts nothing (`aux quatre coins du monde`, `d\'une pierre deux coups`)',
  rejects: (p) => p.kind !== 'measure' && insideIdiom(p),
};
