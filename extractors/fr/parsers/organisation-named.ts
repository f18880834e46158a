/**
 * Organisations announced by a type word: `Pôle Métropolitain de l'Artois`, `réseau Cocagne`,
 * `Université de l'Artois`, `PTCE Émergence Hénin-Carvin`, `l'association Les Anges Gardins`.
 * The regex finds the type word; `scanName` then walks the name that follows: capitalised
 * words joined by `de`, `du`, `d'`, `et`…, a few lower-case words (`Garage solidaire de
 * Courrières`), ending on a capitalised word.
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { LEGAL_FORM_HEADS, NON_ORGANISATION_ACRONYMS, ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';

const PTCE_HEADS = ['pôle territorial de coopération économique', 'pôle territorial de coopération economique'];
const HEADS = [...ORGANISATION_HEADS, ...PTCE_HEADS];
const PATTERN = `(?<![\\p{L}\\p{N}'-])(?<head>${alternation(HEADS)})(?![\\p{L}\\p{N}])`;

const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'et', 'en', 'sur', 'à', 'aux', 'au', 'pour', 'un', 'une', 'le', 'les', "l'", "d'"]);
const TAIL_STOP = new Set([
  ...['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'il', 'elle', 'nous', 'vous', 'ils', 'elles'],
  ...['on', 'phase', 'saison', 'et', 'ou', 'mais', 'donc', 'qui', 'que', 'merci', 'pour', 'avec', 'dans', 'sur', 'par', 'en'],
  ...['notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'contact', 'source', 'site', 'tél', 'tel'],
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS),
]);
/** Heads that are places when written in lower case (`la ville de Carvin`). */
const PLACE_HEADS = new Set(['ville', 'commune', 'région', 'département', 'mairie', 'métropole', 'conseil', 'centre', 'espace', 'parc', 'maison', 'école', 'union']);
/** Heads of institutions whose names are lower-case words (`secrétariat d'État à l'économie sociale`). */
const LOWER_NAME_HEADS = new Set(["secrétariat d'état", 'ministère', 'direction régionale', 'direction départementale', 'agence']);
const HEAD_WORDS = new Set(ORGANISATION_HEADS.flatMap((head) => [fold(head), `${fold(head)}s`]));

const WORD = /^(?<gap>[ \t]*(?:\n[ \t]*)?)(?<elision>[lLdD]')?(?<word>[\p{L}\p{N}](?:[\p{L}\p{N}&@]|['-](?=[\p{L}\p{N}]))*)/u;

interface ScannedName {
  readonly end: number;
  readonly nameWords: number;
}

/** Walks the words after a head; returns where the name ends and how many name words it has. */
function scanName(text: string, headEnd: number, headIsLower: boolean, lowerNames: boolean, placeHead: boolean): ScannedName {
  let position = headEnd;
  let lastGood = headEnd;
  let nameWords = 0;
  let lowerRun = 0;
  let previous: 'head' | 'connector' | 'name' | 'lower' = 'head';
  for (let tokens = 0; tokens < 14; tokens += 1) {
    const match = WORD.exec(text.slice(position, position + 80));
    if (match === null) break;
    const gap = match.groups?.['gap'] ?? '';
    const elision = match.groups?.['elision'];
    const word = match.groups?.['word'] ?? '';
    if (gap === '' && position > headEnd && elision === undefined) break;
    if (gap.includes('\n') && previous !== 'head' && previous !== 'connector') break;
    const folded = fold(word);
    const wordEnd = position + match[0].length;
    const capitalised = /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
    if (elision !== undefined && previous === 'head' && headIsLower && placeHead && !capitalised) break;
    if (capitalised && !(TAIL_STOP.has(folded) && !/^(?:le|la|les)$/u.test(folded))) {
      if (gap.includes('\n') && HEAD_WORDS.has(folded)) break;
      if (/^(?:le|la|les)$/u.test(folded)) {
        if (previous !== 'head') break;
        previous = 'connector';
      } else {
        nameWords += 1;
        lowerRun = 0;
        lastGood = wordEnd;
        previous = 'name';
      }
    } else if (elision === undefined && CONNECTORS.has(folded) && !/^\p{Lu}/u.test(word)) {
      if (previous === 'head' && headIsLower && placeHead) break;
      previous = 'connector';
    } else if (/^\p{Ll}/u.test(word) && !TAIL_STOP.has(folded)) {
      if (previous === 'head' && headIsLower && placeHead) break;
      if (lowerNames) {
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
  return { end: lastGood, nameWords };
}

export const organisationNamedParser: Parser = {
  id: 'fr.organisation.named',
  pattern: () => compile(PATTERN, 'giu'),
  extract(context, match): Candidate | null {
    const head = match.groups?.['head'] ?? '';
    const headKey = head.toLowerCase();
    const headIsLower = /^\p{Ll}/u.test(head);
    const headEnd = match.index + head.length;
    const scanned = scanName(context.text, headEnd, headIsLower, LOWER_NAME_HEADS.has(headKey), PLACE_HEADS.has(headKey));
    if (scanned.nameWords === 0) return null;
    const after = context.text.slice(scanned.end, scanned.end + 14);
    const acronym = /^\s*\((?<acronym>[\p{Lu}\d]{2,10})\)/u.exec(after)?.groups?.['acronym'];
    if (acronym !== undefined && NON_ORGANISATION_ACRONYMS.has(acronym)) return null;
    const dropHead = headIsLower && LEGAL_FORM_HEADS.has(headKey);
    const start = dropHead ? context.text.slice(headEnd).search(/\S/u) + headEnd : match.index;
    const value = context.text.slice(start, scanned.end).replace(/\s+/gu, ' ').replace(/^(?:les|le|la|l')\s?(?=\p{Lu})/iu, (article) => (dropHead ? article : article));
    return {
      type: 'organisation', start, end: scanned.end, value, confidence: 0.7, rule: this.id, inferred: [],
    };
  },
};
