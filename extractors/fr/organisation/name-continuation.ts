/**
 * Does a lower-case word right after a name's capitalised words continue the name, or start the
 * prose? One decision, shared by the three readers of a name's extent: `nameExtent` (a name after a
 * type word, `fr.organisation.named`), the acronym parser (`fr.organisation.acronym`) and the name
 * candidates (`fr.organisation.candidate`). French names are often in sentence case (`Maison de
 * l'emploi du pays X`, `Trokal solidaire`), so a lower-case word alone says nothing; each rule below
 * is one piece of evidence that it belongs to the name, and its id is recorded on the mention
 * (`continues:ID`). No rule firing means the sentence goes on. Function words (`de`, `et`) are
 * the callers' connectors, not asked here. The rules, in the order they are tried:
 *
 * - `back-to-name`: the lower-case words lead back to a capital through `de`/`du`/`des`/`d'`, maybe
 *   over a line break (`Pôle Vert du pays⏎de Caux`): a territory closes the name. Not when the word
 *   right after the name is a verb form or a role (`Trokal organise des Rencontres`, `membre du…`).
 * - `closing-word`: one lower-case word closes a short name (one to three capitalised words) before
 *   a comma, a bracket, a semicolon, a closing quote or a full stop (`Trokal ensemble,`), and it is a
 *   dictionary word that is no verb form, participle, adverb or pronoun (`Trokal recrute,`,
 *   `Trokal aussi,` are prose).
 * - `closing-word-elsewhere`: one sense per page (the text an extractor sees): the same pair of the
 *   name's last word and the lower-case word closes a name that way elsewhere on the page (`…
 *   Trokal⏎ensemble de se…` when the page also writes `Trokal ensemble,`).
 * - `closing-word-before-verb`: such a word closes a short name the sentence's verb follows: a finite
 *   verb (`l'association Trokal numérique ouvre…`) or a past participle and its agent or place (`le PTCE
 *   Trokal construction porté par…`): the name is the verb's subject, and ends before it.
 * - `closing-word-before-apposition`: a noun that also spells a verb's present (`charpente`, `groupe`) or ends in
 *   `-ment` (`développement`) closes a short name before a comma and a past participle describing the body
 *   (`l'entreprise Trokal charpente, spécialisée dans…`): a verb closing its clause is not followed by an apposition.
 * - `to-acronym`: lower-case words, then the name's acronym in brackets (`… de l'économie solidaire (MESV)`).
 *
 * A heading (a run in capitals, or one ending on a capitalised article) is never continued.
 */
import { escapeRegExp, fold, literalFirst } from '../../core/pattern.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { memoisedForPage } from '../../core/memo.js';
import { FINITE_VERB_FORMS, PROSE_WORDS } from '../lexicon/prose-words.js';
import { CONNECTORS, TAIL_STOP, isRoleWord } from './name-words.js';

/** The rules below, and `phrase-name` (name-end-rules.ts: a name in sentence case read whole to the mark closing its clause). */
export type ContinuationRule =
  | 'back-to-name' | 'to-acronym' | 'closing-word' | 'closing-word-before-verb' | 'closing-word-elsewhere' | 'closing-word-before-apposition'
  | 'closing-unknown-word' | 'phrase-name';

export interface Continuation {
  readonly rule: ContinuationRule;
  /** Where the name ends when the rule reads it: the lower-case word's end, or the capital word the run leads back to. */
  readonly end: number;
}

/** What the caller knows of the name before the word. */
export interface NameSoFar {
  /** How many capitalised words the name has read (the head's words not counted). */
  readonly nameWords: number;
  /** The name's last capitalised word, right before the lower-case word; empty after a connector (`Maison de⏎l'emploi`). */
  readonly lastWord: string;
}

