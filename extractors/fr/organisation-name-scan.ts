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

/** Walks the words after a head; returns where the name ends and how many name words it has. */
export function scanName(text: string, headEnd: number, kind: HeadKind): ScannedName {
  let position = headEnd;
  let lastGood = headEnd;
  let nameWords = 0;
  let lowerRun = 0;
  let beforeAnd: string = 'head';
  let previous: 'head' | 'connector' | 'name' | 'lower' | 'and' = 'head';
  for (let tokens = 0; tokens < 14; tokens += 1) {
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
      if (previous === 'head' && elision === undefined && !/^(?:de|du|des)$/u.test(word) && (!capitalised || TAIL_STOP.has(folded))) break;
    }
    // `AUDRUICQ (62)`: a place and its department code end a table cell.
    if (/^[ \t]*\(\d{2,3}\)/u.test(text.slice(wordEnd, wordEnd + 7))) break;
    const firstToken = previous === 'head';
    if (firstToken && kind.nameFirst && (elision !== undefined || !capitalised)) break;
    if (firstToken && kind.lower && kind.place && (elision !== undefined || !capitalised)) break;
    // `Sociale et Solidaire`, `sociale et solidaire`, `Mille et un Commerce`, but not `Région et de la CAVM`.
    if (previous === 'and' && !capitalised && folded !== 'un' && folded !== 'une' && beforeAnd !== 'lower' && !kind.lowerNames) break;
    // `et d'Activités` continues a name; `et l'État` starts another one.
    if (elision !== undefined && previous === 'and' && (!capitalised || /^l'/iu.test(elision))) break;
    // An initial (`M. Peretti`) or a first name starts a person, not more of the name.
    if (capitalised && (text.charAt(wordEnd) === '.' && word.length <= 2)) break;
    if (capitalised && elision === undefined && isFirstName(word) && /^[ \t]+\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 3))) break;
    // `comité de pilotage de la Mission Locale`: a descriptor before another organisation's name.
    if (capitalised && nameWords === 0 && previous !== 'head' && HEAD_FIRST_WORDS.has(folded)) break;
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
    } else if (elision === undefined && folded === 'et') {
      if (firstToken || kind.enumeration === true || (previous !== 'name' && previous !== 'lower')) break;
      beforeAnd = previous;
      previous = 'and';
    } else if (elision === undefined && CONNECTORS.has(word) && !capitalised) {
      if (firstToken && !kind.lowerNames && word !== 'de' && word !== 'du' && word !== 'des') break;
      // `CRESS HDF à Amiens`: a place after `à`, `en`, `sur` is not part of the name.
      if (LOCATIVES.has(word) && !kind.lowerNames) break;
      previous = 'connector';
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
      previous = 'lower';
    } else break;
    position = wordEnd;
    if (/^[,;:.!?()«»"]/u.test(text.charAt(position))) break;
  }
  // `… de l'Economie sociale et solidaire (PHARE)`: lower-case words before an acronym belong to the name.
  if (previous === 'lower' && nameWords > 0 && /^[ \t]*\(\p{Lu}{2,10}\)/u.test(text.slice(position, position + 14))) lastGood = position;
  return { end: lastGood, nameWords };
}

