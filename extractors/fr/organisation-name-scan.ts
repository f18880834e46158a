/**
 * Walks the words that follow an organisation type word and decides where the name ends:
 * capitalised words joined by `de`, `du`, `d'`, `et`…, a few lower-case words (`Garage solidaire
 * de Courrières`), ending on a capitalised word. Line breaks continue a name only inside wrapped
 * prose (long lines) or after a connector; table cells and headings are short lines.
 */
import { fold } from '../core/pattern.js';
import { isCommonWord, isPlaceName, isSurname } from './lexicon-lookup.js';
import { isFirstName } from './names.js';
import {
  CONNECTORS, LOCATIVES, TAIL_STOP, HEAD_FIRST_WORDS, HEAD_WORDS, startsName, opensLowerPhrase, startsEntry, continuesTerritory, continuesAfterLocative, leadsToAcronym, startsOtherBody, endsOnDepartment, leadsBackToName, isRoleWord,
} from './organisation-name-words.js';
import { lineStartOf } from './patterns.js';

/** A wrapped prose line is at least this long; shorter lines are headings or table cells. */
const PROSE_LINE = 25;

const WORD = /^(?<gap>[ \t]*(?:\n[ \t]*)?)(?<elision>[lLdD]')?(?<word>[\p{L}\p{N}](?:[\p{L}\p{N}&@]|['-](?=[\p{L}\p{N}]))*)/u;

export interface ScannedName {
  readonly end: number;
  readonly nameWords: number;
}

export interface HeadKind {
  readonly lower: boolean;
  readonly lowerNames: boolean;
  readonly place: boolean;
  readonly nameFirst: boolean;
  /** Inside an enumeration `et` separates names instead of joining words of one name. */
  readonly enumeration?: boolean;
  /** A kind of business or association (`SCOP`, `épicerie solidaire`): a first name may open its name. */
  readonly firstNameName?: boolean;
}

