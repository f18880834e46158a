/**
 * Whether a word with a capital inside (`fr.organisation.brand`: `coHose`, `rESSources`,
 * `écoNautes`) is no coined name but damage: each reason is named and pinned by
 * test/extractors/fr/organisation/brand-guard.test.ts.
 *
 * - `glued-function-word`: an OCR'd elision or preposition glued to a capitalised word
 *   (`aDole`, `lEurope`, `llAMAP`, `delAPES`): one or two lower-case letters that are a French function
 *   word or an elision (or `del`, a `de l'` that lost its apostrophe), then the word.
 * - `mixed-case-word`: a French word whose letters a font or an OCR wrote in mixed case
 *   (`proGramme`, `mInIstre`, `partenaIres`, small capitals read as capitals), maybe after an article
 *   or an elision glued to it (`lamInIstre`, `lenOuvelle`): lower-cased it
 *   is a common word, and its inner capitals spell no acronym of the field (`rESSources`,
 *   `ProcESseurs` pun on `ESS` and are kept).
 * - `glued-before-first-name`: a common word or a verb of the sentence glued to the first name
 *   that follows it (`ajouteLéa Morel`, `souligneHugo`): a person after a lost space, no brand.
 * - `glued-sentence`: thirty letters or more, words glued together (`nouslancionsleProgramme…`).
 * - `glued-words`: two common words glued where a layout dropped the space (web button labels
 *   side by side, `téléchargeableOuvrir`): a lower-case word of six letters or more, then one
 *   capitalised word, both common words. Coined names glue a short prefix (`coKalim`, `écoTrokal`)
 *   or a word that is no common word.
 * - `glued-label`: a web page's label glued to the capital of what follows it, where the layout dropped the space
 *   between a breadcrumb or a tag and the text: a menu word (lexicon/page-furniture.ts) in any case (`AccueilKalimbo`,
 *   `ActualitésBTPVilaret`), or an organisation's type word in lower case, a post's tag (`recyclerieVilaret`,
 *   `associationKalimbo`). Coined names glue no whole type word in lower case (`écoTrokal`, `villageTrokal`).
 * - `glued-furniture`: a page's menu word glued after another word, where a web layout ran its buttons together
 *   (`pageImprimer`, `siteAjouter`, `FavorisPartagerImprimer`): a capitalised part after the first is a menu word
 *   (lexicon/page-furniture.ts). Coined names end on their own word, no button's (`écoNautes`, `coKalim`).
 * - `surname-after-first-name` (`surnameAfterFirstName`, read in the text): a word in mixed case right after a first
 *   name is a surname in small capitals (`Julie brENvaC`); a page's label in mixed case (`eDIto`) is a `mixed-case-word`.
 * - `in-identifier` (`inIdentifier`, read in the text): a word joined by an underscore to what is before or after it
 *   (`IMG_0412_retKAL`, `icon_miniKalv`, `ob_3f2_captuRe`) is a piece of a file's, an image's or a web page's identifier,
 *   which a page's layout printed as text; names are written with spaces or hyphens, not underscores.
 * - `glued-elision` (`gluedElision`, read in the text): a lower-case word whose one capital is its last letter, right
 *   before an apostrophe (`kalvoL'assemblée`, `imagesS'inscrire`): the next word's elided article or pronoun glued on
 *   where a layout dropped the space, no coined name.
 */
import { fold } from '../../core/pattern.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { PAGE_FURNITURE_WORDS } from '../lexicon/page-furniture.js';
import { ONE_WORD_HEADS } from './name-words.js';
import { isFirstName } from '../names.js';
import { isFiniteVerbForm } from './name-continuation.js';

const GLUED_FUNCTION_WORD = /^(?:a|à|l|ll|d|del|en|le|la|de|du|au)\p{Lu}/u;
/** An article or an elision glued to a word in mixed case (`lamInIstre`): the article, then the word. */
const GLUED_ARTICLE = /^(?:la|le|les|l|de|du|d)(?<word>\p{Ll}+\p{Lu}[\p{L}]*)$/u;
/** A lower-case word of five letters or more, then a capitalised word (a first name, for `glued-before-first-name`). */
const WORD_THEN_NAME = /^(?<word>\p{Ll}{5,})(?<name>\p{Lu}\p{Ll}+)$/u;
/** A lower-case word of six letters or more, then one capitalised word. */
const TWO_WORDS = /^(\p{Ll}{6,})(\p{Lu}\p{Ll}+)$/u;
/** A word glued to a capital after it (`AccueilKalimbo`, `ActualitésBTP`, `recyclerieVilaret`): the first word. */
const GLUED_LABEL = /^(?<label>\p{L}\p{Ll}{3,})(?=\p{Lu})/u;
const ALL_LOWER_WORD = /^\p{Ll}+$/u;
/** The field's acronym, which brands spell inside a word (`rESSources`). */
const FIELD_CAPITALS = /^(?:ES|ESS)$/u;

