/**
 * `fr.organisation.candidate`: organisations with no type word, found as list items and weighed
 * by their evidence (organisation/score.ts). Runs after the parsers, so a list whose other items
 * are organisations found by other rules counts as evidence. Only spans no other candidate covers
 * are added; each keeps the evidence that fired and its hand score (`data.handScore`). Candidates
 * below THRESHOLD are proposed too: `fr.organisation.decision` (organisation-decision.ts) keeps
 * or drops every proposal, so a fitted decision can take one the hand score would not.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { proposeCandidates } from '../organisation/candidates.js';
import type { CandidateSource, NameCandidate } from '../organisation/candidates.js';
import { evidenceFor, isNameShaped, isQuotedName } from '../organisation/evidence.js';
import type { Evidence } from '../organisation/evidence.js';
import { addListSiblings, addPersonSiblings, addPlaceSiblings } from '../organisation/list-siblings.js';
import type { ListItem } from '../organisation/list-siblings.js';
import { THRESHOLD, confidenceOf, score } from '../organisation/score.js';
import { alternation, endsWithWord } from '../../core/pattern.js';
import { FIELD_CONCEPT_ACRONYMS } from '../lexicon/organisation-types.js';
import { SpanIndex } from '../../core/span-index.js';
import { ORGANISATION_LIST_CUES } from '../lexicon/organisation-list-cues.js';

const ACRONYM_RULE = 'fr.organisation.acronym';
const WELL_KNOWN_RULE = 'fr.organisation.well-known';
/** A national body's name (`France Active`): a list item opening on it with more words (`France Active Kerdavo`) is its regional branch, like a known name's (`Au Conseil Régional` is not). */
const PUBLIC_BODY_RULE = 'fr.organisation.public-body';
const KNOWN_RULES: ReadonlySet<string> = new Set([WELL_KNOWN_RULE, PUBLIC_BODY_RULE]);
/** Quoted names after a kind or an award word: the quotes bound the name, lower-case words and all. */
const QUOTED_SOURCES: ReadonlySet<CandidateSource> = new Set(['kind-quoted', 'award-quoted']);
/** Names whose proposer reads their lower-case words itself (organisation/capitalised-kind.ts, person-named.ts). */
/**
 * Sources whose name may replace the acronym readings of its own words: a quoted name
 * (`"MARÉE NOIRE SOLIDAIRE"`) and a list item (`…, Tiers-Lieux PDL, BGE Savoie, …`: the list gives the
 * whole name; its region code or first word read alone is no body of its own). A list item also
 * replaces a known name it holds (`Crédit Mutuel SO`: a branch the gazetteer does not
 * extend to), and does so only when it holds no lower-case word: `AG2I à Bourg en Bresse` is an
 * acronym and where it is.
 */
const WHOLE_OVER_ACRONYM: ReadonlySet<CandidateSource> = new Set(['quoted', 'comma-list', 'bullet-list', 'line-list', 'entry-line', 'department-numbered', 'cleft-subject']);
/**
 * Sources whose closing number is the name's (organisation/department-numbered.ts: `L'Envol 26`, its
 * department): a count the figure rules read in it is replaced by the name, as an acronym is.
 */
const NUMBER_OVER_FIGURE: ReadonlySet<CandidateSource> = new Set(['department-numbered', 'number-pair']);
/** Sources whose span the layout bounds (quotes, an entry line): lower-case words in it are the name's. */
const BOUNDED_SOURCES: ReadonlySet<CandidateSource> = new Set(['quoted', 'entry-line']);
const SHAPED_SOURCES: ReadonlySet<CandidateSource> = new Set(['capitalised-kind', 'person-named', 'entry-line', 'lower-brand', 'number-pair', 'sentence-case-place']);
/** A cue word a few words before a quoted name (`figure parmi les lauréats « X »`). */
const CUE_BEFORE = endsWithWord(ORGANISATION_LIST_CUES, '[^.!?\\n]{0,30}?["«][ \\t]*');

/** `ESS du Val`, `RSE Normande`: a field's concept, then its territory or more words (lexicon FIELD_CONCEPT_ACRONYMS). */
const FIELD_CONCEPT_FIRST = new RegExp(`^${alternation(FIELD_CONCEPT_ACRONYMS)}[ \\t\\n]+\\S`, 'u');

/** A word opening in lower case. */
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;
/** The span a candidate holds in its list: the whole item when the name was cut from it. */
const listSpan = (candidate: NameCandidate): { readonly start: number; readonly end: number } => candidate.whole ?? candidate;

/**
 * Whether a proposal may be a name: shaped like one (or a quoted name, or a source that shapes its names), and not the
 * sector in a territory (`l'ESS du Val`: a body named so is a known name, not a candidate).
 * A name read on over a lower-case word (name-continuation.ts) has the shape of the run it continued.
 */
function nameLike(candidate: NameCandidate): boolean {
  if (!isNameShaped(candidate.run ?? candidate.name) && !(QUOTED_SOURCES.has(candidate.source) && isQuotedName(candidate.name)) && !SHAPED_SOURCES.has(candidate.source)) return false;
  return !FIELD_CONCEPT_FIRST.test(candidate.name);
}

