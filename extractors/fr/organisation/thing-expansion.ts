/**
 * `thing-expansion`: `les fournisseurs d'accès à Internet (FAI)`, `l'ALSH (Accueil de loisirs sans
 * hébergement)`: an acronym the page spells out in sentence case, the phrase led by
 * no type word, names a thing (a service, a kind of provider, a permit, a certificate), not a body. A body's name
 * spelled out is in title case (`Protection Maternelle et Infantile`) or led by its type word (`Agence régionale de
 * santé`, `centre communal d'action sociale`) or an administration's noun (`Service d'accueil…`, `commission
 * départementale…`: lexicon/organisation-types.ts `SPELLED_OUT_BODY_NOUNS`), and a known body's acronym never reaches this guard. One sense per
 * page: spelled out once, the acronym names that thing wherever the page writes it.
 *
 * The phrase is read loosely, as writers shorten (`l'ACMSH (Accueil de mineurs sans hébergement)` drops a word of
 * the acronym): its first word gives the acronym's first letter, every content word's initial is a later letter of the
 * acronym, in order, and the content words are as many as its letters or one fewer.
 */
import { memoisedForPage } from '../../core/memo.js';
import { fold } from '../../core/pattern.js';
import { looselySpells, phrasesBeforeBracket, unwrapped } from './acronym-initials.js';
import { HOLDS_UPPER, OPENS_LOWER, OPENS_UPPER } from '../../core/word-shape.js';
import { HEAD_WORDS } from './name-words.js';
import { SPELLED_OUT_BODY_NOUNS } from '../lexicon/organisation-types.js';

/** Words that make a spelled-out phrase a body's name: the type words and an administration's nouns, folded. */
const BODY_WORDS: ReadonlySet<string> = new Set([...HEAD_WORDS, ...SPELLED_OUT_BODY_NOUNS.map(fold)]);

/** Words that lend no initial (connectors and articles). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'à', 'a', 'en', 'aux', 'au', 'sur', 'par', 'dans', 'avec']);

/** A word with an elided article kept off (`d'accès` → `accès`). */
const bare = (word: string): string => word.replace(/^[dlDL]['’]/u, '');
const isConnector = (word: string): boolean => CONNECTORS.has(fold(bare(word)));

/**
 * Whether the phrase's content words are in sentence case and led by no type word: the first word lower case and at
 * most one capitalised word after it (`… à Internet`), or, when the phrase fills the bracket after the acronym, the
 * first capitalised (the bracket opens like a sentence) and every other one lower case. Before `(ACR)` in mid-sentence,
 * a capital on the first word marks a name (`le Campus des arts du bois (CAB)`).
 */
function sentenceCaseThing(content: readonly string[], inBracket: boolean): boolean {
  if (content.some((word) => BODY_WORDS.has(fold(word)))) return false;
  const capitalised = content.slice(1).filter((word) => HOLDS_UPPER.test(word)).length;
  if (OPENS_LOWER.test(content[0] ?? '')) return capitalised <= 1;
  return inBracket && capitalised === 0 && OPENS_UPPER.test(content[0] ?? '');
}

/** Whether the words right before a bracket, or those inside it, end (or are) a sentence-case thing spelling `acronym`. */
function spellsThing(words: readonly string[], letters: string, wholeBracket: boolean): boolean {
  const firsts = wholeBracket ? [0] : words.map((_word, index) => index);
  return firsts.some((first) => {
    const phrase = words.slice(first);
    if (phrase.length === 0 || isConnector(phrase[0] ?? '')) return false;
    // The phrase is all of the name: a body's word right before it would lead it (`Fédération française handisport
    // (FFH)` is not `française handisport`).
    const before = words[first - 1];
    if (before !== undefined && BODY_WORDS.has(fold(bare(before)))) return false;
    const content = phrase.filter((word) => !isConnector(word)).map(bare).filter((word) => word !== '');
    return looselySpells(letters, content) && sentenceCaseThing(content, wholeBracket);
  });
}

/** The phrase before `(ACR)`: its words back to a punctuation mark or a blank line, wrapped lines joined. */
const PHRASE_BEFORE = { window: 140, pattern: /(?:^|[.!?;:,•()«»"–—\n])(?<phrase>[^.!?;:,•()«»"–—\n]{3,140})$/u, unwrap: true } as const;
/** `ACR (phrase)` on one line. */
const BRACKET_AFTER = /^[ \t]*\n?[ \t]*\((?<phrase>[^()\n]{3,140})\)/u;


const words = (phrase: string): string[] => phrase.trim().split(/[\s'’]+/u).filter((word) => word !== '').map((word) => word.replace(/[^\p{L}\p{N}-]+$/u, ''));

/** Whether the page spells `acronym` out as a thing, before `(ACR)` or inside `ACR (…)` (the first 20 of each). */
export const spelledOutAsThing = memoisedForPage((text: string, acronym: string): boolean => {
  const letters = fold(acronym).replace(/[^a-z]/gu, '');
  if (letters.length < 2) return false;
  for (const phrase of phrasesBeforeBracket(text, acronym, PHRASE_BEFORE)) {
    if (spellsThing(words(phrase).slice(-10), letters, false)) return true;
  }
  let seen = 0;
  for (let at = text.indexOf(acronym); at !== -1 && seen < 20; at = text.indexOf(acronym, at + 1)) {
    seen += 1;
    if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(at + acronym.length))) continue;
    const phrase = BRACKET_AFTER.exec(unwrapped(text.slice(at + acronym.length, at + acronym.length + 150)))?.groups?.['phrase'];
    if (phrase !== undefined && spellsThing(words(phrase), letters, true)) return true;
  }
  return false;
});