/** Each capitalised part of a glued word after its first letters (`siteAjouter` → `Ajouter`). */
const INNER_PARTS = /(?<=\p{L})\p{Lu}\p{Ll}+/gu;

/** `glued-furniture`: a menu word (`Imprimer`, `Envoyer`) glued after another word: buttons side by side, no name. */
function gluedFurniture(word: string): boolean {
  return [...word.matchAll(INNER_PARTS)].some((part) => PAGE_FURNITURE_WORDS.has(fold(part[0])));
}

/** `glued-words`: two common words glued, a lower-case one of six letters or more, then a capitalised one. */
function gluedWords(word: string): boolean {
  const two = TWO_WORDS.exec(word);
  return two !== null && isCommonWord(two[1] ?? '') && isCommonWord((two[2] ?? '').toLowerCase());
}

/** `glued-label`: a menu word in any case, or a type word in lower case, glued to a capital. */
function gluedLabel(word: string): boolean {
  const label = GLUED_LABEL.exec(word)?.groups?.['label'];
  return label !== undefined && (PAGE_FURNITURE_WORDS.has(fold(label)) || (ALL_LOWER_WORD.test(label) && ONE_WORD_HEADS.has(fold(label))));
}

/** `mixed-case-word`: the word, or the word after an article or an elision glued to it, is a common word in mixed case. */
function mixedCaseOrGlued(word: string): boolean {
  return mixedCaseWord(word) || mixedCaseWord(GLUED_ARTICLE.exec(word)?.groups?.['word'] ?? '');
}

/** `glued-before-first-name`: a word of the sentence, then a first name. */
function gluedBeforeFirstName(word: string): boolean {
  const glued = WORD_THEN_NAME.exec(word)?.groups;
  return glued !== undefined && isFirstName(glued['name'] ?? '') && gluedSentenceWord(glued['word'] ?? '');
}

/** Each reason a brand-like word is damage and its test, in the order they are tried (the first that holds names it). */
const DAMAGE_REASONS: readonly (readonly [string, (word: string) => boolean])[] = [
  ['glued-function-word', (word) => GLUED_FUNCTION_WORD.test(word)],
  ['glued-sentence', (word) => word.length >= 30],
  ['glued-words', gluedWords],
  ['glued-label', gluedLabel],
  ['glued-furniture', gluedFurniture],
  ['mixed-case-word', mixedCaseOrGlued],
  ['glued-before-first-name', gluedBeforeFirstName],
];

/** The named reason a brand-like word is damage, or null when it may be a coined name. */
export function brandDamage(word: string): string | null {
  return DAMAGE_REASONS.find(([, test]) => test(word))?.[0] ?? null;
}

/** A common word (or a page's label) in mixed case whose inner capitals spell no acronym of the field. */
function mixedCaseWord(word: string): boolean {
  if (word === '') return false;
  const inner = word.slice(1).replace(/\P{Lu}+/gu, ' ').trim();
  const lower = word.toLowerCase();
  return (isCommonWord(lower) || PAGE_FURNITURE_WORDS.has(fold(lower))) && !inner.split(' ').some((run) => FIELD_CAPITALS.test(run));
}

/** A word of the sentence before a glued first name: a common word or a verb form (`ajoute`, `souligne`). */
function gluedSentenceWord(word: string): boolean {
  return isCommonWord(word) || isFiniteVerbForm(word);
}

/** The word right before `start` on its line. */
const WORD_BEFORE = /(?<word>\p{L}[\p{L}'’-]*)[ \t]+$/u;

/**
 * `surname-after-first-name`: `Julie brENvaC`, `nadège keRDaVOs`: a word in mixed case right after a
 * first name (in any case) is the person's surname in a font's small capitals, not a brand.
 */
export function surnameAfterFirstName(text: string, start: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.groups?.['word'];
  return before !== undefined && isFirstName(before.charAt(0).toUpperCase() + before.slice(1).toLowerCase());
}

/** `in-identifier`: whether the word over `start`…`end` of `text` is joined by an underscore to its neighbours (see above). */
export function inIdentifier(text: string, start: number, end: number): boolean {
  return text.charAt(start - 1) === '_' || text.charAt(end) === '_';
}

/** A word ending on lower-case letters, then one capital. */
const ENDS_ON_ONE_CAPITAL = /\p{Ll}\p{Lu}$/u;

/** `glued-elision`: whether the word over `start`…`end` of `text` ends on the next word's elision (see above). */
export function gluedElision(text: string, start: number, end: number): boolean {
  return ENDS_ON_ONE_CAPITAL.test(text.slice(start, end)) && /['’]/u.test(text.charAt(end));
}
