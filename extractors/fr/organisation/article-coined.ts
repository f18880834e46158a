/**
 * Proposer family "a coined word after an article": in running prose, a lower-case article (`le`, `la`, `les`, `l'`,
 * `du`, `des`) then one capitalised word that no lexicon knows (no common word, given name, surname, place or
 * country) and no capitalised word after it: `à la Brindaille, à Vilaret`, `les Kalimbos ont participé`, `du
 * Trokalou a ponctué`. French writes a capital after a lower-case article for a name; a word of the language
 * there is a concept or a local body's word (`la Région`, `la Mutualisation`), a word no dictionary holds a name
 * the writer coined: a structure's, a place's or a people's. Not proposed, as they are places or people:
 * a word ending like a people's or an area's (`les Vilaretois`, `le Kalvanais`, `des Brindaillens`), after a word of
 * a street, a neighbourhood or an area (`quartier des X`, `vallée de l'X`; also past an adjective of that place or the
 * items coordinated with the word, `quartier populaire de la X`, `quartier de HLM des Y et des X`: `PLACE_WORD_AFAR`), after `au`/`aux` (where, as a town is),
 * `sur`/`dans` and the article (an area), a hyphenated word (a place's compound: `la Croix-Haute`), a kind's acronym
 * written as a word (`les Scic`, `des Ssiad`), a word with the ending of a derived noun or adjective (`la Refondation`); nor
 * an article inside a longer name or after a body (`Kalvan la Coop`, `CBE du Kalvanais`), after an activity zone's kind
 * (`zone d'activités de la X`), coordinated with a place (`Vilaret et de la X`) or after another language's particle
 * (`Casa di l'X`), nor OCR damage (`misread`). Evidence `article-coined`; the name's own evidence (a place, a person, a common word) still weighs.
 */
