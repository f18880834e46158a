/**
 * Walks the words that follow an organisation type word and decides where the name ends:
 * capitalised words joined by `de`, `du`, `d'`, `et`…, a few lower-case words (`Garage solidaire
 * de Courrières`), ending on a capitalised word. Line breaks continue a name only inside wrapped
 * prose (long lines) or after a connector; table cells and headings are short lines.
 */
import { fold } from '../core/pattern.js';
import { LEGAL_FORM_HEADS, ORGANISATION_HEADS } from './lexicon/organisation-types.js';
import { MONTHS } from './lexicon/months.js';
import { WEEKDAYS } from './lexicon/weekdays.js';
import { isCommonWord } from './lexicon-lookup.js';
import { isFirstName } from './names.js';

/** The long form of `PTCE`, a head like `PTCE` itself. */
export const PTCE_HEADS = ['pôle territorial de coopération économique', 'pôle territorial de coopération economique'];

const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'et', 'en', 'sur', 'à', 'aux', 'au', 'pour', 'un', 'une', 'le', 'les']);
const LOCATIVES = new Set(['à', 'au', 'aux', 'en', 'sur']);
export const TAIL_STOP = new Set([
  ...['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'il', 'elle', 'nous', 'vous', 'ils', 'elles'],
  ...['on', 'phase', 'saison', 'et', 'ou', 'mais', 'donc', 'qui', 'que', 'merci', 'pour', 'avec', 'dans', 'sur', 'par', 'en'],
  ...['notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'contact', 'source', 'site', 'tel'],
  ...['quel', 'quels', 'quelle', 'quelles', 'comment', 'pourquoi', 'territoire', 'structure', 'nom', 'projet'],
  ...Object.keys(MONTHS).map(fold), ...Object.keys(WEEKDAYS).map(fold),
]);
/** Heads that are places when written in lower case (`la ville de Carvin`). */
export const PLACE_HEADS = new Set(['ville', 'commune', 'région', 'département', 'mairie', 'métropole', 'conseil', 'centre', 'espace', 'parc', 'maison', 'école', 'union']);
/** Heads of institutions whose names are lower-case words (`secrétariat d'État à l'économie sociale`). */
export const LOWER_NAME_HEADS = new Set(["secrétariat d'état", 'ministère', 'direction régionale', 'direction départementale', 'agence']);
/** Heads after which the name must start at once with a capital (`PTCE Anima`, `l'association Les Anges Gardins`). */
export const NAME_FIRST_HEADS = new Set(['ptce', ...PTCE_HEADS, ...LEGAL_FORM_HEADS]);
const HEAD_FIRST_WORDS = new Set(ORGANISATION_HEADS.map((head) => fold(head).split(' ')[0] ?? ''));
export const HEAD_WORDS = new Set(ORGANISATION_HEADS.flatMap((head) => [fold(head), `${fold(head)}s`]));
export const PROGRAMME_BEFORE = /(?:appels?\s+à\s+(?:projets?|manifestation\s+d'intérêt|candidatures?)|programme|dispositif|plan|AMI|AAP)\s+$/iu;
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
}

function lineLengthBefore(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);

/** Whether a name (a capital, or `de`/`d'` + capital) follows `offset`. */
function startsName(text: string, offset: number): boolean {
  return /^[ \t]*\n?[ \t]*(?:\p{Lu}|(?:de|du|des)[ \t]+\p{Lu}|[dl]'\p{Lu})/u.test(text.slice(offset, offset + 12));
}

/**
 * Whether a lower-case phrase follows `offset`: after a connector (`aux entreprises`) or on the
 * next line (`⏎solidaire D. Martin`). A lower-case word right after a name on the same line, or
 * one taking an object on the next, is the verb of the sentence (`Jeunesse accueille les…`).
 */
function opensLowerPhrase(text: string, offset: number): boolean {
  const next = /^(?<connectors>(?:[ \t]*\n?[ \t]*(?:de|du|des|aux|au|en|à|et|pour|[dl]')(?=[\s']))*)[ \t]*(?<newline>\n?)[ \t]*(?<word>[\p{L}]+)/u.exec(text.slice(offset, offset + 40));
  const word = next?.groups?.['word'] ?? '';
  if (next === null || !/^\p{Ll}{3,}$/u.test(word) || TAIL_STOP.has(fold(word))) return false;
  if (next.groups?.['connectors'] === '') {
    if (next.groups['newline'] === '') return false;
    if (/^[ \t]+(?:le|la|les|l'|un|une|des|du|ses|son|sa|leur|leurs|ce|cette|ces|à|au|aux|en|que|qui)(?![\p{L}])/u.test(text.slice(offset + next[0].length, offset + next[0].length + 8))) return false;
  }
  // `Solidaire du pays de Bray`: the lower-case words lead back to a capital, the name goes on.
  return !/^[ \t]*\n?[ \t]*(?:de|du|des|d')[ \t]*\n?[ \t]*\p{Lu}/u.test(text.slice(offset + next[0].length, offset + next[0].length + 12));
}

/** After a type word opening a line: a number, a dash, a capital or an adjective, not the sentence going on. */
function startsEntry(text: string, offset: number): boolean {
  const next = /^[ \t]*(?<token>\S+)/u.exec(text.slice(offset, offset + 30))?.groups?.['token'];
  if (next === undefined) return false;
  if (/^[\p{N}–—-]|^\p{Lu}/u.test(next)) return true;
  if (/^(?:de|du|des)$/u.test(next)) return true;
  return /^\p{Ll}+$/u.test(next) && !TAIL_STOP.has(fold(next)) && !CONNECTORS.has(next) && !/(?:ent|ont)$/u.test(next);
}

/** `… et du Pays de Saillans`: a connector (then an article) and a capitalised word that is no type word. */
function continuesTerritory(text: string, offset: number): boolean {
  const next = /^[ \t]+(?:(?:la|le|les)[ \t]+|l['’])?(?<word>\p{Lu}[\p{L}-]*)/u.exec(text.slice(offset, offset + 30));
  const word = next?.groups?.['word'];
  return word !== undefined && !/^\p{Lu}+$/u.test(word) && !HEAD_WORDS.has(fold(word));
}

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
    if (capitalised && elision === undefined && isFirstName(word) && /^[ \t]+\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 3))) break;
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
      lowerRun = 0;
      lastGood = wordEnd;
      previous = 'name';
    } else if (capitalised && /^(?:le|la|les)$/u.test(folded) && firstToken) {
      previous = 'connector';
      articleFirst = true;
    } else if (capitalised && /^(?:le|la|les)$/u.test(folded) && previous === 'connector' && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(wordEnd, wordEnd + 3))) {
      // `de La Réole`, `du Le Havre`: a place whose name starts with an article.
      previous = 'connector';
    } else if (elision === undefined && folded === 'et') {
      if (firstToken || kind.enumeration === true || (previous !== 'name' && previous !== 'lower')) break;
      beforeAnd = previous;
      previous = 'and';
    } else if (elision === undefined && CONNECTORS.has(word) && !capitalised) {
      // `Groupement pour l'Emploi…`, `Association pour le Développement…`: `pour` + a capitalised name.
      const purpose = word === 'pour' && /^[ \t]+(?:(?:le|la|les)[ \t]+|l['’])?\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 8));
      if (firstToken && !kind.lowerNames && word !== 'de' && word !== 'du' && word !== 'des' && !purpose) break;
      // `CRESS HDF à Amiens`: a place after `à`, `en`, `sur` is not part of the name.
      if (LOCATIVES.has(word) && !kind.lowerNames) break;
      previous = 'connector';
      connector = word;
      connectors += 1;
    } else if (/^\p{Ll}/u.test(word) && !TAIL_STOP.has(folded)) {
      if (kind.lowerNames) {
        lastGood = wordEnd;
        nameWords += 1;
        previous = 'name';
      } else {
        lowerRun += 1;
        if (lowerRun > 2) break;
        previous = 'lower';
      }
    } else if (/^\p{N}/u.test(word)) {
      // `Vélo Solidaire 64`, `Énergies Citoyennes 71,`: a department number ending a name; a number
      // going on into the sentence (`… Citoyennes 12 sociétaires`) is a figure.
      if (previous === 'name' && /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/u.test(word) && /^(?:[ \t]*[,;.:)»"—–-]|[ \t]*\n|[ \t]*$|[ \t]+\p{Ll}*(?:e|ent|a|ont)[ \t])/u.test(text.slice(wordEnd, wordEnd + 16))) {
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

