/**
 * Features of the fitted organisation decision (decision.ts) that read properties of the language
 * and of the layout, never a given name: how many of a proposal's words are ordinary French
 * words, whether any word could name one body by itself, the case pattern of its words, a word
 * said twice, and what stands right next to it on its line (a capitalised word that would continue
 * it, a run of capitals, letters glued to it). Each is a small pure function of a `ProposalView`,
 * pinned by test/extractors/fr/organisation/decision-features.test.ts.
 */
import { fold } from '../../core/pattern.js';
import { NON_UNIT_WORDS, OPENING_ARTICLES } from '../lexicon/function-words.js';
import { ONE_WORD_HEADS } from './name-words.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import type { FeatureFunction, ProposalView } from './decision-features.js';
import { OPENS_UPPER, OPENS_LOWER, HOLDS_LETTER } from '../../core/word-shape.js';

/** A word stripped of the punctuation around it and of an elided article (`l'Atelier,` → `Atelier`). */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/^\p{L}['’]/u, '');
/** The proposal's words that carry content: not function words nor articles, with a letter. */
function contentWords(v: ProposalView): string[] {
  return v.words.map(bare).filter((word) => HOLDS_LETTER.test(word) && !NON_UNIT_WORDS.has(fold(word)) && !OPENING_ARTICLES.has(fold(word)));
}
const capitalisedWord = (word: string): boolean => OPENS_UPPER.test(word);
const inCapitals = (word: string): boolean => /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase();
/** A word that names nothing by itself: an ordinary word, a place or a type word. */
const plainWord = (word: string): boolean => isCommonWord(word) || isPlaceName(word) || ONE_WORD_HEADS.has(fold(word));

/** A lower-case letter, capitals, then a lower-case letter again inside one word (`proFIte`, `eDIto`). */
const CASE_SWITCH = /\p{Ll}\p{Lu}+\p{Ll}/u;
/** The word right before the proposal on its line, and the word right after. */
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const wordAfter = (v: ProposalView): string => WORD_AFTER.exec(v.after)?.[1] ?? '';
const wordBefore = (v: ProposalView): string => WORD_BEFORE.exec(v.before)?.[1] ?? '';
/** Whether the word before follows a sentence's end (`.`, `!`, `?`, `:`). */
function wordBeforeOpensSentence(v: ProposalView): boolean {
  const match = WORD_BEFORE.exec(v.before);
  return match !== null && /[.!?:][ \t]*$/u.test(v.before.slice(0, match.index));
}

/** Features of the words of a proposal and of its neighbours on the line. */
export const LANGUAGE_FEATURES: Readonly<Record<string, FeatureFunction>> = {
  /** Share of the content words that are ordinary French words (`Les Prix`: 1, `Tisse'Lien Brume`: 0). */
  'common-share': (v) => {
    const words = contentWords(v);
    return words.length === 0 ? 0 : words.filter(isCommonWord).length / words.length;
  },
  /** Every content word is ordinary, a place or a type word (`Pôle Développement`, `Cabinet du Val`): no word names one body. */
  'all-plain': (v) => {
    const words = contentWords(v);
    return Number(words.length > 0 && words.every(plainWord));
  },
  /** Opens on a lower-case word (`recyclerie du quartier`): a common noun phrase read as a name. */
  'starts-lower': (v) => Number(OPENS_LOWER.test(v.words[0] ?? '')),
  /** A word with capitals inside its lower case (`proFIte`, `eDIto`): case noise of a layout more often than a coined name. */
  'case-switch': (v) => Number(v.words.some((word) => CASE_SWITCH.test(word))),
  /** A content word said twice (`Rencontre du Nord Rencontre du Sud`): a run over two phrases. */
  'repeated-word': (v) => {
    const words = contentWords(v).map(fold);
    return Number(new Set(words).size < words.length);
  },
  /** The word right after it on the line is capitalised (`[Brume Ouest] Pôle`): cut before the rest of a name. */
  'capital-after': (v) => Number(capitalisedWord(wordAfter(v))),
  /** The word right before it on the line is capitalised and opens no sentence (`de l'UR [Brume]`): cut after a name's start. */
  'capital-before': (v) => Number(capitalisedWord(wordBefore(v)) && !wordBeforeOpensSentence(v)),
  /** Next to a word in capitals (`CARTE DES [PTCE RETENUS]`, `[BRUME] SERVICES`): a heading in capitals. */
  'in-capitals-run': (v) => Number(inCapitals(wordBefore(v)) || inCapitals(wordAfter(v))),
  /** Glued to a letter, digit, `_` or `/` outside it (`ville_NOM_2`, `site/Nom`, `Nom-Suite`): a file name, an address, joined words. */
  glued: (v) => Number(/[\p{L}\p{N}_/]$/u.test(v.before) || /^(?:[\p{L}\p{N}_/]|-\p{L})/u.test(v.after)),
};