/** A lower-case word (letters, inner hyphens and apostrophes; maybe elided, `d'échanges`) after spaces or one line break. */
const LOWER_WORD = /^(?<gap>[ \t]+|[ \t]*\n[ \t]*)(?:[dl]['’])?(?<word>\p{Ll}+(?:[-'’]\p{Ll}+)*)(?![\p{L}\p{N}])/u;
/** At most one more lower-case word, then `de`/`du`/`des`/`d'` (an article maybe) and a capitalised word; each gap may wrap a line. */
const BACK_TO_NAME = /^(?:[ \t]*\n?[ \t]*\p{Ll}+)?[ \t]*\n?[ \t]*(?:de|du|des|d['’])(?:[ \t]*\n?[ \t]*(?:la[ \t]+|l['’]))?[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’-]*/u;
/** The word and up to three more lower-case words (or elided ones), before the acronym in brackets. */
const TO_ACRONYM = /^(?:[ \t]+(?:\p{Ll}+|[dl]['’]\p{Ll}+)){1,4}(?=[ \t]*\(\p{Lu}{2,10}\))/u;
/** What closes a name after its last word: a comma, a semicolon, a bracket, a closing quote, a full stop. */
const CLOSING_MARK = '[ \\t]*(?:[,;()»”"]|\\.(?![\\p{L}\\p{N}]))';
const CLOSING = new RegExp(`^${CLOSING_MARK}`, 'u');
/** A short name is at most this many capitalised words before its closing lower-case word. */
const SHORT_NAME = 3;

/** `-ent` after two letters at least (`vent`, `dent`: nouns), `-ont`, `-ait`: third-person verb forms (not nouns in `-ment`); future and conditional forms. */
const VERB_ENDING = /(?:(?<!m)(?<=\p{L}{2})ent|ont|ait|aient|ra)$/u;
/** Adverbs in `-ment` (`également`, `notamment`) and nouns alike: never the word closing a name. */
const MENT = /ment$/u;

/**
 * Whether a word is a finite verb form: a listed auxiliary, a third-person ending, a present
 * participle, or the present of a verb the dictionary knows (`recrute` ← `recruter`, `accueille` ←
 * `accueillir`). Past participles are not asked here: they qualify nouns inside names (`entreprises adaptées`).
 */
export function isFiniteVerbForm(word: string): boolean {
  const folded = fold(word);
  if (FINITE_VERB_FORMS.has(folded) || VERB_ENDING.test(folded) || /ant$/u.test(folded)) return true;
  return /e$/u.test(folded) && (isCommonWord(`${folded}r`) || isCommonWord(`${folded.slice(0, -1)}ir`));
}

/** A folded participle of a verb in `-er` (`creee`), and its stem. */
const FIRST_GROUP_PARTICIPLE = /^(?<stem>\p{Ll}{2,}?)(?:ee|es|ees|e)$/u;
/** A folded participle of a verb in `-ir`, `-re` or `-oir` (`reunie`, `recu`), and its stem. */
const OTHER_PARTICIPLE = /^(?<stem>\p{Ll}{2,}?)(?:it|is|ie|ies|i|ut|us|ue|ues|u)$/u;
/**
 * Whether a folded word is a verb form or a participle: a finite form (`isFiniteVerbForm`), or
 * the past participle of a verb whose infinitive the dictionary knows (`engagée` ← `engager`,
 * `réunit` ← `réunir`).
 */
export function isVerbForm(word: string): boolean {
  if (isFiniteVerbForm(word)) return true;
  const folded = fold(word);
  const participle = FIRST_GROUP_PARTICIPLE.exec(folded)?.groups?.['stem'];
  if (participle !== undefined && /é(?:e|s|es)?$/u.test(word) && isCommonWord(`${participle}er`)) return true;
  const stem = OTHER_PARTICIPLE.exec(folded)?.groups?.['stem'];
  return stem !== undefined && (isCommonWord(`${stem}ir`) || isCommonWord(`${stem}re`) || isCommonWord(`${stem}ire`) || isCommonWord(`${stem}oir`));
}

/** A word that may close a name: a dictionary word, no function word, verb form, adverb or pronoun. */
export function mayCloseName(word: string): boolean {
  const folded = fold(word);
  if (folded.length < 3 || TAIL_STOP.has(folded) || CONNECTORS.has(folded) || PROSE_WORDS.has(folded) || MENT.test(folded)) return false;
  return isCommonWord(folded) && !isVerbForm(word);
}

/** The marks of CLOSING_MARK, without the spaces before them. */
const MARK_ALONE = /[,;()»”"]|\.(?![\p{L}\p{N}])/gu;

/**
 * Every offset of the page where CLOSING_MARK matches (a mark, or spaces before one): where a word must end to stand
 * before a closing mark. Found once per page, from the marks back over the spaces before each.
 */
const closingMarkStarts = memoisedForPage((text): number[] => {
  const starts: number[] = [];
  for (const mark of text.matchAll(MARK_ALONE)) {
    let start = mark.index;
    while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start -= 1;
    for (let at = start; at <= mark.index; at += 1) starts.push(at);
  }
  return starts;
});

/**
 * Whether the page has the lower-case word before a closing mark anywhere, asked once per page
 * and word: without it no pair can close a name, and the pair's own pattern need not be compiled
 * and run over the whole page for every name (issue 13: the square of a long page's length). Read
 * at the page's closing marks (`closingMarkStarts`): the word written right before one, as the pattern
 * `word(?=CLOSING_MARK)` finds it, with no pattern compiled per word.
 */
const closesSomewhere = memoisedForPage((text, word) => closingMarkStarts(text, '').some((at) => at >= word.length && text.startsWith(word, at - word.length)));

/** Where the last word then the lower-case word (`key`: the two, NUL between) close a name on the page; once per page and pair. */
const closingPairs = memoisedForPage((text, key): number[] => {
  const [lastWord = '', word = ''] = key.split('\u0000');
  // The last word first, its boundary looked behind from its end: the engine skips to the word's letters.
  const pair = new RegExp(`${literalFirst(escapeRegExp(lastWord), '(?<![\\p{L}\\p{N}])')}[ \\t]*\\n?[ \\t]*${escapeRegExp(word)}(?=${CLOSING_MARK})`, 'gu');
  return Array.from(text.matchAll(pair), (found) => found.index);
});

/** The same last word and lower-case word close a name elsewhere on the page (one sense per page). */
function closesElsewhere(text: string, lastWord: string, word: string, here: number): boolean {
  if (!closesSomewhere(text, word)) return false;
  return closingPairs(text, `${lastWord}\u0000${word}`).some((index) => Math.abs(index - here) > lastWord.length + word.length + 4);
}

/**
 * The continuation rule that reads the lower-case word at `offset` (after spaces or a line break)
 * as part of the name before it, or null when the word starts the prose. `text` is the page.
 */
export function nameContinuation(text: string, offset: number, name: NameSoFar): Continuation | null {
  const after = text.slice(offset, offset + 80);
  const lower = LOWER_WORD.exec(after);
  if (lower === null || name.nameWords === 0) return null;
  const word = lower.groups?.['word'] ?? '';
  // A function word (`de`, `et`, `pour`) is a connector, read by the caller's own rules; only a content word is decided here.
  if (TAIL_STOP.has(fold(word)) || CONNECTORS.has(fold(word))) return null;
  // A run ending on a capitalised article (`… Les⏎enjeux`) or written in capitals (`SOUTIEN AUX PTCE⏎enjeux`) is a heading before a sentence.
  if (TAIL_STOP.has(fold(name.lastWord)) || (name.nameWords > 1 && /^\p{Lu}{2,}$/u.test(name.lastWord))) return null;
  const wordEnd = offset + lower[0].length;
  const back = backToName(text, wordEnd, word, name);
  if (back !== null) return { rule: 'back-to-name', end: back };
  const closing = closingRule(text, offset, wordEnd, word, name);
  if (closing !== null) return { rule: closing, end: wordEnd };
  // A verb right after the name (`Trokal agit dans les quartiers (QPV)`) is the sentence, whatever acronym follows.
  const acronym = name.lastWord !== '' && isVerbForm(word) ? null : TO_ACRONYM.exec(after);
  return acronym === null ? null : { rule: 'to-acronym', end: offset + acronym[0].length };
}

/** `back-to-name`: where the run through `de` ends, or null. Right after a capitalised word, a participle or a role (`basée à`, `membre du`) describes the body. */
function backToName(text: string, wordEnd: number, word: string, name: NameSoFar): number | null {
  if (PROSE_WORDS.has(fold(word)) || (name.lastWord !== '' && (isRoleWord(word) || isVerbForm(word)))) return null;
  const back = BACK_TO_NAME.exec(text.slice(wordEnd, wordEnd + 80));
  return back === null ? null : wordEnd + back[0].length;
}

/** The next word (maybe on the next line) and what follows it. */
const NEXT_WORD = /^[ \t]*\n?[ \t]*(?<word>\p{Ll}[\p{Ll}'’-]*)(?<after>[^]{0,12})/u;
/** A past participle in `-é` (`porté`, `créée`) and what places or credits it (`porté par`, `installée à`). */
const PARTICIPLE_IN_E = /^\p{Ll}{3,}(?:é|ée|és|ées)$/u;
const AGENT_OR_PLACE = /^[ \t]*\n?[ \t]*(?:par|à|au|aux|en|dans|depuis|sur|avec|pour)(?![\p{L}])/u;
/** What a verb takes: an article, a possessive or a demonstrative, or a preposition (`ouvre son atelier`, `accueille des`, `agit pour`). */
const VERB_COMPLEMENT = /^[ \t]*\n?[ \t]*(?:le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|notre|nos|ce|cet|cette|ces|à|au|aux|en|pour|avec|dans|sur|chez)(?![\p{L}])/u;
/** An auxiliary's participle (`a réussi`, `est née`) or a lower-case word after a listed verb. */
const LOWER_AFTER = /^[ \t]*\n?[ \t]*\p{Ll}/u;

/**
 * `closing-word-before-verb`: the subject's name closes before its verb: a finite verb and what it takes (`… Trokal
 * numérique ouvre son…`, `… a réussi`), or a past participle and its agent or place (`… Trokal construction porté par`).
 * An adjective that spells a verb's present (`fort active.`) is no verb with nothing after it.
 */
function verbFollows(after: string): boolean {
  const next = NEXT_WORD.exec(after);
  const word = next?.groups?.['word'] ?? '';
  const rest = next?.groups?.['after'] ?? '';
  if (next === null || TAIL_STOP.has(fold(word)) || CONNECTORS.has(fold(word))) return false;
  if (FINITE_VERB_FORMS.has(fold(word))) return LOWER_AFTER.test(rest);
  if (PARTICIPLE_IN_E.test(word)) return AGENT_OR_PLACE.test(rest);
  return isFiniteVerbForm(word) && !/ant$/u.test(word) && VERB_COMPLEMENT.test(rest);
}

/** A comma, then a past participle in `-é` describing what comes before it (`, spécialisée`, `, fédérées`). */
const APPOSITION_AFTER = /^[ \t]*,[ \t]*\n?[ \t]*\p{Ll}{3,}(?:é|ée|és|ées)(?![\p{L}])/u;

/**
 * `closing-word-before-apposition`: a dictionary word that `mayCloseName` refuses only as a verb form or for its `-ment`
 * (no function word, prose word or pronoun), before a comma and a past participle: the apposition describes the name.
 */
function closesBeforeApposition(text: string, wordEnd: number, word: string): boolean {
  const folded = fold(word);
  if (folded.length < 4 || TAIL_STOP.has(folded) || CONNECTORS.has(folded) || PROSE_WORDS.has(folded) || FINITE_VERB_FORMS.has(folded) || !isCommonWord(folded)) return false;
  return APPOSITION_AFTER.test(text.slice(wordEnd, wordEnd + 30));
}

/**
 * `closing-unknown-word`: a lower-case word no dictionary knows (a loan word, a regional language's, a brand's: `Trokal
 * péyi.`, `Kalvo télécom,`), four letters or more and no verb's ending, closes a short name before a closing mark.
 */
function closesAsUnknownWord(word: string): boolean {
  const folded = fold(word);
  return folded.length >= 4 && /^\p{Ll}+$/u.test(folded) && !isCommonWord(folded) && !VERB_ENDING.test(folded) && !MENT.test(folded);
}

/** `closing-word` or `closing-word-elsewhere` for a word right after a short name's last capitalised word, or null. */
function closingRule(text: string, offset: number, wordEnd: number, word: string, name: NameSoFar): ContinuationRule | null {
  if (name.nameWords > SHORT_NAME || name.lastWord === '') return null;
  if (closesAsUnknownWord(word) && CLOSING.test(text.slice(wordEnd, wordEnd + 3))) return 'closing-unknown-word';
  if (!mayCloseName(word)) return closesBeforeApposition(text, wordEnd, word) ? 'closing-word-before-apposition' : null;
  if (CLOSING.test(text.slice(wordEnd, wordEnd + 3))) return 'closing-word';
  if (closesElsewhere(text, name.lastWord, word, offset)) return 'closing-word-elsewhere';
  return verbFollows(text.slice(wordEnd, wordEnd + 40)) ? 'closing-word-before-verb' : null;
}
