/**
 * Figures: a number (digits with French thousands separators and a decimal comma, or a number
 * word) and what it counts (`26 réunions`, `19,7 ETP`, `92 %`, `> 56 tonnes`, `quatre groupes de
 * travail`, `3,4 millions d'euros`). figure-proposal.ts reads each number and what follows it; the
 * named filters of `fr.figure.filter` (figure-filter.ts) reject years, dates, times, phones,
 * postcodes, codes, list markers, numbers inside names, ratios and quiz answers; this file turns
 * what is left into a candidate. A bare number keeps `unit` undefined for `fr.figure.ellipsis`.
 */
import { alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { COMPOUND_UNITS, COUNTED_NOUNS, DONATED_THINGS, ELLIPSIS_VERBS, HEADED_COMPOUNDS, MULTIPLIED_MONEY_NOUNS, MULTIPLIER_WORDS, PARTICIPLE_SHAPED_PEOPLE, PRE_NOUN_ADJECTIVES, UNIT_ALIASES } from '../lexicon/units.js';
import { ELLIPSIS_WORDS, NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { lineEndOf, lineStartOf } from '../patterns.js';
import { formatNumber, singularUnit } from '../units.js';
import { isParticiple } from './figure-filter-grammar.js';
import { rejectingFilter } from './figure-filter.js';
import { FIGURE_PATTERN, readProposal } from './figure-proposal.js';
import { changedNoun } from '../figure-change.js';
import { parenthesisedNoun } from '../figure-parenthesised.js';
import { splitDecimal } from '../figure-split-decimal.js';
import type { FigureProposal } from './figure-proposal.js';

const RULE = 'fr.figure.count';
const ELLIPSIS_RULE = `${RULE}.ellipsis`;
const CHANGE_RULE = `${RULE}.change`;
const PARENTHESISED_RULE = `${RULE}.parenthesised`;
const SPLIT_DECIMAL_RULE = `${RULE}.split-decimal`;

/** One compound unit, read after its first word: the rest (`de travail`), its plural, its pattern over line breaks. */
interface CompoundTail {
  readonly compound: string;
  readonly tail: string;
  readonly plural: string;
  readonly raw: RegExp;
}

/**
 * The compound units by their first word (`groupe` → `groupe de travail`, …), in lexicon order;
 * a noun that starts none is its own unit, unread further. Built once: this runs for every noun.
 */
const COMPOUNDS_BY_HEAD: ReadonlyMap<string, readonly CompoundTail[]> = (() => {
  const byHead = new Map<string, CompoundTail[]>();
  for (const compound of COMPOUND_UNITS) {
    const head = compound.slice(0, compound.indexOf(' '));
    const tail = compound.slice(head.length);
    const entry = { compound, tail, plural: tail.replace(/(\p{L})$/u, '$1s'), raw: new RegExp(`^${tail.replace(/ /g, '[ \\t\\n]+')}`, 'u') };
    byHead.set(head, [...(byHead.get(head) ?? []), entry]);
  }
  return byHead;
})();

/** A multi-word unit starting with the counted noun (`groupe de travail`, `demandeur d'emploi`). */
function compoundAfter(text: string, unitEnd: number, singular: string): { unit: string; end: number } {
  const compounds = COMPOUNDS_BY_HEAD.get(singular);
  if (compounds === undefined) return { unit: singular, end: unitEnd };
  const following = text.slice(unitEnd, unitEnd + 40).toLowerCase();
  const normalisedTail = following.replace(/[ \t\n]+/g, ' ');
  for (const { compound, tail, plural: tailPlural, raw: tailPattern } of compounds) {
    if (normalisedTail.startsWith(tail) || normalisedTail.startsWith(tailPlural)) {
      const plural = normalisedTail.startsWith(`${tail}s`) ? 1 : 0;
      const raw = following.match(tailPattern);
      return { unit: compound, end: unitEnd + (raw?.[0].length ?? tail.length) + plural };
    }
  }
  return { unit: singular, end: unitEnd };
}

function figure(start: number, end: number, value: number, unit: string | undefined, confidence: number, rule = RULE): Candidate {
  return { type: 'figure', start, end, value: formatNumber(value), unit, confidence, rule, inferred: [] };
}

/**
 * A number opening a sentence that the next clause names (`87, c'est le nombre de recycleries…`,
 * `42 : voilà le nombre d'adhérents`): the noun after `nombre de` is what it counts.
 */
const NUMBER_HOOK = /^[ \t]*[,:][ \t\n]*(?:c['’]est|voilà|voici|tel est)[ \t\n]+le[ \t\n]+nombre[ \t\n]+(?:de[ \t\n]+|d['’])(?:[ \t\n]*)(?<unit>\p{L}[\p{L}'’-]*\p{L})/iu;

/**
 * `23 de ces pôles`, `12 de nos salariés`, `5 des structures`: a share of a group counts the
 * group's noun. Not after `un` (`l'un des deux`): only two or more.
 */
const PARTITIVE = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:de[ \t\n]+(?:ces|nos|leurs|vos|ses)|des)[ \t\n]+(?<noun>\p{L}[\p{L}'-]*\p{L})/u;

function partitiveNoun(text: string, end: number): { unit: string; end: number } | undefined {
  const found = PARTITIVE.exec(text.slice(end, end + 48));
  const noun = found?.groups?.['noun'];
  if (found === null || noun === undefined || NON_UNIT_WORDS.has(noun.toLowerCase()) || PRE_NOUN_ADJECTIVES.has(noun.toLowerCase())) return undefined;
  const singular = singularUnit(noun);
  return { unit: UNIT_ALIASES[singular] ?? singular, end: end + found[0].length };
}

/** `dont 130 se sont révélés`, `dont 12 s'étaient retirés`: the number is a reflexive verb's subject. */
const REFLEXIVE_VERB = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:s['’]\p{L}|se[ \t]+\p{L})/u;

/** The word after a number, over spaces or one line break. */
const NEXT_WORD = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<word>\p{L}+)/u;
/**
 * A number with no noun: kept only when alone on its line (an infographic), or before `dans` or a
 * verb it is the subject of (`dont 25 sont`), where it repeats the noun of the figure before; or
 * when the clause after it names what it counts (`NUMBER_HOOK`), or the subject of `passé de … à`
 * before it (`changedNoun`).
 */
function bareNumber(p: FigureProposal): Candidate | null {
  const { text, start, numberEnd: end, value } = p;
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
    const named = /nombre\s+(?:de|d')\s*(?<unit>\p{L}[\p{L}'-]*)/iu.exec(text.slice(lineEnd, lineEnd + 160));
    const unitWord = named?.groups?.['unit'];
    return unitWord === undefined ? null : figure(start, end, value, singularUnit(unitWord), 0.6);
  }
  // `le nombre d'adhérents est passé de 40 à 65`: the subject names what both numbers count.
  const changed = changedNoun(text, start, end);
  if (changed !== undefined) return figure(start, end, value, changed, 0.6, CHANGE_RULE);
  const hook = NUMBER_HOOK.exec(text.slice(end, end + 60))?.groups?.['unit'];
  if (hook !== undefined) return figure(start, end, value, singularUnit(hook), 0.6);
  const partitive = value >= 2 ? partitiveNoun(text, end) : undefined;
  if (partitive !== undefined) return figure(start, partitive.end, value, partitive.unit, 0.6);
  if (REFLEXIVE_VERB.test(text.slice(end, end + 20))) return figure(start, end, value, undefined, 0.5, ELLIPSIS_RULE);
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.groups?.['word']?.toLowerCase();
  if (next === undefined || !isEllipsisWord(next, value)) return null;
  // `les « cuisines » (40 sur la région)`: the phrase before the bracket names what it counts.
  const bracketed = value >= 2 ? parenthesisedNoun(text, start, end, value) : undefined;
  return bracketed === undefined ? figure(start, end, value, undefined, 0.5, ELLIPSIS_RULE) : figure(start, end, value, bracketed, 0.6, PARENTHESISED_RULE);
}

/**
 * A word after a bare number that makes it repeat the noun before (`dans`, `à`, `sont`). OCR
 * loses the accent of `à` (`contre 12 a la création`): after two or more, `a` is no verb (a
 * plural subject takes `ont`), so it is read as `à`.
 */
function isEllipsisWord(word: string, value: number): boolean {
  if (word === 'a') return value !== 1;
  return ELLIPSIS_WORDS.has(word) || ELLIPSIS_VERBS.has(word);
}

/** A thing given after `dons` (`de sang`, `de vêtements`): the gifts are counted, not their worth. */
const DONATED_AFTER = new RegExp(`^[ \\t]*\\n?[ \\t]*(?:de|du|des|d['’])[ \\t]*${alternation(DONATED_THINGS)}(?![\\p{L}])`, 'iu');

const MULTIPLIED_NOUN = /^[ \t]*\n?[ \t]*(?:de|d')[ \t]*\n?[ \t]*(?<noun>\p{L}[\p{L}-]*\p{L})/u;

/**
 * The noun after `de` counted by a multiplier or an approximate count: `3 millions de personnes`
 * → 3 000 000 personne, `une vingtaine de bénévoles` → 20 bénévole.
 */
export function nounAfterDe(p: FigureProposal, from: number, factor: number, half = 0): Candidate | null {
  const found = MULTIPLIED_NOUN.exec(p.text.slice(from, from + 40));
  const noun = found?.groups?.['noun'];
  if (found === null || noun === undefined) return null;
  const singular = singularUnit(noun);
  // `2,5 milliards de crédits`: millions of a money noun are a sum in euros (lexicon/units.ts MULTIPLIED_MONEY_NOUNS).
  const given = singular === 'don' && DONATED_AFTER.test(p.text.slice(from + found[0].length, from + found[0].length + 24));
  const unit = factor >= 1e6 && MULTIPLIED_MONEY_NOUNS.has(singular) && !given ? 'euro' : (UNIT_ALIASES[singular] ?? singular);
  return figure(p.start, from + found[0].length, (p.value + half) * factor, unit, 0.7);
}

/** `et demi` after a multiplier adds half of it: `2 millions et demi d'euros` is 2 500 000 euros. */
const AND_A_HALF = /^[ \t]+et[ \t]+demie?(?![\p{L}])/u;

/** `2, 7 millions d'euros`: a decimal comma with a stray space; the multiplied number is its decimal part. */
function splitDecimalFigure(p: FigureProposal, factor: number): Candidate | null {
  const split = splitDecimal(p.text, p.start, p.digits);
  if (split === undefined) return null;
  const found = nounAfterDe({ ...p, start: split.start, value: split.value }, p.unitEnd, factor);
  return found === null ? null : { ...found, rule: SPLIT_DECIMAL_RULE };
}

/** The ending of a past participle, singular (`suivi`, `accompagné`, `inscrit`, `diplômée`). */
const PARTICIPLE_ENDING = /(?:é|ée|i|ie|u|ue|is|ise|it|ite)$/u;

/**
 * What a word after an adjective that is a counted noun itself counts (`jeunes`): with a participle,
 * the adjective alone (`500 jeunes suivis` is 500 jeune: the participle is no noun); with a noun it
 * makes one word with (`HEADED_COMPOUNDS`: `300 jeunes filles`), the pair; else the noun
 * (`10 jeunes entreprises`, `8 jeunes élus`).
 */
function headedUnit(head: string | undefined, unit: string): string {
  if (head === undefined) return unit;
  if (HEADED_COMPOUNDS.has(`${head} ${unit}`)) return `${head} ${unit}`;
  // A noun of people in a participle's shape (`jeunes élus`, lexicon PARTICIPLE_SHAPED_PEOPLE) is the noun counted.
  return PARTICIPLE_ENDING.test(unit) && !COUNTED_NOUNS.has(unit) && !PARTICIPLE_SHAPED_PEOPLE.has(unit) ? head : unit;
}

function nounFigure(p: FigureProposal): Candidate | null {
  const factor = MULTIPLIER_WORDS[p.singular];
  // `6 millions d'euros de l'État et 1,5 million du département`: with no `de` noun, the
  // multiplied number repeats the unit of the figure before (`fr.figure.ellipsis`).
  if (factor !== undefined) {
    const split = splitDecimalFigure(p, factor);
    if (split !== null) return split;
    const half = AND_A_HALF.exec(p.text.slice(p.unitEnd, p.unitEnd + 16))?.[0].length;
    if (half !== undefined) return nounAfterDe(p, p.unitEnd + half, factor, 0.5);
    return nounAfterDe(p, p.unitEnd, factor) ?? figure(p.start, p.unitEnd, p.value * factor, undefined, 0.5, ELLIPSIS_RULE);
  }
  const compound = compoundAfter(p.text, p.unitEnd, p.singular);
  const unit = UNIT_ALIASES[compound.unit] ?? compound.unit;
  return figure(p.start, compound.end, p.value, headedUnit(p.headAdjective, unit), COUNTED_NOUNS.has(p.singular) ? 0.9 : 0.7);
}

/** The candidate a kept proposal stands for. */
function candidateOf(p: FigureProposal): Candidate | null {
  switch (p.kind) {
    case 'measure': {
      const factor = p.measure?.factor ?? 1;
      const split = factor > 1 && p.sign === undefined ? splitDecimal(p.text, p.start, p.digits) : undefined;
      if (split !== undefined) return figure(split.start, p.end, split.value * factor, p.measure?.unit, 0.8, SPLIT_DECIMAL_RULE);
      return figure(p.start, p.end, (p.sign === '-' ? -p.value : p.value) * factor, p.measure?.unit, 0.9);
    }
    case 'bare':
      return p.approximate ? nounAfterDe(p, p.numberEnd, 1) : bareNumber(p);
    // `58 adhérents, 12 nouveaux` and `1 900 heures contre 1 500 attendues`: the adjective or the
    // participle stands for the noun before; the ellipsis refiner copies it.
    case 'adjective':
      return p.words === undefined ? figure(p.start, p.numberEnd, p.value, undefined, 0.5, ELLIPSIS_RULE) : null;
    case 'noun':
      return isParticiple(p) ? figure(p.start, p.numberEnd, p.value, undefined, 0.5, ELLIPSIS_RULE) : nounFigure(p);
  }
}

export const figureCountParser: Parser = {
  id: RULE,
  // No `d` flag: sub-span indices make every match about a third slower, and the one end the
  // parser needs (the unit word's) is the match's own end (figure-proposal.ts).
  pattern: () => compile(FIGURE_PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const proposal = readProposal(context.text, match);
    if (!Number.isFinite(proposal.value) || rejectingFilter(proposal) !== undefined) return null;
    return candidateOf(proposal);
  },
};

/**
 * Every number the count parser reads in `text`, with the filter that rejected it (for tests and
 * review). Like the pipeline, a rejected match is retried one character later, so the inner
 * readings a filter sees (`250` of a rejected `1 250`) are listed too.
 */
export function explainFigures(text: string): { text: string; rejectedBy: string | undefined }[] {
  const pattern = compile(FIGURE_PATTERN, 'gu');
  const found: { text: string; rejectedBy: string | undefined }[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const proposal = readProposal(text, match);
    const rejectedBy = rejectingFilter(proposal);
    found.push({ text: match[0], rejectedBy });
    if (rejectedBy !== undefined) pattern.lastIndex = match.index + 1;
  }
  return found;
}