import { CAPITAL_OR_ABOVE_AHEAD, alternation, endsWithWord, fold } from '../../core/pattern.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isCountryName } from '../lexicon/countries.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { ONE_WORD_HEADS } from './name-words.js';
import { printedWords } from './page-words.js';
import { KIND_ACRONYMS } from '../lexicon/kinds-of-structure.js';
import { MANY_PER_PLACE_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { STREET_WORDS } from '../lexicon/street-words.js';
import { AREA_HEADS_BEFORE_ELISION, AREA_WORDS_BEFORE_ARTICLE } from '../lexicon/place-heads.js';
import { FORMER_REGIONS } from '../lexicon/territory-words.js';
import { isFirstName } from '../names.js';
import { FRENCH_WORD_PARTICLES, NAME_PARTICLES } from '../lexicon/name-particles.js';
import { PREPOSITIONS_BEFORE_NAME, WHERE_PREPOSITIONS } from '../lexicon/function-words.js';
import { DERIVED_WORD_ENDINGS, PEOPLE_OR_AREA_ENDINGS } from '../lexicon/word-endings.js';
import { spliced } from '../../core/word-shape.js';
import { SENTENCE_START_BEFORE } from '../patterns.js';
import { LETTER_CONFUSIONS, foreignGroups } from '../ocr-repairs-letters.js';
import type { SourcedSpan } from '../../core/types.js';
import { memoised } from '../../core/memo.js';

export type ArticleCoined = SourcedSpan<'article-coined'>;

/**
 * A lower-case article (not after a letter or an apostrophe), maybe a line break, then a capitalised word of four
 * letters or more in lower case after its capital, closing there: no hyphen, apostrophe, digit, number or capitalised word after it (`la Coop 5…`: its extent is unsure).
 * Not at the page's end: a page may end inside a word (`la Fondatio|n`), which then reads as no word of the language.
 * The capital look-ahead first (speed only: the same matches).
 */
const ARTICLE_WORD = new RegExp(
  `${CAPITAL_OR_ABOVE_AHEAD}(?<=(?<![\\p{L}'’-])(?:le|la|les|du|des)[ \\t]*\\n?[ \\t]*|(?<![\\p{L}'’-])l['’])(?<word>\\p{Lu}\\p{Ll}{3,})(?=[^\\p{L}\\p{N}'’-])(?![ \\t]*\\n?[ \\t]*[\\p{Lu}\\p{N}])`,
  'gu',
);
/** A people's or an area's word by its ending (lexicon/word-endings.ts). */
const PEOPLE_OR_AREA = new RegExp(`${alternation(PEOPLE_OR_AREA_ENDINGS)}$`, 'u');
/** A street's, a neighbourhood's or an area's word, then `de`/`du`/`des` and the article: the word is a place's (title-run pairs read it too). */
export const PLACE_WORD_BEFORE = endsWithWord(
  [...STREET_WORDS, ...AREA_HEADS_BEFORE_ELISION, ...AREA_WORDS_BEFORE_ARTICLE],
  '[ \\t]*\\n?[ \\t]*(?:de|du|des|d[\'’])?[ \\t]*\\n?[ \\t]*(?:la|le|les|l[\'’])?[ \\t]*\\n?[ \\t]*$',
);
/** A town's divisions, streets and areas: the words a neighbourhood's or a hamlet's name follows. */
const DIVISION_WORDS: readonly string[] = [...STREET_WORDS, ...AREA_HEADS_BEFORE_ELISION, 'quartier', 'quartiers', 'village', 'villages', 'secteur', 'commune', 'communes', 'ville'];
/** `de`/`du`/`des`/`d'` and maybe the article, spaces and one line break around. */
const LINK = "[ \\t]*\\n?[ \\t]*(?:de|du|des|d['’])[ \\t]*\\n?[ \\t]*(?:(?:la|le|les)[ \\t]*\\n?[ \\t]*|l['’])?";
/**
 * A division word, maybe one lower-case adjective after it (`quartier populaire`), then linked words each maybe
 * closed by `et` (`de HLM`, `des Y et`), then the link before the article's word: the word is still that place's
 * (`quartier de HLM des Y et des X`). The plain case, the link right after the word, is PLACE_WORD_BEFORE's.
 */
const PLACE_WORD_AFAR = endsWithWord(
  DIVISION_WORDS,
  `(?:[ \\t]+\\p{Ll}[\\p{Ll}-]+)?(?:${LINK}[\\p{L}-]+(?:[ \\t]+et)?){0,2}${LINK}$`,
);
/**
 * Right before the article: a capitalised word or a closing bracket, maybe `de` after it (the article is inside a longer
 * name or opens a body's territory: `Kalvan la Coop`, `Forges de la Brenne`, `CBE du Kalvanais`), or a preposition of where (`sur le X`, `dans le X`: an area).
 */
const NAME_OR_WHERE_BEFORE = new RegExp(
  `(?:(?:(?<capital>\\p{Lu}[\\p{L}'’-]*)|\\))(?:[ \\t]*\\n?[ \\t]*de)?|(?<![\\p{L}])${alternation(WHERE_PREPOSITIONS)})[ \\t]*\\n?[ \\t]*(?:le|la|les|du|des|l['’])[ \\t]*\\n?[ \\t]*$`,
  'u',
);
/** A preposition or a conjunction opening a sentence (`Avec les X`, `Pour la X`), not one of where: no name's word. */
const OPENER_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS_BEFORE_NAME].filter((word) => !WHERE_PREPOSITIONS.includes(word)));
/**
 * Whether the article is inside a longer name or after a preposition of where (NAME_OR_WHERE_BEFORE); a capitalised
 * preposition that opens the sentence (`Avec les X, …`) is the lower-case one mid-sentence (`avec les X`), no name.
 */
function nameOrWhereBefore(before: string): boolean {
  const found = NAME_OR_WHERE_BEFORE.exec(before);
  const capital = found?.groups?.['capital'];
  // Mid-sentence the capitalised preposition is a name's word (`le collectif Vivre Avec les X`).
  const opens = capital !== undefined && OPENER_PREPOSITIONS.has(fold(capital)) && SENTENCE_START_BEFORE.test(before.slice(0, found?.index ?? 0));
  return found !== null && !opens;
}
/** `zone d'activités de la X`, `parc artisanal du X`: an area's kind and its qualifier before the article. */
const AREA_KIND_BEFORE = /(?<![\p{L}])(?:zones?|parcs?|pôles?)[ \t]*\n?[ \t]*(?:d['’]activités?|artisanale?s?|industrielle?s?|commerciale?s?|d['’]activité[ \t]+économique)[ \t]*\n?[ \t]*(?:de|du|des|d['’])?[ \t]*\n?[ \t]*(?:la|le|les|l['’])?[ \t]*\n?[ \t]*$/iu;
/** A capitalised word, `et`, maybe `de`, then the article: the word is coordinated with what comes before (`Die et de la X`). */
const COORDINATED_WITH = /(?<word>\p{Lu}[\p{L}'’-]*)[ \t]*\n?[ \t]*et[ \t]*\n?[ \t]*(?:de[ \t]*\n?[ \t]*)?(?:le|la|les|du|des|l['’])[ \t]*\n?[ \t]*$/u;
/** Coordinated with a place or a former region (`la Touraine et du X`, `Vilaret et de la X`): an area too. */
function afterPlace(before: string): boolean {
  const word = COORDINATED_WITH.exec(before)?.groups?.['word'];
  return word !== undefined && (isPlaceName(word) || FORMER_REGIONS.has(fold(word)));
}
/** Another language's particle before the article (`Casa di l'X`, `Villa del X`): the article is inside a foreign name. */
const FOREIGN_PARTICLE_BEFORE = endsWithWord(
  NAME_PARTICLES.filter((particle) => !FRENCH_WORD_PARTICLES.includes(particle)),
  "[ \\t]*\\n?[ \\t]*(?:le|la|les|l['’])?[ \\t]*\\n?[ \\t]*",
);
/** A French derived noun or adjective by its ending (`Refondation`, `Agroalimentaire`: lexicon/word-endings.ts): a word, no name. */
const DERIVED = new RegExp(`${alternation(DERIVED_WORD_ENDINGS)}s?$`, 'u');

