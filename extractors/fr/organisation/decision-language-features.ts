/**
 * Features of the fitted organisation decision (decision.ts) that read properties of the language
 * and of the layout, never a given name: how many of a proposal's words are ordinary French words
 * or places, the case pattern of its words, a function word or a conjunction inside it, a word
 * said twice, and whether the words right next to it on its line would continue it (a capitalised
 * word, a run of capitals). Each is a small pure function of a `ProposalView`, pinned by
 * test/extractors/fr/organisation/decision-features.test.ts.
 */
import { fold } from '../../core/pattern.js';
import { NON_UNIT_WORDS, OPENING_ARTICLES } from '../lexicon/function-words.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import type { FeatureFunction, ProposalView } from './decision-features.js';

/** A word of letters (apostrophes and hyphens inside), stripped of the punctuation around it. */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const elided = (word: string): string => word.replace(/^\p{L}['’]/u, '');
/** The proposal's words that carry content: not function words, not articles, not digits alone. */
function contentWords(v: ProposalView): string[] {
  return v.words
    .map((word) => elided(bare(word)))
    .filter((word) => /\p{L}/u.test(word) && !NON_UNIT_WORDS.has(fold(word)) && !OPENING_ARTICLES.has(fold(word)));
}
const capitalisedWord = (word: string): boolean => /^\p{Lu}/u.test(word);
const share = (words: readonly string[], test: (word: string) => boolean): number =>
  words.length === 0 ? 0 : words.filter(test).length / words.length;

/** A lower-case letter followed by a capital then a lower-case letter again, inside one word (`proFIte`, `eDIto`). */
const CASE_SWITCH = /\p{Ll}\p{Lu}+\p{Ll}/gu;
/** The word right before the proposal on its line, and right after. */
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const wordBefore = (v: ProposalView): string => WORD_BEFORE.exec(v.before)?.[1] ?? '';
const wordAfter = (v: ProposalView): string => WORD_AFTER.exec(v.after)?.[1] ?? '';
const inCapitals = (word: string): boolean => /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase();

const HEADS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.filter((head) => !/[\s']/u.test(head)).map(fold));
/** A word that names nothing by itself: an ordinary word, a place or a type word. */
const plainWord = (word: string): boolean => isCommonWord(word) || isPlaceName(word) || HEADS.has(fold(word));
/** A word that anchors a name: capitalised and neither an ordinary word nor a place, or in capitals. */
const anchorWord = (word: string): boolean => (capitalisedWord(word) && !isCommonWord(word) && !isPlaceName(word)) || inCapitals(word);
/** Share of the letters of the proposal's line that are capitals (the proposal left out). */
function lineCapitals(v: ProposalView): number {
  const letters = (v.before + v.after).replace(/[^\p{L}]/gu, '');
  return letters.length < 12 ? 0 : letters.replace(/\P{Lu}/gu, '').length / letters.length;
}

/** Features of the words of a proposal and of its neighbours on the line. */
export const LANGUAGE_FEATURES: Readonly<Record<string, FeatureFunction>> = {
  /** Share of the content words that are ordinary French words (`Les Prix`: 1, `Tisse'Lien Brume`: 0). */
  'common-share': (v) => share(contentWords(v), isCommonWord),
  /** Share of the capitalised content words that name a place (`Lunel et Sète`: 1). */
  'place-share': (v) => share(contentWords(v).filter(capitalisedWord), isPlaceName),
  /** Opens on a lower-case word (`recyclerie du Val`): a common noun phrase read as a name. */
  'starts-lower': (v) => Number(/^\p{Ll}/u.test(v.words[0] ?? '')),
  /** Opens on a capitalised function word other than an article (`Après Lunel`, `Depuis Brume`). */
  'opens-function-word': (v) => {
    const first = fold(bare(v.words[0] ?? ''));
    return Number(v.words.length > 1 && NON_UNIT_WORDS.has(first) && !OPENING_ARTICLES.has(first) && capitalisedWord(v.words[0] ?? ''));
  },
  /** A word with a capital inside its lower case (`fiNANce`, `proFIte`): case noise of a layout, or a coined name. */
  'case-switch': (v) => Number(v.words.some((word) => (word.match(CASE_SWITCH)?.length ?? 0) > 0)),
  /** Holds `et` or a comma between its words: two names, or a list, read as one. */
  'has-conjunction': (v) => Number(v.words.slice(1, -1).some((word) => fold(word) === 'et') || /,\s/u.test(v.value)),
  /** A content word said twice (`Rencontre du Nord Rencontre du Sud`): a run over two phrases. */
  'repeated-word': (v) => {
    const words = contentWords(v).map(fold);
    return Number(new Set(words).size < words.length);
  },
  /** The word right after it on the line is capitalised (`[Brume Ouest] Pôle`): cut before the rest of a name. */
  'capital-after': (v) => Number(capitalisedWord(wordAfter(v))),
  /** The word right before it on the line is capitalised, not after a sentence end (`l'UR [Brume]`). */
  'capital-before': (v) => Number(capitalisedWord(wordBefore(v)) && !/[.!?:][ \t]*$/u.test(v.before.slice(0, -wordBefore(v).length || undefined))),
  /** In a run of words in capitals (`CARTE DES [PTCE RETENUS]`, `[BRUME] SERVICES`): a heading in capitals. */
  'in-capitals-run': (v) => Number(inCapitals(wordBefore(v)) || inCapitals(wordAfter(v))),
  /** Two words exactly. */
  'two-words': (v) => Number(v.words.length === 2),
  /** Ends on a capitalised ordinary word that is not a type word's name end: `… Discours`, `… Vous`. */
  'ends-common-capital': (v) => {
    const last = bare(v.words[v.words.length - 1] ?? '');
    return Number(v.words.length > 1 && capitalisedWord(last) && !inCapitals(last) && isCommonWord(last));
  },
  /** No content word at all (`Le`, `Les Et`): function words read as a name. */
  'no-content-word': (v) => Number(contentWords(v).length === 0),
  /** Every content word is ordinary, a place or a type word (`Pôle Développement`, `Cabinet du Val`): nothing names one body. */
  'all-plain': (v) => {
    const words = contentWords(v);
    return Number(words.length > 0 && words.every(plainWord));
  },
  /** Opens lower-case with no anchoring word after (`recyclerie du quartier`): a description, not a name. */
  'lower-no-anchor': (v) => Number(/^\p{Ll}/u.test(v.words[0] ?? '') && !contentWords(v).slice(1).some(anchorWord)),
  /** Glued to a letter, digit, `_` or `/` outside it (`ville_NOM_2`, `site/Nom`): a file name, an address, a run of joined words. */
  glued: (v) => Number(/[\p{L}\p{N}_/]$/u.test(v.before) || /^(?:[\p{L}\p{N}_/]|-\p{L})/u.test(v.after)),
  /** On a line mostly in capitals (a heading, a banner). */
  'capitals-line': (v) => Number(lineCapitals(v) > 0.6),
  /** Ends on a sentence's punctuation (`MÉMOIRE DE FIN.`). */
  'ends-punctuation': (v) => Number(/[.!?:;]\s*$/u.test(v.value)),
};
