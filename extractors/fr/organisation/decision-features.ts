/**
 * The features of the fitted organisation decision (decision.ts). Every organisation proposal of
 * a page, a parser's mention or a name candidate (candidates.ts, kept or not by the hand score),
 * is described by a few named numbers: which family of rule proposed it, the candidate evidence
 * that fired, its shape (words, capitals, digits, a type word) and its place in the page (a line
 * or sentence start, a heading-like line, a list, brackets, quotes). Each feature is one small
 * named function of a `ProposalView`, pinned by test/extractors/fr/organisation/decision-features.test.ts.
 *
 * Cost: what needs the whole page (bracketed words, values proposed twice) is read once per page
 * (`pageFacts`); a proposal's own features read only its line, bounded by LINE_REACH.
 */
import { allMatches } from '../../core/word-scan.js';
import { fold } from '../../core/pattern.js';
import type { Candidate } from '../../core/types.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { ONE_WORD_HEADS } from './name-words.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate } from '../names.js';
import { lineEndOf, lineStartOf } from '../patterns.js';
import { LANGUAGE_FEATURES } from './decision-language-features.js';
import { TAGGER_FEATURES } from './decision-tagger-features.js';
import type { TaggerView } from './decision-tagger-features.js';
import { THRESHOLD } from './score.js';
import { OPENS_LOWER } from '../../core/word-shape.js';

/** Candidates proposed by `fr.organisation.candidate` carry their hand score here (`data.handScore`). */
export const CANDIDATE_RULE = 'fr.organisation.candidate';

/** Rule families: the rules of one family propose the same kind of evidence. */
const RULE_FAMILIES: Readonly<Record<string, string>> = {
  'fr.organisation.named': 'type-word',
  'fr.organisation.network-branch': 'type-word',
  'fr.organisation.legal-form-after': 'type-word',
  'fr.organisation.firm': 'type-word',
  'fr.organisation.public-body': 'public-body',
  'fr.organisation.regional': 'public-body',
  'fr.organisation.territory-body': 'public-body',
  'fr.organisation.well-known': 'well-known',
  'fr.organisation.intercommunality': 'well-known',
  'fr.organisation.acronym': 'acronym',
  'fr.organisation.cued': 'context',
  'fr.organisation.apposition': 'context',
  'fr.organisation.apposition-plain': 'context',
  'fr.organisation.brand': 'context',
  'fr.organisation.list-neighbours': 'list',
  'fr.organisation.lower-list-member': 'list',
  'fr.organisation.table-row': 'table',
  [CANDIDATE_RULE]: 'candidate',
};

/** The family of a rule id (`fr.organisation.named` → `type-word`), `other` for a rule not listed. */
export function ruleFamily(rule: string): string {
  return RULE_FAMILIES[rule] ?? 'other';
}

/** What the features of one proposal read: the proposal, its line, and facts of its page. */
export interface ProposalView {
  readonly rule: string;
  /** The proposal's value (the name as the rule read it). */
  readonly value: string;
  readonly words: readonly string[];
  /** The candidate evidence that fired (evidence.ts), empty for parsers' mentions. */
  readonly evidence: readonly string[];
  /** The hand score of a name candidate (score.ts), undefined for parsers' mentions. */
  readonly handScore: number | undefined;
  readonly confidence: number;
  /** The text of its line before and after the span, at most `WINDOW` characters each. */
  readonly before: string;
  readonly after: string;
  /** The length of its whole line (up to LINE_REACH each side). */
  readonly lineLength: number;
  /** Whether the page holds the same value proposed elsewhere. */
  readonly repeated: boolean;
  /** Whether another organisation proposal stands on the same line. */
  readonly sharesLine: boolean;
  /** Words written between brackets somewhere on the page (`(ACR)`), folded. */
  readonly bracketed: ReadonlySet<string>;
  /** Whether the span runs over a line break in the page. */
  readonly spansLines: boolean;
  /** Whether the span holds another organisation proposal's span, or lies inside one. */
  readonly holdsOther: boolean;
  readonly insideOther: boolean;
  /** Whether the value is written elsewhere on the page right after a type word (`l'association X`). */
  readonly typedElsewhere: boolean;
  /** The tagger's view of its tokens (tagger-view.ts), when the decision runs the tagger. */
  readonly tagger?: TaggerView;
}

