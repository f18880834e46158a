/**
 * One sense per document and per corpus. After the rules ran over every page, a name that is
 * an organisation with strong evidence somewhere in the document (a type word, an acronym, a
 * known body; not a rule that reads the name from its context only), and every name accepted in the corpus (`DocumentContext.knownNames`), is
 * proposed wherever else it occurs as a whole word and no mention covers it yet. Matching is
 * exact (case and accents), so a common word never turns into a name.
 */
import type { KnownName, Mention, PageInput } from '../core/types.js';
import { contextSentence } from './context-sentence.js';

/** Shortest name looked for: shorter ones (`ESS`, `CA`) are too often something else. */
const MIN_LENGTH = 4;
/** Rules that read a name from its context only: their names are not strong enough to spread. */
const CONTEXT_ONLY_RULES: ReadonlySet<string> = new Set([
  'fr.organisation.candidate', 'fr.organisation.list-neighbours', 'fr.organisation.lower-list-member',
  'fr.organisation.cued', 'fr.organisation.apposition',
]);
/** Strong evidence: a type word, an acronym or a known body, at the rule's usual confidence. */
const STRONG = 0.7;

interface Sense {
  readonly type: KnownName['type'];
  readonly value: string;
  readonly rule: string;
  readonly evidence: string;
}

function usable(text: string): boolean {
  return text.length >= MIN_LENGTH && text.length <= 120 && /\p{Lu}/u.test(text) && !text.includes('\n');
}

/** The names to look for: the corpus's, then the document's strong organisations. */
function sensesOf(mentions: readonly Mention[], known: readonly KnownName[]): Map<string, Sense> {
  const senses = new Map<string, Sense>();
  for (const name of known) {
    if (usable(name.text)) senses.set(name.text, { type: name.type, value: name.value, rule: 'fr.known-name', evidence: 'known-name' });
  }
  for (const mention of mentions) {
    if (mention.type !== 'organisation' || mention.confidence < STRONG || CONTEXT_ONLY_RULES.has(mention.rule)) continue;
    if (!usable(mention.text) || senses.has(mention.text)) continue;
    senses.set(mention.text, { type: 'organisation', value: mention.value, rule: 'fr.organisation.same-document', evidence: 'same-document' });
  }
  return senses;
}

/** Zero-width tests at one position (sticky): no letter or digit before it, or at it. */
const STARTS_WORD = /(?<![\p{L}\p{N}])/uy;
const ENDS_WORD = /(?![\p{L}\p{N}])/uy;
function wholeWord(text: string, start: number, end: number): boolean {
  STARTS_WORD.lastIndex = start;
  ENDS_WORD.lastIndex = end;
  return STARTS_WORD.test(text) && ENDS_WORD.test(text);
}

/**
 * Where the names occur in `text` as whole words, left to right without overlaps, the longest
 * name first at one position: what one alternation of the names between word boundaries finds,
 * without compiling a new pattern for every document (that cost more than the search).
 */
function occurrences(text: string, names: readonly string[]): { start: number; name: string }[] {
  const found: { start: number; name: string }[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (wholeWord(text, at, at + name.length)) found.push({ start: at, name });
    }
  }
  found.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  const kept: { start: number; name: string }[] = [];
  let free = 0;
  for (const occurrence of found) {
    if (occurrence.start < free) continue;
    kept.push(occurrence);
    free = occurrence.start + occurrence.name.length;
  }
  return kept;
}

/** Mentions for the other occurrences of known and strong names, on spans no mention covers. */
export function sameSenseMentions(pages: readonly PageInput[], mentions: readonly Mention[], known: readonly KnownName[]): Mention[] {
  const senses = sensesOf(mentions, known);
  if (senses.size === 0) return [];
  const names = [...senses.keys()];
  const added: Mention[] = [];
  for (const page of pages) {
    const taken = mentions.filter((mention) => mention.page === page.page);
    for (const { start, name } of occurrences(page.text, names)) {
      const end = start + name.length;
      const sense = senses.get(name);
      if (sense === undefined || taken.some((other) => other.span.start < end && start < other.span.end)) continue;
      const mention: Mention = {
        type: sense.type, page: page.page, source: page.source, span: { start, end }, text: name, value: sense.value,
        confidence: 0.6, rule: sense.rule, inferred: [], context: contextSentence(page.text, start, end), evidence: [sense.evidence],
      };
      added.push(mention);
      taken.push(mention);
    }
  }
  return added;
}