function lineLengthBefore(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function followedBySurname(text: string, offset: number): boolean {
  const next = /^[ \t]+(?<word>\p{Lu}[\p{L}'-]*)/u.exec(text.slice(offset, offset + 40))?.groups?.['word'];
  return next !== undefined && (isSurname(next) || isFirstName(next));
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);

/** Walks the words after a head; returns where the name ends and how many name words it has. */
export function scanName(text: string, headEnd: number, kind: HeadKind): ScannedName {
  let position = headEnd;
  let lastGood = headEnd;
  let nameWords = 0;
  let lowerRun = 0;
  let beforeAnd: string = 'head';
  let previous: 'head' | 'connector' | 'name' | 'lower' | 'and' = 'head';
  let connector = '';
  let connectors = 0;
  let articleFirst = false;
  let lastName = '';
  let departmentAhead = false;
  for (let tokens = 0; tokens < 14; tokens += 1) {
    // `Charpentes & Toitures`, `Bois & Cie`: an ampersand between capitalised words joins one name.
    const ampersand = previous === 'name' ? /^[ \t]+&(?=[ \t]+\p{Lu})/u.exec(text.slice(position, position + 4)) : null;
    if (ampersand !== null) {
      position += ampersand[0].length;
      beforeAnd = 'name';
      previous = 'and';
      continue;
    }
    const match = WORD.exec(text.slice(position, position + 80));
    if (match === null) break;
    const gap = match.groups?.['gap'] ?? '';
    const elision = match.groups?.['elision'];
    const word = match.groups?.['word'] ?? '';
    const folded = fold(word);
    const capitalised = isCapitalised(word);
    const wordEnd = position + match[0].length;
    if (gap === '' && elision === undefined) break;
    // `SCOP Vignes et Partage    Pézenas`: a tab or a run of spaces is a table's cell boundary.
    if (!gap.includes('\n') && /\t| {2,}/u.test(gap)) break;
    if (gap.includes('\n')) {
      const wrapped = previous === 'connector' || previous === 'and' || lineLengthBefore(text, position) >= PROSE_LINE;
      if (!wrapped) break;
      if (elision === undefined && ((previous === 'head' && HEAD_WORDS.has(folded)) || isFirstName(word))) break;
      // `…Gironde⏎Collège 4 –`, `…du PTCE⏎Excusés :`: a type word or a label opening a line starts a
      // new entry, unless the sentence goes on after it (`d'Intérêt⏎Collectif dans le but…`).
      if (elision === undefined && capitalised && /^[ \t]*:/u.test(text.slice(wordEnd, wordEnd + 3))) break;
      if (elision === undefined && capitalised && HEAD_WORDS.has(folded) && startsEntry(text, wordEnd)) break;
      if (previous === 'head' && elision === undefined && !/^(?:de|du|des)$/u.test(word) && (!capitalised || TAIL_STOP.has(folded))) break;
    }
    // `AUDRUICQ (62)`: a place and its department code end a table cell.
    if (/^[ \t]*\(\d{2,3}\)/u.test(text.slice(wordEnd, wordEnd + 7))) break;
    const firstToken = previous === 'head';
    if (firstToken && kind.nameFirst && (elision !== undefined || !capitalised)) break;
    if (firstToken && kind.lower && kind.place && (elision !== undefined || !capitalised)) break;
    // `du Crestois et du Pays de Saillans`: after a connector, `et` + the same kind of connector
    // + a capitalised word that is no type word coordinates two parts of one territory's name.
    const coordinated = previous === 'and' && connectors > 0 && kind.enumeration !== true && /^(?:de|du|des)$/u.test(word) &&
      continuesTerritory(text, wordEnd);
    // `Sociale et Solidaire`, `sociale et solidaire`, `Mille et un Commerce`, but not `Région et de la CAVM`.
    if (!coordinated && previous === 'and' && !capitalised && folded !== 'un' && folded !== 'une' && beforeAnd !== 'lower' && !kind.lowerNames) break;
    // `et d'Activités` continues a name; `et l'État` starts another one.
    if (elision !== undefined && previous === 'and' && (!capitalised || /^l'/iu.test(elision))) break;
    // An initial (`M. Peretti`) or a first name starts a person, not more of the name.
    if (capitalised && (text.charAt(wordEnd) === '.' && word.length <= 2)) break;
    // Right after a type word a first name opens the name (`la SCOP Bao Solidaire`, `Épicerie
    // solidaire Mama Africa`) unless a surname follows it (`l'association Anne Martin`).
    if (capitalised && elision === undefined && isFirstName(word) && /^[ \t]+\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 3)) &&
      !(firstToken && kind.firstNameName === true && !followedBySurname(text, wordEnd))) break;
    // `comité de pilotage de la Mission Locale`: a descriptor before another organisation's name.
    // `Réseau des PTCE de Bretagne`, `Fédération des Centres sociaux`: after `des` a type word is a
    // plural class the name is made of, not another organisation; after a capitalised article it
    // opens the name itself (`Les Jardins du Cœur`).
    if (capitalised && nameWords === 0 && previous !== 'head' && connector !== 'des' && !articleFirst && HEAD_FIRST_WORDS.has(folded)) break;
    const stopped = TAIL_STOP.has(folded) || TAIL_STOP.has(folded.replace(/s$/u, ''));
    // `Incubateur ProcESseurs Coopérative d'Activités`: another type word starts another name (table cells).
    if (capitalised && previous === 'name' && HEAD_WORDS.has(folded) && !/^\p{Lu}+$/u.test(word) && startsName(text, wordEnd)) break;
    // `Horizon Grand Hainaut Services aux entreprises`: a capitalised common word that opens a
    // lower-case phrase is the next cell or heading in sentence case, not more of the name.
    if (capitalised && previous === 'name' && elision === undefined && opensLowerPhrase(text, wordEnd) && isCommonWord(word)) break;
    if (capitalised && !stopped && word.length >= 2) {
      nameWords += 1;
      lastName = word;
      lowerRun = 0;
      lastGood = wordEnd;
      previous = 'name';
    } else if (capitalised && firstToken && (/^(?:le|la|les)$/u.test(folded) || (/^[AU]$/u.test(word) && /^[ \t]+\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 3))))) {
      // `Les Jardins du Cœur`; `A Casa di l'Avvene`, `U Svegliu`: Corsican articles.
      previous = 'connector';
      articleFirst = true;
    } else if (capitalised && /^(?:le|la|les)$/u.test(folded) && previous === 'connector' && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(wordEnd, wordEnd + 3))) {
      // `de La Réole`, `du Le Havre`: a place whose name starts with an article.
      previous = 'connector';
    } else if (elision === undefined && folded === 'et') {
      if (firstToken || kind.enumeration === true || (previous !== 'name' && previous !== 'lower')) break;
      if (startsOtherBody(text, wordEnd)) break;
      beforeAnd = previous;
      previous = 'and';
    } else if (elision === undefined && CONNECTORS.has(word) && !capitalised) {
      // `Groupement pour l'Emploi…`, `Association pour le Développement…`: `pour` + a capitalised name.
      const purpose = word === 'pour' && /^[ \t]+(?:(?:le|la|les)[ \t]+|l['’])?\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 8));
      if (firstToken && !kind.lowerNames && !/^(?:de|du|des|di)$/u.test(word) && !purpose) break;
      // `CRESS HDF à Amiens`: a place after `à`, `en`, `sur` is not part of the name.
      // `Estuaire en Transition`, `La Boîte à Réemploi`: `en`/`à` + a capitalised word that is no place go on.
      if (nameWords > 0 && endsOnDepartment(text, wordEnd)) departmentAhead = true;
      else if (LOCATIVES.has(word) && !kind.lowerNames && !(nameWords > 0 && continuesAfterLocative(text, wordEnd))) break;
      previous = 'connector';
      connector = word;
      connectors += 1;
    } else if (/^\p{Ll}/u.test(word) && !TAIL_STOP.has(folded)) {
      if (kind.lowerNames) {
        // `l'agence⏎de Montreuil oriente…`: after a place the lower-case words are the sentence.
        if (previous === 'name' && isPlaceName(lastName)) break;
        lastGood = wordEnd;
        nameWords += 1;
        previous = 'name';
      } else {
        // `Kour Kolektif fédère 45 structures`, `Région Normandie chargée de l'ESS`: after the name a
        // lower-case word is the sentence going on, unless it leads to the name's acronym (`(PHARE)`)
        // or, after a connector, back to a capital (`Solidaire du pays de Bray`).
        if (nameWords > 0 && !leadsToAcronym(text, position) && !departmentAhead && !((previous !== 'name' || !isRoleWord(word)) && leadsBackToName(text, wordEnd))) break;
        lowerRun += 1;
        if (lowerRun > 2) break;
        previous = 'lower';
      }
    } else if (/^\p{N}/u.test(word)) {
      // `Vélo Solidaire 64`, `Énergies Citoyennes 71,`: a department number ending a name; a number
      // going on into the sentence (`… Citoyennes 12 sociétaires`) is a figure.
      if ((previous === 'name' || departmentAhead) && /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/u.test(word) && /^(?:[ \t]*[,;.:)»"—–-]|[ \t]*\n|\t|[ \t]{2,}|[ \t]*$|[ \t]+(?:et|ou)[ \t]|[ \t]+\p{Ll}*(?:e|ent|a|ont)[ \t])/u.test(text.slice(wordEnd, wordEnd + 16))) {
        lastGood = wordEnd;
        position = wordEnd;
        break;
      }
      previous = 'lower';
    } else break;
    position = wordEnd;
    if (/^[,;:.!?()«»"]/u.test(text.charAt(position))) break;
  }
  // `… de l'Economie sociale et solidaire (PHARE)`: lower-case words before an acronym belong to the name.
  if (previous === 'lower' && nameWords > 0 && /^[ \t]*\(\p{Lu}{2,10}\)/u.test(text.slice(position, position + 14))) lastGood = position;
  return { end: lastGood, nameWords };
}

