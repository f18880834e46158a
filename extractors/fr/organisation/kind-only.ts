/**
 * `kind-only`: a proposal that spells out a kind of structure and nothing else names no body
 * (a legal form spelled out after `une`, `les FabLabs`, `des Recycleries`), even in
 * title case. The value, its article aside, must be a whole kind of lexicon/kinds-of-structure.ts
 * or a run of words cut out of a legal form that holds a type word (`Coopérative d'Intérêt
 * Collectif`, `Société`) with no article of its own. A name has a word of its own (`Coopérative
 * Trokal`, `Repair'Cafés du Val`), is a run with no type word (`Relais`) or opens with its article
 * (`La Société`), and stays. An acronym of a kind or a scheme alone (`des ACI`, `l'ETTI`, `le RSA`,
 * `ACI et ETTI`) names no body either; `SCOP Valmoreau` has a word of its own and stays. Nor does a value of acronyms
 * that name no body at all (`ULM`, `les PME et les TPE`: `namesNonBodyAcronymOnly`).
 */
import { fold } from '../../core/pattern.js';
import { KIND_ACRONYMS, KINDS_OF_BODY, KINDS_OF_PLACE, LEGAL_FORMS } from '../lexicon/kinds-of-structure.js';
import { OPENING_ARTICLES } from '../lexicon/function-words.js';
import { HEAD_WORDS } from './name-words.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';

const ARTICLES = OPENING_ARTICLES;

/** A folded word without its plural ending (`maisons` → `maison`); both sides of a comparison are read so. */
const singular = (word: string): string => word.replace(/(?<=[^s])[sx]$/u, '');

/** The words of `text`, folded, an apostrophe kept on the word it elides (`d'`), hyphens as spaces. */
function wordsOf(text: string): string[] {
  return fold(text).replace(/[’]/gu, "'").replace(/'/gu, "' ").replace(/-/gu, ' ').match(/\S+/gu) ?? [];
}

const asWords = (kind: string): readonly string[] => wordsOf(kind).map(singular);
const FORMS: readonly (readonly string[])[] = LEGAL_FORMS.map(asWords);
const WHOLE_KINDS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...KINDS_OF_PLACE, ...KINDS_OF_BODY].map((kind) => asWords(kind).join(' ')));

/** Where `part` stands as a run inside `whole`, or -1. */
function runAt(whole: readonly string[], part: readonly string[]): number {
  for (let at = 0; at + part.length <= whole.length; at += 1) if (part.every((word, index) => whole[at + index] === word)) return at;
  return -1;
}

const ACRONYMS: ReadonlySet<string> = new Set(KIND_ACRONYMS);
const JOINERS: ReadonlySet<string> = new Set(['et', 'ou', '/', ',', '&']);

/** A kind acronym as written: all capitals (`ACI`, plural `ACIs`), or a long one in title case (`Scop`). */
function isKindAcronym(word: string): boolean {
  const bare = word.replace(/(?<=[A-Z]{2})s$/u, '');
  if (ACRONYMS.has(bare)) return true;
  const upper = bare.toUpperCase();
  return bare.length >= 4 && bare === upper.charAt(0) + upper.slice(1).toLowerCase() && ACRONYMS.has(upper);
}

/** Whether `value`, its articles aside, is only kind acronyms and joiners (`l'ACI`, `des ETTI`, `ACI et EI`). */
export function namesKindAcronymOnly(value: string): boolean {
  const words = value.replace(/[’]/gu, "'").replace(/(?<=^|\s)[A-Za-z]+'/gu, '').split(/\s+|(?=[,/&])|(?<=[,/&])/u).filter((word) => word !== '');
  while (words.length > 1 && ARTICLES.has(words[0]?.toLowerCase() ?? '')) words.shift();
  return words.some(isKindAcronym) && words.every((word) => isKindAcronym(word) || JOINERS.has(word.toLowerCase()) || ARTICLES.has(word.toLowerCase()));
}

/**
 * `ULM`, `les PME et les TPE`: a value made only of acronyms that name no body (lexicon/organisation-types.ts
 * `NON_ORGANISATION_ACRONYMS`: a thing, a scheme, a category), articles and joiners aside. The acronym parser refuses
 * them; a list or a context may still propose one (`… avions et⏎ULM, 25 élèves…` among other acronyms). `FRANCE` is
 * left out: in capitals beside another word it writes a body's name (`ESS FRANCE`).
 */
export function namesNonBodyAcronymOnly(value: string): boolean {
  const words = value.replace(/[’]/gu, "'").replace(/(?<=^|\s)[A-Za-z]+'/gu, '').split(/\s+|(?=[,/&])|(?<=[,/&])/u).filter((word) => word !== '');
  while (words.length > 1 && ARTICLES.has(words[0]?.toLowerCase() ?? '')) words.shift();
  const acronym = (word: string): boolean => word !== 'FRANCE' && NON_ORGANISATION_ACRONYMS.has(word);
  return words.some(acronym) && words.every((word) => acronym(word) || JOINERS.has(word.toLowerCase()) || ARTICLES.has(word.toLowerCase()));
}

/** A kind acronym, then the rest: `SCIC Lunel` (the kind's first word, an article maybe before it). */
const KIND_THEN_REST = /^(?:(?:les|le|la|des)[ \t]+|l['’])?(?<kind>[\p{L}]+)[ \t\n]+(?<rest>\S[^]*)$/iu;

/**
 * `la SCIC Lunel`, `les Scop Bretagne`, `Geiq Occitanie`: a kind acronym and a known place only (a town,
 * a region) name the kind in that territory, no body; `SCIC Lunel Énergie`, `GEIQ BTP 34` have words of their own.
 */
export function namesKindInPlace(value: string): boolean {
  const found = KIND_THEN_REST.exec(value.trim());
  const kind = found?.groups?.['kind'] ?? '';
  const rest = (found?.groups?.['rest'] ?? '').replace(/\s+/gu, ' ');
  return found !== null && isKindAcronym(kind) && isPlaceName(rest);
}

/** Whether `value` names only a kind of structure (see the file's comment). */
export function namesKindOnly(value: string): boolean {
  if (namesKindAcronymOnly(value) || namesKindInPlace(value) || namesNonBodyAcronymOnly(value)) return true;
  const words = wordsOf(value);
  const withArticle = words.length > 1 && ARTICLES.has(words[0] ?? '');
  while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
  const part = words.map(singular);
  if (WHOLE_KINDS.has(part.join(' '))) return true;
  // A cut run opening with its article is a name's (`La Société`): only a bare one is a legal form's.
  return !withArticle && words.some((word) => HEAD_WORDS.has(word)) && FORMS.some((form) => part.length < form.length && runAt(form, part) >= 0);
}