const ARTICLE = /^(?:La|Le|Les|L['’])/u;
const PREPOSITION_BEFORE = /(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|avec|par|pour|chez|entre)[ \t]*$/iu;
const DETERMINER_BEFORE = /(?:^|\s)(?:la|le|les|l['’]|un|une|ce|cette|notre|nos|son|sa|ses|leur)[ \t]*$/iu;

const capitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
const isAcronym = (v: ProposalView): boolean => v.words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(v.value);
const typeWords = (v: ProposalView): number => v.words.filter((word) => ONE_WORD_HEADS.has(fold(word))).length;
const definedAcronym = (v: ProposalView): boolean => v.bracketed.has(fold(v.value)) || /^[ \t]*\([ \t]*\p{Lu}{2,}/u.test(v.after);
const clip = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The hand score a name candidate carries (`data.handScore`), undefined for a parser's mention. */
export function handScoreOf(candidate: Candidate): number | undefined {
  const handScore = candidate.data?.['handScore'];
  return typeof handScore === 'number' ? handScore : undefined;
}

/** The decision's hand rule: a parser's mention is kept; a name candidate at or above THRESHOLD. */
export function handKept(view: Pick<ProposalView, 'rule' | 'handScore'>): boolean {
  return view.rule !== CANDIDATE_RULE || (view.handScore ?? 0) >= THRESHOLD;
}

/** One named feature: a number (0 when it does not fire) read from a proposal. */
export type FeatureFunction = (view: ProposalView) => number;

/** Features of the proposal's shape: read from its value alone. */
export const SHAPE_FEATURES: Readonly<Record<string, FeatureFunction>> = {
  /** `Tisse'Lien`, `URSCOP`: one word. */
  'one-word': (v) => Number(v.words.length === 1),
  /** Five words or more: a long name, or a phrase read as one. */
  'long-name': (v) => Number(v.words.length >= 5),
  /** Share of the words that open with a capital or a digit (`Les Paniers du Coteau`: 0.75). */
  'capital-share': (v) => (v.words.length === 0 ? 0 : v.words.filter(capitalised).length / v.words.length),
  /** Written in capitals, two letters or more (`MAISON DES SERVICES`, `ADIE`). */
  'all-caps': (v) => Number(/\p{L}.*\p{L}/u.test(v.value) && v.value === v.value.toUpperCase()),
  /** A digit in the name (`Atelier 42`). */
  'has-digit': (v) => Number(/\p{N}/u.test(v.value)),
  /** A word of the name is a type word (`Garage Solidaire`, `Réseau Alpha`). */
  'has-type-word': (v) => Number(typeWords(v) > 0),
  /** Two type words or more (`PTCE … des PTCE`): a name run on into the next phrase. */
  'two-type-words': (v) => Number(typeWords(v) >= 2),
  /** An acronym of a known body (`URSSAF`, `CCI`). */
  'known-acronym': (v) => Number(isAcronym(v) && KNOWN_ORGANISATION_ACRONYMS.has(v.value)),
  /** Opens with a capitalised article (`La Main Verte`). */
  'has-article': (v) => Number(ARTICLE.test(v.value)),
  /** Ends on a lower-case word (`Pôle de coopération`): a cut name or a phrase. */
  'ends-lower': (v) => Number(OPENS_LOWER.test(v.words[v.words.length - 1] ?? '')),
  /** One word that is an ordinary French word (`Horizon`, `Partenaires`). */
  'common-word': (v) => Number(v.words.length === 1 && isCommonWord(v.words[0] ?? '')),
  /** A commune, department or region (`Brest`, `Occitanie`). */
  place: (v) => Number(isPlaceName(v.value)),
  /** A first name then surnames (`Rose Petit`). */
  'person-like': (v) =>
    Number(v.words.length >= 2 && v.words.length <= 3 && isFirstName(v.words[0] ?? '') && v.words.slice(1).every((word) => isSurnameCandidate(word))),
};

/** Features of the proposal's place in the page: read from its line. */
export const CONTEXT_FEATURES: Readonly<Record<string, FeatureFunction>> = {
  /** Only a bullet or spaces before it on its line. */
  'line-start': (v) => Number(/^[ \t]*(?:[-•*–·▪►][ \t]*)?$/u.test(v.before)),
  /** Right after the end of a sentence or a colon (`… ici. Vélo Cité accueille…`). */
  'sentence-start': (v) => Number(/[.!?:][ \t]*$/u.test(v.before)),
  /** Alone on its line (a heading, a credit, an item of a one-per-line list). */
  'whole-line': (v) => Number(/^[ \t]*(?:[-•*–·▪►][ \t]*)?$/u.test(v.before) && /^[ \t.;,:]*$/u.test(v.after)),
  /** On a short line with no sentence end: a heading or a slide's line. */
  'short-line': (v) => Number(v.lineLength <= 60 && !/[.!?][ \t]*$/u.test(v.after)),
  /** Between brackets (`(Réseau Alpha)`). */
  'in-brackets': (v) => Number(/\([^()]*$/u.test(v.before) && /^[^()]*\)/u.test(v.after)),
  /** Between quotes (`« Granit Rose »`). */
  'in-quotes': (v) => Number(/["«“][ \t]*$/u.test(v.before) && /^[ \t]*["»”]/u.test(v.after)),
  /** A comma, semicolon or ` et ` right before or after it: an item of a list. */
  'list-item': (v) => Number(/(?:[,;]|\bet)[ \t]*(?:l['’]|la |le |les )?$/u.test(v.before) || /^[ \t]*(?:[,;]|et\b)/u.test(v.after)),
  /** Another organisation proposed on the same line. */
  'shares-line': (v) => Number(v.sharesLine),
  /** The same name proposed again on the page. */
  repeated: (v) => Number(v.repeated),
  /** An acronym spelled out on the page (`… Solidaire (ACR)`), or the name followed by its acronym. */
  'defined-acronym': (v) => Number(definedAcronym(v)),
  /** An acronym neither known nor spelled out on the page (`XQZ` in a heading). */
  'unexplained-acronym': (v) => Number(isAcronym(v) && !KNOWN_ORGANISATION_ACRONYMS.has(v.value) && !definedAcronym(v)),
  /** Read across a line break (a heading joined to the next line). */
  'spans-lines': (v) => Number(v.spansLines),
  /** Holds another rule's shorter reading (`PTCE Brume Guide` over `PTCE Brume`): a possible overrun. */
  'holds-other': (v) => Number(v.holdsOther),
  /** Lies inside another rule's longer reading: a possible cut. */
  'inside-other': (v) => Number(v.insideOther),
  /** Written elsewhere on the page right after a type word (`… l'association Brumelune`). */
  'typed-elsewhere': (v) => Number(v.typedElsewhere),
  /** After a preposition (`avec X`, `de X`): a noun phrase inside a sentence. */
  'after-preposition': (v) => Number(PREPOSITION_BEFORE.test(v.before)),
  /** After a determiner (`la X`, `Notre X`). */
  'after-determiner': (v) => Number(DETERMINER_BEFORE.test(v.before)),
};

/** Features of the rule that proposed it and what the hand rules made of it. */
function ruleFeatures(view: ProposalView): Record<string, number> {
  const found: Record<string, number> = { [`rule:${ruleFamily(view.rule)}`]: 1, confidence: view.confidence - 0.5 };
  if (handKept(view)) found['hand-kept'] = 1;
  if (view.handScore !== undefined) found['hand-score'] = clip((view.handScore - THRESHOLD) / 3, -2, 2);
  for (const name of view.evidence) found[`evidence:${name}`] = 1;
  return found;
}

/** The named features of one proposal that do not read 0. */
export function featuresOf(view: ProposalView): Record<string, number> {
  const found = ruleFeatures(view);
  for (const table of [SHAPE_FEATURES, CONTEXT_FEATURES, LANGUAGE_FEATURES, TAGGER_FEATURES]) {
    for (const [name, feature] of Object.entries(table)) {
      const value = feature(view);
      if (value !== 0) found[name] = value;
    }
  }
  return found;
}

/** What the features need from the whole page, read once. */
export interface PageFacts {
  readonly bracketed: ReadonlySet<string>;
  /** The starts of the organisation proposals of each folded value. */
  readonly values: ReadonlyMap<string, ReadonlySet<number>>;
  /** Line start of each organisation proposal (index in the list given). */
  readonly lineStarts: readonly number[];
  /** The starts of the organisation proposals of each line. */
  readonly perLine: ReadonlyMap<number, ReadonlySet<number>>;
  /** The proposals (by index) whose span strictly holds another's, and those inside another's. */
  readonly holding: ReadonlySet<number>;
  readonly inside: ReadonlySet<number>;
  /** Per proposal (by index): whether its value is written elsewhere on the page right after a type word. */
  readonly typedElsewhere: readonly boolean[];
}

/** Places of a value read on a page: enough to find one after a type word, bounded on a page that repeats a name. */
const MAX_PLACES = 8;
/** A type word then an optional article right before an occurrence (`l'association `, `le réseau des `). */
const TYPE_WORD_BEFORE = /([\p{L}-]+)[ \t]+(?:(?:de|du|des|la|le|les)[ \t]+|[dl]['’])?$/u;

/** Where `value` is written in `text` (whole words), up to MAX_PLACES places. */
function placesOf(text: string, value: string): number[] {
  const found: number[] = [];
  if (value.length < 2) return found;
  for (let at = text.indexOf(value); at >= 0 && found.length < MAX_PLACES; at = text.indexOf(value, at + 1)) {
    const edgeBefore = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
    const edgeAfter = !/[\p{L}\p{N}]/u.test(text[at + value.length] ?? '');
    if (edgeBefore && edgeAfter) found.push(at);
  }
  return found;
}

/** Whether a type word stands right before `at` in `text`. */
function typeWordBefore(text: string, at: number): boolean {
  const word = TYPE_WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  return ONE_WORD_HEADS.has(fold(word));
}

/** Which proposals hold another's span, and which lie inside one (a span equal to another's is neither). */
function nesting(proposals: readonly Candidate[]): { holding: Set<number>; inside: Set<number> } {
  const holding = new Set<number>();
  const inside = new Set<number>();
  proposals.forEach((outer, i) => {
    proposals.forEach((inner, j) => {
      if (i === j || inner.start < outer.start || inner.end > outer.end || (inner.start === outer.start && inner.end === outer.end)) return;
      holding.add(i);
      inside.add(j);
    });
  });
  return { holding, inside };
}

const BRACKETED = /\(([^()\n]{1,20})\)/gu;

/** Reads the page once for the features of all its `proposals`. */
export function pageFacts(text: string, proposals: readonly Candidate[]): PageFacts {
  const bracketed = new Set<string>();
  for (const match of allMatches(BRACKETED, text)) bracketed.add(fold(match[1] ?? ''));
  // Starts, not proposals, are counted: two rules reading one span are one occurrence.
  const values = new Map<string, Set<number>>();
  const perLine = new Map<number, Set<number>>();
  const add = <K>(map: Map<K, Set<number>>, key: K, start: number): void => {
    const starts = map.get(key);
    if (starts === undefined) map.set(key, new Set([start]));
    else starts.add(start);
  };
  const lineStarts = proposals.map((proposal) => {
    add(values, fold(proposal.value), proposal.start);
    const line = lineStartOf(text, proposal.start);
    add(perLine, line, proposal.start);
    return line;
  });
  const places = proposals.map((proposal) => placesOf(text, text.slice(proposal.start, proposal.end)));
  const typedElsewhere = places.map((found, index) => found.some((at) => at !== proposals[index]?.start && typeWordBefore(text, at)));
  return { bracketed, values, lineStarts, perLine, ...nesting(proposals), typedElsewhere };
}

/** What the features read of a proposal's line each side: enough for every feature, cheap to test. */
const WINDOW = 80;

/** The view of `proposals[index]` the features read (`tagger`: the tagger's view of it, if it runs). */
export function proposalView(text: string, proposals: readonly Candidate[], index: number, facts: PageFacts, tagger?: TaggerView): ProposalView {
  const proposal = proposals[index] as Candidate;
  const lineStart = facts.lineStarts[index] ?? lineStartOf(text, proposal.start);
  const lineEnd = lineEndOf(text, proposal.end);
  return {
    rule: proposal.rule,
    value: proposal.value,
    words: proposal.value.match(/\S+/gu) ?? [],
    evidence: proposal.rule === CANDIDATE_RULE ? (proposal.evidence ?? []) : [],
    handScore: handScoreOf(proposal),
    confidence: proposal.confidence,
    before: text.slice(Math.max(lineStart, proposal.start - WINDOW), proposal.start),
    after: text.slice(proposal.end, Math.min(lineEnd, proposal.end + WINDOW)),
    lineLength: lineEnd - lineStart,
    repeated: (facts.values.get(fold(proposal.value))?.size ?? 0) > 1,
    sharesLine: (facts.perLine.get(lineStart)?.size ?? 0) > 1,
    bracketed: facts.bracketed,
    spansLines: text.slice(proposal.start, proposal.end).includes('\n'),
    holdsOther: facts.holding.has(index),
    insideOther: facts.inside.has(index),
    typedElsewhere: facts.typedElsewhere[index] ?? false,
    ...(tagger === undefined ? {} : { tagger }),
  };
}