/** Kinds and schemes written as a word (`les Scic`, `des Ssiad`): a kind, no body. */
const KIND_WORDS: ReadonlySet<string> = new Set([...NON_ORGANISATION_ACRONYMS, ...KIND_ACRONYMS, ...MANY_PER_PLACE_ACRONYMS]);


/** A word the page prints and French can spell: not itself a damaged copy (`Kalnor` for the name `Kainor`). */
const printedWord = (lower: string, printed: () => ReadonlySet<string>): boolean => printed().has(lower) && foreignGroups(lower).length === 0;

/**
 * Whether the word is OCR damage rather than a coined name: one letter confusion of the normaliser's table
 * (ocr-repairs-letters.ts, read after the capital) or two neighbouring letters swapped give a word the page prints
 * elsewhere (`l'Emplol` on a page that writes `emploi`), or it holds a group of letters French never writes and one
 * confusion inside that group leaves none (`Kalvdme`, an accented letter read as `d`: the normaliser keeps it, as no
 * dictionary word is near; `Tramknol` stays, no confusion mends it). The page, not the common words' filter, says which words are real: the filter answers yes for one made-up
 * form in a hundred, and many names are one confusion from a word (`Sambre`, `Baudin`). The page's word must be one
 * French can spell: a damaged copy of the name (`la Klnor` beside `la Kinor`) does not make the name damage.
 */
function misread(word: string, printed: () => ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  const foreign = foreignGroups(lower);
  for (const [read, written] of LETTER_CONFUSIONS) {
    for (let at = lower.indexOf(read, 1); at >= 0; at = lower.indexOf(read, at + 1)) {
      const repaired = spliced(lower, at, read.length, written);
      if (printedWord(repaired, printed)) return true;
      if (foreign.some((start) => start < at + read.length && start + 3 > at) && foreignGroups(repaired).length === 0) return true;
    }
  }
  for (let at = 1; at + 1 < lower.length; at += 1) {
    const [first, second] = [lower.charAt(at), lower.charAt(at + 1)];
    if (first !== second && printedWord(spliced(lower, at, 2, `${second}${first}`), printed)) return true;
  }
  return false;
}

/** Whether the word may be a coined name: no lexicon knows it, it names no people, area or kind. */
function coined(word: string, printed: () => ReadonlySet<string>): boolean {
  const folded = fold(word);
  if (DERIVED.test(word) || ONE_WORD_HEADS.has(folded) || ONE_WORD_HEADS.has(folded.replace(/[sx]$/u, '')) || PEOPLE_OR_AREA.test(folded) || KIND_WORDS.has(word.toUpperCase()) || KIND_WORDS.has(word.toUpperCase().replace(/S$/u, ''))) return false;
  return !isCommonWord(word) && !isFirstName(word) && !isSurname(word) && !isPlaceName(word) && !isCountryName(word) && !FORMER_REGIONS.has(folded) && !misread(word, printed);
}

/** Every coined word after a lower-case article on the page. */
export function articleCoinedNames(text: string): ArticleCoined[] {
  const found: ArticleCoined[] = [];
  const printed = (): ReadonlySet<string> => printedWords(text);
  // Each word judged once per page (`la Région` comes back often): `coined` reads only the word and the page.
  const isCoined = memoised((word: string) => coined(word, printed));
  for (const match of text.matchAll(ARTICLE_WORD)) {
    const word = match.groups?.['word'] ?? '';
    if (!isCoined(word)) continue;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (PLACE_WORD_BEFORE.test(before) || PLACE_WORD_AFAR.test(before) || nameOrWhereBefore(before) || AREA_KIND_BEFORE.test(before) || afterPlace(before) || FOREIGN_PARTICLE_BEFORE.test(before)) continue;
    found.push({ start: match.index, end: match.index + word.length, source: 'article-coined' });
  }
  return found;
}
