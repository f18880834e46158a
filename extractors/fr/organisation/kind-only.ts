/**
 * `kind-only`: a proposal that spells out a kind of structure and nothing else names no body
 * (`d'une Société Coopérative d'Intérêt Collectif`, `les FabLab`, `des Maisons Relais`), even in
 * title case. The value, its article aside, must be a whole kind of lexicon/kinds-of-structure.ts
 * or a run of words cut out of a legal form that holds a type word (`Coopérative d'Intérêt
 * Collectif`, `Société`) with no article of its own. A name has a word of its own (`Coopérative
 * Trokal`, `Repair'Cafés du Val`), is a run with no type word (`Relais`) or opens with its article
 * (`La Société`), and stays.
 */
import { fold } from '../../core/pattern.js';
import { KINDS_OF_PLACE, LEGAL_FORMS } from '../lexicon/kinds-of-structure.js';
import { OPENING_ARTICLES } from '../lexicon/function-words.js';
import { HEAD_WORDS } from './name-words.js';

const ARTICLES = OPENING_ARTICLES;

/** A folded word without its plural ending (`maisons` → `maison`); both sides of a comparison are read so. */
const singular = (word: string): string => word.replace(/(?<=[^s])[sx]$/u, '');

/** The words of `text`, folded, an apostrophe kept on the word it elides (`d'`), hyphens as spaces. */
function wordsOf(text: string): string[] {
  return fold(text).replace(/[’]/gu, "'").replace(/'/gu, "' ").replace(/-/gu, ' ').split(/\s+/u).filter((word) => word !== '');
}

const asWords = (kind: string): readonly string[] => wordsOf(kind).map(singular);
const FORMS: readonly (readonly string[])[] = LEGAL_FORMS.map(asWords);
const WHOLE_KINDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...KINDS_OF_PLACE].map((kind) => asWords(kind).join(' ')));

/** Where `part` stands as a run inside `whole`, or -1. */
function runAt(whole: readonly string[], part: readonly string[]): number {
  for (let at = 0; at + part.length <= whole.length; at += 1) if (part.every((word, index) => whole[at + index] === word)) return at;
  return -1;
}

/** Whether `value` names only a kind of structure (see the file's comment). */
export function namesKindOnly(value: string): boolean {
  const words = wordsOf(value);
  const withArticle = words.length > 1 && ARTICLES.has(words[0] ?? '');
  while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
  const part = words.map(singular);
  if (WHOLE_KINDS.has(part.join(' '))) return true;
  // A cut run opening with its article is a name's (`La Société`): only a bare one is a legal form's.
  return !withArticle && words.some((word) => HEAD_WORDS.has(word)) && FORMS.some((form) => part.length < form.length && runAt(form, part) >= 0);
}
