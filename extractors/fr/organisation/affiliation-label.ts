/**
 * `affiliation-label-cut`: a person's affiliation written right after the name (`Léa Morel, Trésorière
 * Kalimbo`, `Paul Roy (Consultant Trokal, …)`, `Anne Roux – Entreprise Brenvac`) may open on a label
 * written with the entry's capital: the person's role or trade (lexicon/roles.ts), or the legal form that
 * only announces the structure's name (`LEGAL_FORM_HEADS`, dropped from the value when written in lower
 * case). The label is no word of the body's name, which starts at the capitalised word after it; a
 * proposal opening on it is cut there, whichever rule proposed it.
 *
 * Not cut: a label followed by a common word (a word of the office, `Directrice Générale Kalimbo`,
 * `Chargée Mission…`, or of the name, `Association Française des…`), by `de` (`Présidente de la
 * Fédération…`: role-led.ts reads it) or by no capital; and a proposal anywhere else (`l'Association
 * Terres Vives recrute`: a body named with its legal form).
 */
import type { Candidate } from '../../core/types.js';
import { fold } from '../../core/pattern.js';
import { OPENS_UPPER } from '../../core/word-shape.js';
import { PROFESSION_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { LEGAL_FORM_HEADS } from '../lexicon/organisation-types.js';
import { isAmbiguousFirstName, isFirstName } from '../names.js';

export const AFFILIATION_LABEL_CUT = 'affiliation-label-cut';

/** Labels, folded: roles, trades and legal forms, longest first (`entreprise adaptée` before `entreprise`). */
const LABELS: readonly string[] = [...new Set([...ROLE_NOUNS, ...PROFESSION_NOUNS, ...LEGAL_FORM_HEADS].map((label) => fold(label).replace(/’/gu, "'")))].sort((a, b) => b.length - a.length);

/**
 * `LABELS` by their first character, each list in the same order (speed only, the same answers): a span
 * is compared with the labels it can open on, a few dozen, not the 500 of the list. No label is empty.
 */
const LABELS_BY_FIRST: ReadonlyMap<string, readonly string[]> = LABELS.reduce((byFirst, label) => {
  byFirst.set(label.charAt(0), [...(byFirst.get(label.charAt(0)) ?? []), label]);
  return byFirst;
}, new Map<string, string[]>());

/**
 * A first name, one or two capitalised words (wrapped over lines or not), then a comma, an opening
 * bracket or a spaced dash, right before the proposal.
 */
const PERSON_BEFORE = /(?<first>\p{Lu}[\p{Ll}'’-]+)[ \t]*\n?[ \t]*(?:(?<second>\p{Lu}[\p{L}'’-]+)[ \t]*\n?[ \t]*)?\p{Lu}[\p{L}'’-]+[ \t]*(?:,|\(|[ \t][-–—])[ \t]*\n?[ \t]*$/u;

/** Spaces, maybe with one line break, between a label and what follows it. */
const LABEL_GAP = /^[ \t]*\n?[ \t]*/u;
/** The capitalised word after a label. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{N}'’-]*/u;

/** Whether a person's name and a comma, a bracket or a dash stand right before `start`. */
function afterPerson(text: string, start: number): boolean {
  const groups = PERSON_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.groups;
  // `Et Anne Petit,`: the first name may be the second of three capitalised words.
  return [groups?.['first'], groups?.['second']].some((word) => word !== undefined && (isFirstName(word) || isAmbiguousFirstName(word)));
}

/** The label's length when `span` opens on one followed by a space and a capitalised word of a name; else 0. */
function labelLength(span: string): number {
  const folded = fold(span).replace(/’/gu, "'");
  for (const label of LABELS_BY_FIRST.get(folded.charAt(0)) ?? []) {
    if (!folded.startsWith(label)) continue;
    const gap = LABEL_GAP.exec(span.slice(label.length))?.[0] ?? '';
    if (gap.length === 0) continue;
    const next = CAPITALISED_WORD.exec(span.slice(label.length + gap.length))?.[0];
    // `Directrice Générale X`, `Chargée Mission X`, `Association Française des X`: a common word after the label
    // is the office's or the name's own (a role, an area, an adjective), and the label stays.
    if (next === undefined || isCommonWord(next)) return 0;
    return label.length + gap.length;
  }
  return 0;
}

/** The proposal without the label of a person's affiliation opening it (`affiliation-label-cut`), or as it is. */
export function withoutAffiliationLabel(text: string, proposal: Candidate): Candidate {
  if (proposal.type !== 'organisation' || !OPENS_UPPER.test(text.charAt(proposal.start))) return proposal;
  const span = text.slice(proposal.start, proposal.end);
  const length = labelLength(span);
  if (length === 0 || !afterPerson(text, proposal.start)) return proposal;
  const rest = span.slice(length);
  // The value keeps the repairs other rules made when it opens on the same label.
  const valueLength = labelLength(proposal.value);
  const value = valueLength > 0 ? proposal.value.slice(valueLength) : rest.replace(/\s+/gu, ' ');
  return { ...proposal, start: proposal.start + length, value, evidence: [...(proposal.evidence ?? []), AFFILIATION_LABEL_CUT] };
}
