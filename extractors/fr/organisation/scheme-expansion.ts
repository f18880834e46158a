/**
 * `scheme-expansion`: `le Revenu de Kalimbo Social (RKS)`, `le programme RKS (Revenu de Kalimbo
 * Social)`: the words an acronym of a scheme, a policy, a law or a concept stands for
 * (`NON_ORGANISATION_ACRONYMS`, lexicon/organisation-types.ts) name that scheme, not a body, whichever rule proposed
 * them. The expansion is read right before the acronym in brackets, its capitalised words spelling the acronym's
 * letters exactly, or inside the brackets right after the acronym, the whole bracket spelling them (a proposal there
 * may be any run of it: `Revenu de Kalimbo`).
 */
import { fold } from '../../core/pattern.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { spellsInitials } from './acronym-initials.js';

/** How far back the acronym and its bracket are read from the proposal, and how far on the bracket's end (characters). */
const REACH = 120;
/** `(ACR)` right after the proposal. */
const ACRONYM_AFTER = /^[ \t]*\n?[ \t]*\((?<acronym>\p{Lu}[\p{Lu}\p{N}]{1,9})\)/u;
/** `ACR (` then the bracket's words up to the proposal (no other bracket, no line break between). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(?<acronym>\p{Lu}[\p{Lu}\p{N}]{1,9})[ \t]*\((?<inside>[^()\n]*)$/u;
/**
 * Whether `window` ends inside a bracket opened on its line (its last `(` has no `)` nor line break after it): where
 * `ACRONYM_BEFORE` alone can match, tested first as that pattern, anchored at the end, is tried from every position.
 */
function bracketOpenAtEnd(window: string): boolean {
  const open = window.lastIndexOf('(');
  return open >= 0 && window.indexOf(')', open) < 0 && window.indexOf('\n', open) < 0;
}
/** The rest of the bracket from the proposal on, up to its closing bracket. */
const BRACKET_REST = /^[^()\n]*(?=\))/u;
/** A capitalised word, an elided article before it aside (`l'Espace` → `Espace`). */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])(?:[lLdD]['’])?(?<word>\p{Lu}[\p{L}'’-]*)/gu;

/** The capitalised words of `words` (lower-case connectors lend no initial). */
const capitalisedWords = (words: string): string[] => [...words.matchAll(CAPITALISED_WORD)].map((match) => match.groups?.['word'] ?? '');

/** The folded letters of an acronym, in capitals. */
const letters = (acronym: string): string => fold(acronym).replace(/[^a-z]/gu, '').toUpperCase();

/** Whether the proposal at [start, end) spells out, or is a run of the spelled-out form of, a scheme's acronym. */
export function namesSchemeExpansion(text: string, start: number, end: number): boolean {
  const after = ACRONYM_AFTER.exec(text.slice(end, end + 16))?.groups?.['acronym'];
  if (after !== undefined) return NON_ORGANISATION_ACRONYMS.has(after) && spellsInitials(letters(after), capitalisedWords(text.slice(start, end)), 'spells');
  const window = text.slice(Math.max(0, start - REACH), start);
  const before = bracketOpenAtEnd(window) ? ACRONYM_BEFORE.exec(window)?.groups : undefined;
  const acronym = before?.['acronym'] ?? '';
  if (!NON_ORGANISATION_ACRONYMS.has(acronym)) return false;
  const rest = BRACKET_REST.exec(text.slice(start, start + REACH))?.[0];
  if (rest === undefined || rest.length < end - start) return false;
  return spellsInitials(letters(acronym), capitalisedWords(`${before?.['inside'] ?? ''}${rest}`), 'spells');
}
