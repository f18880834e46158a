/**
 * `expansion-part`: `Jeune Entreprise Solidaire (JES)`, `le KALFP (Kiosque Alimentaire, Lien de la Ferme Partagée)`: a
 * name read after a type word (`Entreprise Solidaire`, `Ferme Partagée`) that is only the tail of an acronym's expansion,
 * the capitalised words before it on the expansion spelling the acronym's first letters, is a piece of what the acronym
 * stands for, not a body of its own. The expansion is read either before the acronym in brackets (`… (JES)`) or inside
 * the brackets right after it (`KALFP (…)`); its capitalised words' initials (accents aside, elided articles and
 * lower-case connectors skipped) must spell the acronym exactly, and the proposal must leave at least one of them out
 * (a name that is the whole expansion, `Union des Kalimbo (UDK)`, stays).
 */
import { alternation, fold } from '../../core/pattern.js';
import { EXPANSION_CONNECTORS, OPENING_ARTICLES } from '../lexicon/function-words.js';
import { spellsInitials } from './acronym-initials.js';

/** How far back an expansion is read from the proposal (characters). */
const REACH = 120;
/** `(ACR)` right after the proposal. */
const ACRONYM_AFTER = /^[ \t]*\n?[ \t]*\((?<acronym>\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/u;
/** `ACR (` then the bracket's words up to the proposal (no other bracket between). */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(?<acronym>\p{Lu}[\p{Lu}\p{N}&]{1,9})[ \t]*\n?[ \t]*\((?<inside>[^()]*)$/u;
/** A capitalised word, an elided article before it aside (`l'École` → `École`). */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])(?:[lLdD]['’])?(?<word>\p{Lu}[\p{L}'’-]*)/gu;

/** The capitalised words of `words` (lower-case ones are no part of the initials read here). */
function capitalisedWords(words: string): string[] {
  return [...words.matchAll(CAPITALISED_WORD)].map((match) => match.groups?.['word'] ?? '');
}

/** The folded letters of an acronym (digits and `&` aside), in capitals. */
const letters = (acronym: string): string => fold(acronym).replace(/[^a-z]/gu, '').toUpperCase();

/**
 * Whether the expansion's capitalised words before the proposal (`lead`), then its own (`own`), spell `acronym`, every
 * letter. An article opening the expansion, capitalised at a sentence's start (`La Jeune Ferme Partagée (JFP)`), is the
 * same article as the lower-case one mid-sentence, which lends no initial; it may lend one when a word follows it
 * (`Le Petit Atelier Solidaire (LPAS)`), never when it is all the lead (`Les Ateliers Kalimbo (LAK)`: the name is the
 * whole expansion, its article aside).
 */
function spellTogether(acronym: string, expansion: string, own: readonly string[]): boolean {
  const words = capitalisedWords(expansion);
  const lead = OPENING_ARTICLES.has(fold(words[0] ?? '')) ? words.slice(1) : words;
  if (lead.length === 0) return false;
  return spellsInitials(letters(acronym), [...lead, ...own], 'spells') || (lead !== words && spellsInitials(letters(acronym), [...words, ...own], 'spells'));
}

/** A word opening on a capital, an elided article before it aside. */
const CAPITALISED = /^(?:[lLdD]['’])?\p{Lu}/u;
/** A lower-case connector of an expansion (lexicon/function-words.ts). */
const CONNECTOR = new RegExp(`^${alternation(EXPANSION_CONNECTORS)}$`, 'u');

/** The capitalised words right before `start` on the expansion: back to a sentence mark or a lower-case word that is no connector. */
function expansionBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - REACH), start);
  const words = before.split(/(?<=[\s])/u);
  let kept = '';
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] ?? '';
    const bare = word.trim();
    if (bare === '') { kept = word + kept; continue; }
    if (/[.;:!?()«»"]/u.test(bare)) break;
    if (!CAPITALISED.test(bare) && !CONNECTOR.test(bare)) break;
    kept = word + kept;
  }
  return kept;
}

/** Whether the proposal at [start, end) is a proper tail of an acronym's expansion (see the file's comment). */
export function tailOfExpansion(text: string, start: number, end: number): boolean {
  const after = ACRONYM_AFTER.exec(text.slice(end, end + 16))?.groups?.['acronym'];
  // Most proposals have no acronym after them nor a closing bracket: their words are read only when they do
  // (speed only, the same answers).
  if (after === undefined && text.charAt(end) !== ')') return false;
  const own = capitalisedWords(text.slice(start, end));
  if (own.length === 0) return false;
  if (after !== undefined) return spellTogether(after, expansionBefore(text, start), own);
  // The closing bracket right after the proposal first (above): the pattern, anchored at the end, is tried from every position.
  const before = ACRONYM_BEFORE.exec(text.slice(Math.max(0, start - REACH), start))?.groups;
  if (before === undefined) return false;
  return spellTogether(before['acronym'] ?? '', before['inside'] ?? '', own);
}