export const organisationCandidatesRefiner: Refiner = {
  id: 'fr.organisation.candidate',
  refine(context, candidates): Candidate[] {
    const proposed = proposeCandidates(context.text, candidates.filter((other) => other.type === 'organisation'), candidates.filter((other) => other.type === 'person'));
    // Two proposers may read the same span (`remporté par Kalimba, une coopérative…`): their evidence adds up.
    const sameSpan = new Map<string, Evidence[]>();
    // Only lists count: a quoted or sentence candidate is a list of one (its own inner acronyms are no neighbours).
    const listsWithOrganisation = new Set<number>();
    // Spans by start: a scan of every candidate for every proposal cost the square of a long page's length.
    const byStart = new SpanIndex(candidates);
    const isOrganisation = (other: Candidate): boolean => other.type === 'organisation';
    for (const c of proposed) if (c.listSize > 1 && byStart.someOverlapping(listSpan(c).start, listSpan(c).end, isOrganisation)) listsWithOrganisation.add(c.list);
    const added: Candidate[] = [];
    // name-continuation.ts: a candidate read on over a lower-case word keeps that rule as evidence (not scored).
    const continuations = new Map<Candidate, string>();
    const items: ListItem[] = [];
    // The input candidates an added name replaced (`inside` it): the others are kept, in their order.
    const replaced = new Set<Candidate>();
    const evidenceOf = (candidate: NameCandidate): Evidence[] => {
      const before = context.text.slice(Math.max(0, candidate.start - 40), candidate.start);
      // The cue pattern ends on a quote: text with none is not searched.
      const cue = (before.includes('"') || before.includes('«')) && CUE_BEFORE.test(before);
      return evidenceFor(candidate, listsWithOrganisation.has(candidate.list), false, cue, context.text.slice(candidate.end, candidate.end + 40), false, before);
    };
    for (const candidate of proposed) {
      if (!nameLike(candidate)) continue;
      const key = `${candidate.start}:${candidate.end}`;
      const twin = sameSpan.get(key);
      if (twin !== undefined) {
        for (const feature of evidenceOf(candidate)) if (!twin.includes(feature)) twin.push(feature);
        continue;
      }
      // A quoted name or a list item may replace acronym readings of its own words (WHOLE_OVER_ACRONYM).
      const whole = WHOLE_OVER_ACRONYM.has(candidate.source) && (BOUNDED_SOURCES.has(candidate.source) || !LOWER_CASE_WORD.test(candidate.name));
      // An item that is the acronym itself (`…, la CAHC et l'ADEME`) keeps the acronym's reading.
      const larger = (other: Candidate): boolean => candidate.source === 'quoted' || other.start > candidate.start || other.end < candidate.end;
      const replaces = (other: Candidate): boolean =>
        (whole && (other.rule === ACRONYM_RULE || (candidate.source !== 'quoted' && KNOWN_RULES.has(other.rule) && (other.rule !== PUBLIC_BODY_RULE || other.start === candidate.start)))) ||
        (NUMBER_OVER_FIGURE.has(candidate.source) && other.type === 'figure');
      const inside = (other: Candidate): boolean => replaces(other) && other.start >= candidate.start && other.end <= candidate.end && larger(other);
      if (byStart.someOverlapping(candidate.start, candidate.end, (other) => !replaced.has(other) && !inside(other))) continue;
      const evidence = evidenceOf(candidate);
      sameSpan.set(key, evidence);
      // Only a name the hand score keeps replaces the acronym readings of its words.
      if (score(evidence) >= THRESHOLD) for (const other of byStart.startingIn(candidate.start, candidate.end)) if (inside(other)) replaced.add(other);
      added.push({ type: 'organisation', start: candidate.start, end: candidate.end, value: candidate.name, confidence: 0, rule: this.id, inferred: [], evidence });
      if (candidate.continuation !== undefined) continuations.set(added[added.length - 1] as Candidate, `continues:${candidate.continuation}`);
      items.push({ proposal: candidate, evidence });
    }
    // A list whose other items are mostly kept speaks for its weaker items (list-siblings.ts).
    addListSiblings(items);
    // A list whose other items are mostly places speaks against its unknown items (list-siblings.ts).
    addPlaceSiblings(items, context.text);
    // A list whose other items are mostly people speaks against its unknown items (list-siblings.ts).
    addPersonSiblings(items, proposed, byStart);
    // Scored once every proposer's evidence is in (`evidence` arrays grew with their twins').
    // Plain loops into one array: spreads of sometimes-empty arrays deoptimised this function.
    const refined: Candidate[] = [];
    for (const candidate of candidates) if (!replaced.has(candidate)) refined.push(candidate);
    for (const candidate of added) {
      const total = score(candidate.evidence as Evidence[]);
      const continuation = continuations.get(candidate);
      refined.push({ ...candidate, confidence: confidenceOf(total), data: { handScore: total }, ...(continuation === undefined ? {} : { evidence: [...(candidate.evidence ?? []), continuation] }) });
    }
    return refined;
  },
};
