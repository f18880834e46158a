/**
 * What the text around an upper-case token says about it: a heading in capitals, an expansion
 * that defines it, an article that makes it a name, a noun it qualifies. Used by the acronym
 * parser to decide whether `PÔLE`, `GESTE` or `ERBM` is an organisation.
 */
import { memoisedForPage } from '../../core/memo.js';
import { alternation, fold } from '../../core/pattern.js';
import { CATEGORY_ACRONYMS, DIPLOMA_WORDS, KNOWN_ORGANISATION_ACRONYMS, PROGRAMME_WORDS, ZONE_WORDS } from '../lexicon/organisation-acronyms.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { FORMER_REGIONS, PLACE_QUALIFIERS, TERRITORY_NAME_WORDS } from '../lexicon/territory-words.js';
import { OFFICE_TITLES } from '../lexicon/roles.js';
import { HEAD_WORDS } from './name-words.js';
import { lineEndOf, lineStartOf } from '../patterns.js';
import { OPENS_UPPER, OPENS_LOWER, HOLDS_UPPER } from '../../core/word-shape.js';
import { closesOpenKindList } from './open-kind-list.js';
import { spelledOutAsThing } from './thing-expansion.js';
import { ledByProgrammeOnPage } from './programme-led-expansion.js';

/**
 * Roman numerals as headings and chapters write them (`III`, `XXI`), or as ordinals with their `e` (`au XIXe siècle`, `la
 * IIIe République`, `le XXe arrondissement`: a century, a regime, a district); `CCI`, `MDC` are not.
 */
export function isRomanNumeral(token: string): boolean {
  return token !== '' && token !== 'e' && /^X{0,3}(?:IX|IV|V?I{0,3})e?$/u.test(token);
}

const CAPITAL_WORD = /^(?:[DL]['’])?[\p{Lu}\d][\p{Lu}\d'’&-]*$/u;

/**
 * Whether the token sits in a run of three capitalised words or more on its line
 * (`LA LETTRE DU PÔLE — N°12`, `COMPTE RENDU — mardi`): a heading or a logo even when the rest
 * of the line is in lower case. A table row ending with a department code is not a heading.
 */
export function inCapitalRun(text: string, start: number, end: number): boolean {
  if (inQuotedCapitals(text, start, end)) return true;
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  if (/\(\d{2,3}\)\s*$/u.test(text.slice(lineStart, lineEnd))) return false;
  // `Maïwenn LE GUEN (ADEME)`: an acronym alone in brackets names the body of the words before it.
  if (text.charAt(start - 1) === '(' && text.charAt(end) === ')') return false;
  const before = text.slice(lineStart, start).split(/[ \t]+/u).slice(0, -1).reverse();
  const after = text.slice(end, lineEnd).split(/[ \t]+/u).slice(1);
  let words = 1;
  for (const side of [before, after]) {
    for (const word of side) {
      if (!CAPITAL_WORD.test(word) || !HOLDS_UPPER.test(word)) break;
      if (/\p{L}{2,}/u.test(word)) words += 1;
    }
  }
  return words >= 3;
}

const CLOSING_QUOTE = /["»”]/u;

/**
 * `« TERRE VIVE⏎DU NORD »`: the token is one of two words or more in capitals that alone fill a
 * quotation, even wrapped over a line: a name written in capitals, not an acronym of its own.
 */
function inQuotedCapitals(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  // No closing quote ahead (most tokens): `close` below would fail only after trying every split
  // of its window between its two runs, so a plain search for the quote answers first.
  if (!CLOSING_QUOTE.test(after)) return false;
  const open = /["«“][^"«»“”\n]*\n?[^"«»“”\n]*$/u.exec(text.slice(Math.max(0, start - 50), start));
  const close = /^[^"«»“”\n]*\n?[^"«»“”\n]*["»”]/u.exec(after);
  if (open === null || close === null) return false;
  const words = `${open[0].slice(1)}${text.slice(start, end)}${close[0].slice(0, -1)}`.trim().split(/\s+/u);
  return words.length >= 2 && words.every((word) => CAPITAL_WORD.test(word) && HOLDS_UPPER.test(word));
}

/** A capitalised word closing a line (the line break right after it), with no blank line after it. */
const CAPITALISED_AT_LINE_END = /(?:^|[ \t'’])\p{Lu}[\p{L}'’-]*[ \t]*\n$/u;

/** Up to twelve words before `(ACR)`, back to the start of the sentence or line. */
function wordsBeforeParenthesis(text: string, start: number, end: number): string[] | null {
  if (!/\([ \t]*$/u.test(text.slice(Math.max(0, start - 3), start)) || !/^[ \t]*\)/u.test(text.slice(end, end + 3))) return null;
  const open = text.lastIndexOf('(', start);
  const before = text.slice(Math.max(0, open - 140), open);
  const sentence = before.split(/[.!?;:•\n–—]|\n\s*\n/u).pop() ?? '';
  // A lower-case line end goes on (`… syndicat mixte de gestion⏎forestière (SMGF)`): a wrapped sentence. So does a
  // capitalised run cut by the line (`le Plan⏎Territorial de Kalimbo (PTK)`): the line before ends on a capital's word.
  const runWraps = OPENS_UPPER.test(sentence.trimStart()) && CAPITALISED_AT_LINE_END.test(before.slice(0, before.length - sentence.length));
  const wrapped = OPENS_LOWER.test(sentence.trimStart()) || runWraps ? (before.split(/[.!?;:•–—]|\n\s*\n/u).pop() ?? sentence) : sentence;
  return wrapped.split(/[\s']+/u).filter((word) => word !== '').slice(-12);
}

/** `gestion prévisionnelle des emplois (GPE)`: an expansion all in lower case defines a concept. */
export function definesConcept(text: string, start: number, end: number): boolean {
  const words = wordsBeforeParenthesis(text, start, end);
  return words !== null && words.length >= 2 && words.slice(-5).every((word) => !HOLDS_UPPER.test(word));
}

/** The capitalised expansion before `(ACR)`, or null: `Groupement pour l'Emploi… (GESTE)`. */
function capitalisedExpansion(text: string, start: number, end: number): string[] | null {
  const words = wordsBeforeParenthesis(text, start, end);
  if (words === null || words.length === 0) return null;
  // Lower-case words may end an expansion (`… de l'Economie sociale et solidaire (PHARE)`).
  const first = words.findIndex((word) => OPENS_UPPER.test(word));
  if (first === -1) return null;
  return words.slice(first);
}

/** Articles a capitalised expansion may open with at a sentence's start (folded; `L'` split off by wordsBeforeParenthesis). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'notre', 'votre']);

/**
 * Whether `(ACR)` expands a plan or programme (`Schéma Régional… (SRDEII)`), or a meeting (`Assemblée Générale
 * Ordinaire (AGO)`): its first word, or its first two, in `PROGRAMME_WORDS`.
 */
export function expandsProgramme(text: string, start: number, end: number): boolean {
  const expansion = capitalisedExpansion(text, start, end) ?? [];
  // `Le Programme … (PTK)` opening a sentence: its article before a capital lends no word (`Le salon … (CAB)`: a sentence).
  const opensOnArticle = ARTICLE_WORDS.has(fold(expansion[0] ?? '')) && OPENS_UPPER.test(expansion[1] ?? '');
  const [first, second] = opensOnArticle ? expansion.slice(1) : expansion;
  return first !== undefined && (PROGRAMME_WORDS.has(fold(first)) || (second !== undefined && PROGRAMME_WORDS.has(fold(`${first} ${second}`))));
}

/** A lower-case word, then `le` or `la` (`par le `, `et la `), right before the token. */
const ARTICLE_IN_SENTENCE = /\p{Ll}[ \t]+(?:le|la)[ \t]+$/u;
/** The clause ends right after the token: a line break, a dash, a comma, a semicolon or a closing bracket. */
const CLAUSE_END_AFTER = /^[ \t]*(?:\n|[-–—,;)])/u;

/**
 * Strong evidence that an upper-case word is a name although it reads as a common word: an
 * expansion before it (`… Écologique (GESTE)`) or after it (`GESTE (Groupement…)`), a singular
 * article before it and the sentence going on in lower case after it (`le GESTE accompagne`),
 * or a list of acronyms around it (`(AJOR, CAPAP, ESPAR)`).
 */
export function namesOrganisation(text: string, start: number, end: number): boolean {
  if (capitalisedExpansion(text, start, end) !== null) return true;
  const after = text.slice(end, end + 40);
  if (/^[ \t]*\n?[ \t]*\([ \t]*\p{Lu}\p{Ll}/u.test(after)) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  if (/(?:^|[^\p{L}])(?:le|la|l'|l’|du|au)[ \t]*$/iu.test(before) && /^[ \t]+\p{Ll}{2,}/u.test(after)) return true;
  // `organisée par le COUAC⏎…`, `l’Atelier et le MES -`: a lower-case singular article in a sentence, the token closing the clause.
  if (ARTICLE_IN_SENTENCE.test(text.slice(Math.max(0, start - 14), start)) && CLAUSE_END_AFTER.test(after)) return true;
  const neighbours = [/(?:^|[^\p{L}])(?<word>\p{Lu}{3,})[ \t]*,[ \t]*$/u.exec(text.slice(Math.max(0, start - 14), start)), /^[ \t]*,[ \t]*(?<word>\p{Lu}{3,})(?![\p{L}])/u.exec(after)];
  if (neighbours.some((found) => found?.groups?.['word'] !== undefined && !isCommonWord(found.groups['word']))) return true;
  return inAcronymParenthesis(text, start, end);
}

/** `(AJAR, CAPEP ESPOIR)`: a parenthesis holding only capitals, one of them no common word. */
function inAcronymParenthesis(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open === -1 || close === -1 || start - open > 60 || close - end > 60) return false;
  const inside = text.slice(open + 1, close);
  if (!/^[\p{Lu}\d\s,&'’-]+$/u.test(inside)) return false;
  const others = inside.split(/[\s,]+/u).filter((word) => word.length >= 3 && word !== text.slice(start, end));
  return others.some((word) => !isCommonWord(word));
}

const NOT_NOUNS = new Set([
  'avec', 'pour', 'par', 'chez', 'entre', 'dont', 'sur', 'vers', 'selon', 'contre', 'auprès', 'aupres', 'via', 'comme',
  'notamment', 'que', 'qui', 'les', 'des', 'aux', 'est', 'sont', 'rejoint', 'rejoindre', 'signé', 'signe', 'ainsi', 'mais',
  'puis', 'donc', 'soit', 'dont', 'voir', 'contacter', 'contactez', 'merci', 'remercie', 'remercions', 'partenaire',
  'partenaires', 'financeur', 'financeurs', 'membre', 'membres', 'adhérent', 'adherent', 'adhérents', 'adherents',
]);

/**
 * `chantiers ERBM`, `quartiers QPV`, `agrément ESUS`: an upper-case word right after a
 * lower-case noun qualifies it (a programme, a category). An organisation after a noun takes a
 * preposition (`les chantiers de la CAHC`); type words (`réseau CRESS`) and lists are left alone.
 */
export function qualifiesNoun(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}'’])(?<word>\p{Ll}{3,})[ \t]+$/u.exec(text.slice(Math.max(0, start - 24), start));
  const word = before?.groups?.['word'];
  if (word === undefined) return false;
  const folded = fold(word);
  // `des chantiers ERBM`: a plural type word qualified by an acronym is a class, unless a list follows
  // (`les associations AJAR et CAPEP`).
  if (/[sx]$/u.test(folded) && HEAD_WORDS.has(folded) && !/^[ \t]*(?:,|et[ \t])/u.test(text.slice(end, end + 5))) return true;
  // Participles take their object after an article (`soutenu par la CAHC`), or are verbs anyway.
  return !/(?:é|ée|és|ées)$/u.test(word) && !NOT_NOUNS.has(word) && !HEAD_WORDS.has(folded) && !HEAD_WORDS.has(folded.replace(/s$/u, '')) && isCommonWord(word);
}

/**
 * A named reason why an upper-case token is no organisation, whatever else the parser finds.
 * Each guard has its shape in its comment and its cases in
 * `test/extractors/fr/organisation/acronym-evidence.test.ts`.
 */
export interface AcronymGuard {
  readonly id: string;
  readonly rejects: (text: string, start: number, end: number, acronym: string) => boolean;
}

const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

/** An office's title (lexicon/roles.ts), lower case, right before the token, maybe at the end of the line before. */
const OFFICE_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${alternation(OFFICE_TITLES)}[ \\t]*\\n?[ \\t]*$`, 'u');

/** `de `, `à `, `en `, `sur ` (lower case, no article) right before the token. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[ \t\n])(?:de|à|a|en|sur)[ \t]+$/u;
/** Digits glued at an acronym's end (`BPREA14`: a course's department or year). */
const GLUED_NUMBER = /\d+$/u;

export const ACRONYM_GUARDS: readonly AcronymGuard[] = [
  // `Kalimba (ARDÈCHE) : …`: a department, region or town in capitals alone in brackets says where
  // the name before it is.
  {
    id: 'place-in-brackets',
    rejects: (text, start, end, acronym) => text.charAt(start - 1) === '(' && /^[ \t]*\)/u.test(text.slice(end, end + 3)) &&
      /^\p{Lu}{4,}$/u.test(acronym) && isPlaceName(titleCase(acronym)),
  },
  // `l'épicerie sociale de VILLENEUVE`, `installée à LUNEL`: a known commune or department in capitals right
  // after `de`, `à`, `en` or `sur` with no article says where; a body's acronym takes its article (`de l'ADEME`).
  {
    id: 'place-after-preposition',
    rejects: (text, start, _end, acronym) => /^\p{Lu}{4,}$/u.test(acronym) && !KNOWN_ORGANISATION_ACRONYMS.has(acronym) &&
      PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && isPlaceName(titleCase(acronym)),
  },
  // `SOLIDAIRE/VENDÉE.`, `LOZÈRE – …`: a department, region or town the places lexicon knows, in capitals anywhere
  // else (a tag, a dateline, a heading word). No body's acronym in the gold of any set is such a word; a
  // body that is (`AVISE`-like) is in KNOWN_ORGANISATION_ACRONYMS, which this guard never overrules.
  {
    id: 'place-in-capitals',
    rejects: (_text, _start, _end, acronym) => /^\p{Lu}{4,}$/u.test(acronym) && !KNOWN_ORGANISATION_ACRONYMS.has(acronym) && isPlaceName(titleCase(acronym)),
  },
  // `se constituer en SCI`, `le tri des DIB`: a legal form or a category of waste or trade names a kind, not a body.
  // A number glued after it (`BPREA14`: the course's department or year) leaves it the category.
  { id: 'category', rejects: (_text, _start, _end, acronym) => CATEGORY_ACRONYMS.has(acronym.replace(GLUED_NUMBER, '')) },
  // `COOP'ECO`, `AGRI'BIO`: after a word and an apostrophe, the token is the end of that word.
  { id: 'glued-after-apostrophe', rejects: (text, start) => /\p{L}{2}['’]$/u.test(text.slice(Math.max(0, start - 3), start)) },
  // `le TRV est un dispositif de…`, `l'OPRA, un programme national`, `une Zone Littorale (ZLP)`: the
  // sentence says what the token is, and it is a scheme, a plan or a zone, not a body.
  // One sense per page: said once, it holds for the token's other occurrences (`le dispositif TRV`).
  { id: 'said-to-be-programme', rejects: (text, _start, _end, acronym) => saidOnPage(text, acronym) },
  // `des CDDI`, `deux ACI`, `un GEIQ` at every occurrence on the page: a kind counted, not a body.
  // A kind of body named by its acronym (`un ESAT`, `un CFA`, organisation-types.ts) is left to its rule.
  { id: 'counted-kind', rejects: (text, _start, _end, acronym) => !HEAD_WORDS.has(fold(acronym)) && countedOnPage(text, acronym) },
  // `les sociétés foncières solidaires (SFS)` somewhere on the page: the token names that kind of body
  // wherever the page writes it (`deux SFS`), unless a territory or a department number makes it one body.
  { id: 'defined-as-kind', rejects: (text, _start, end, acronym) => definedAsKindOnPage(text, acronym) && !namesOneBody(text, end) },
  // `les fournisseurs d'accès à Internet (FAI)`, `l'ALSH (Accueil de loisirs sans hébergement)`: spelled out in sentence
  // case somewhere on the page, led by no type word, the token names a thing (a service, a permit), not a body
  // (thing-expansion.ts), unless a territory or a department number makes it one body.
  { id: 'thing-expansion', rejects: (text, _start, end, acronym) => spelledOutAsThing(text, acronym) && !namesOneBody(text, end) },
  // `le projet Kalimbo de développement solidaire (KDS)`, `le BTS Gestion, animation des vergers (GAV)`: spelled out right
  // after a programme's, a concept's or a diploma's word somewhere on the page, the token names that programme or course
  // (programme-led-expansion.ts), unless it is a known body's or a territory or a department number makes it one body.
  {
    id: 'programme-led-expansion',
    rejects: (text, _start, end, acronym) => !KNOWN_ORGANISATION_ACRONYMS.has(acronym) && ledByProgrammeOnPage(text, acronym) && !namesOneBody(text, end),
  },
  // `un étudiant en BTS ACSE`, `le master IPEX de l'université`: an acronym right after a diploma's word anywhere on the page
  // names the course taught (one sense per page: `fondatrice du IPEX`), not a body; a known body's acronym stays.
  { id: 'course-after-diploma', rejects: (text, _start, _end, acronym) => !KNOWN_ORGANISATION_ACRONYMS.has(acronym) && courseOnPage(text, acronym) },
  // `éleveurs, cantines, RHD…`: an acronym closing an enumeration of lower-case plural kinds left open by an
  // ellipsis or `etc.` is one more kind (organisation/open-kind-list.ts; a known local body's: local-body-kind.ts).
  { id: 'open-kind-list', rejects: (text, start, end) => closesOpenKindList(text, start, end) },
  // `le premier ministre⏎DURAND`, `la préfète LEBLANC`: an office held by one person, then a word in capitals
  // with no preposition between: the holder's surname (qualifiesNoun reads the same line only).
  { id: 'surname-after-office', rejects: (text, start, _end, acronym) => /^\p{Lu}{3,}$/u.test(acronym) && OFFICE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) },
  // `LUCIE⏎BERTRAND, GÉRANTE`: a first name in capitals, then a word in capitals, is a person in a heading.
  {
    id: 'first-name-in-capitals',
    rejects: (text, _start, end, acronym) => /^\p{Lu}{3,}$/u.test(acronym) && isFirstName(titleCase(acronym)) &&
      /^[ \t]*\n?[ \t]*\p{Lu}{3,}(?![\p{Ll}])/u.test(text.slice(end, end + 30)),
  },
  // `ANS la vallée…` for `DANS`: a paragraph's first word set in capitals behind a drop cap the
  // text layer lost. At a line's start, before a lower-case word, a token that one letter in front
  // makes a common word is the rest of that word.
  {
    id: 'drop-cap-remainder',
    rejects: (text, start, end, acronym) => /^\p{Lu}{2,5}$/u.test(acronym) && /^[ \t]*$/u.test(text.slice(lineStartOf(text, start), start)) &&
      /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3)) && missesFirstLetter(acronym.toLowerCase()),
  },
];

const FIRST_LETTERS = [...'abcdefghijklmnopqrstuvwxyzéà'];
/** Whether one letter in front of `word` makes a common word (`ous` → `nous`). */
const missesFirstLetter = (word: string): boolean => FIRST_LETTERS.some((letter) => isCommonWord(letter + word));

/**
 * `un CDDI`, `des GEIQ`, `deux ACI`, `plusieurs SIAE`: an indefinite article, a number or a
 * quantifier before the token counts things of a kind. Written so at every occurrence on the page
 * (one sense per page), the token names a kind (a contract, a scheme, a class of structures), not
 * one body: a body is named alone or with a definite article (`la CRESS`, `avec ADIE`). Kinds of
 * body written as acronyms (`un ESAT`, `un CFA`) are type words and left to their rule.
 */
const COUNTED_BEFORE = /(?:^|[^\p{L}\p{N}'’])(?:un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|chaque|quelques|certains|certaines|nombreux|nombreuses|autre|autres|\d+)[ \t]+$/iu;
/** Whether the `length` characters at `at` stand as a whole word (no letter or digit on either side). */
const wholeWordAt = (text: string, at: number, length: number): boolean => !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + length));
/** Where `acronym` stands as a whole word on the page: its first 20 such occurrences (one sense per page reads no more). */
function wholeWordOccurrences(text: string, acronym: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(acronym); at !== -1 && found.length < 20; at = text.indexOf(acronym, at + acronym.length)) {
    if (wholeWordAt(text, at, acronym.length)) found.push(at);
  }
  return found;
}
const countedOnPage = memoisedForPage((text: string, acronym: string): boolean => {
  const found = wholeWordOccurrences(text, acronym);
  return found.length > 0 && found.every((at) => COUNTED_BEFORE.test(text.slice(Math.max(0, at - 16), at)));
});

/** `ACR est un dispositif`, `ACR, un plan…`, or a capitalised expansion led by a zone or programme word. */
const PREDICATE = /^[ \t]*(?:,[ \t]*|[ \t]+(?:est|était|sera|reste)[ \t]+)(?:un|une|le|la|l['’])[ \t]*(?<first>\p{Ll}+)(?:[ \t]+(?<second>\p{Ll}+))?/u;
function saidToBeProgramme(text: string, start: number, end: number): boolean {
  // Cheap tests first: a comma or the verb after the token, or a bracket before it.
  const predicate = /^[ \t]*(?:,|est|était|sera|reste)/u.test(text.slice(end, end + 9));
  if (!predicate && !text.slice(Math.max(0, start - 3), start).includes('(')) return false;
  // The kind is the noun after the article, or after one adjective (`un nouveau dispositif`).
  const said = PREDICATE.exec(text.slice(end, end + 50))?.groups;
  if ([said?.['first'], said?.['second']].some((word) => word !== undefined && PROGRAMME_WORDS.has(fold(word)))) return true;
  // The expansion is the run of words back to the last lower-case word that is no connector (`sa Zone … (ZMP)`).
  const words = wordsBeforeParenthesis(text, start, end) ?? [];
  let first = words.length;
  while (first > 0 && (OPENS_UPPER.test(words[first - 1] ?? '') || EXPANSION_CONNECTORS.has(words[first - 1] ?? ''))) first -= 1;
  while (first < words.length - 1 && EXPANSION_CONNECTORS.has(fold(words[first] ?? ''))) first += 1;
  // `le Programme Départemental de Kalimbo (PDK)`: a capitalised expansion led by a programme's or a meeting's word
  // says so too, and one sense per page holds it for the token's other occurrences (`une PDK de plus`).
  return ZONE_WORDS.has(fold(words[first] ?? '')) || expandsProgramme(text, start, end);
}
/**
 * Whether a whole-word occurrence of `acronym` on the page (the first 20) is said to be a
 * programme. Every match of the acronym parser on a page asks with the same text, so the answers
 * of the last page are kept (one page at a time: no growth).
 */
const saidOnPage = memoisedForPage((text: string, acronym: string): boolean => {
  let said = false;
  let seen = 0;
  for (let at = text.indexOf(acronym); at !== -1 && seen < 20 && !said; at = text.indexOf(acronym, at + acronym.length)) {
    seen += 1;
    said = wholeWordAt(text, at, acronym.length) && saidToBeProgramme(text, at, at + acronym.length);
  }
  return said;
});
const EXPANSION_CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'à', 'en']);

/** Words of an expansion that no letter of the acronym stands for (`Groupement pour l'Emploi`). */
const KIND_CONNECTORS = new Set([...EXPANSION_CONNECTORS, 'aux', 'au', 'sur', 'par']);

/**
 * Whether `words` (before `(ACR)`) end with the acronym's expansion in lower case, its initials spelling
 * the acronym (connectors skipped), led by a plural noun: `organismes de portage immobilier (OPI)`.
 * The initials must match exactly: an expansion read loosely could be any lower-case phrase.
 */
function pluralExpansion(words: readonly string[], acronym: string): boolean {
  const letters = fold(acronym).replace(/[^a-z]/gu, '');
  let index = letters.length - 1;
  for (let at = words.length - 1; at >= 0 && index >= 0; at -= 1) {
    const word = words[at] ?? '';
    if (HOLDS_UPPER.test(word)) return false;
    // `d’accueil`: the curly apostrophe keeps the elided article on the word.
    const folded = fold(word).replace(/^[dl]['’]/u, '');
    if (KIND_CONNECTORS.has(folded)) continue;
    if (folded.charAt(0) !== letters.charAt(index)) return false;
    index -= 1;
    if (index < 0) return /[sx]$/u.test(folded);
  }
  return false;
}

/**
 * `les sociétés foncières solidaires (SFS)`: the page defines the acronym as a plural noun in lower case,
 * a kind of body (definesConcept rejects that occurrence; this answers for the others). One sense per page.
 */
const definedAsKindOnPage = memoisedForPage((text: string, acronym: string): boolean => {
  const bracketed = `(${acronym})`;
  let seen = 0;
  for (let at = text.indexOf(bracketed); at !== -1 && seen < 20; at = text.indexOf(bracketed, at + bracketed.length)) {
    seen += 1;
    const words = wordsBeforeParenthesis(text, at + 1, at + 1 + acronym.length);
    if (words !== null && pluralExpansion(words, acronym)) return true;
  }
  return false;
});

/** `la SFS du Berry`, `la SFS 35`: a territory or a department number after the acronym makes it one body. */
const namesOneBody = (text: string, end: number): boolean => territoryAfterAcronym(text, end) !== end || /^[ \t]+\d{2,3}(?![\p{L}\p{N}])/u.test(text.slice(end, end + 6));

/** A diploma's word right before a token: in capitals as written (`BTS`), any case for the others (`Master`, `MASTER`). */
const DIPLOMA_CAPITALS_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${alternation(DIPLOMA_WORDS.filter((word) => word === word.toUpperCase()))}[ \\t]+$`, 'u');
const DIPLOMA_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${alternation(DIPLOMA_WORDS.filter((word) => word !== word.toUpperCase()))}[ \\t]+$`, 'iu');
/** `la` right before a token: a diploma is masculine (`le BTS X`, `du master X`), so `la X` reads a body (`la X Business School`). */
const FEMININE_ARTICLE_BEFORE = /(?:^|[^\p{L}'’-])la[ \t]+$/iu;
/**
 * Whether a whole-word occurrence of `acronym` on the page (the first 20) follows a diploma's word, and none a feminine
 * article. One sense per page: `le master X` and `la X` on one page make X a school that gives the degree, not the course.
 */
const courseOnPage = memoisedForPage((text: string, acronym: string): boolean => {
  const before = wholeWordOccurrences(text, acronym).map((at) => text.slice(Math.max(0, at - 12), at));
  return before.some((words) => DIPLOMA_CAPITALS_BEFORE.test(words) || DIPLOMA_WORD_BEFORE.test(words)) && !before.some((words) => FEMININE_ARTICLE_BEFORE.test(words));
});

/** The id of the first guard that rejects the token, or null. */
export function acronymGuard(text: string, start: number, end: number, acronym: string): string | null {
  return ACRONYM_GUARDS.find((guard) => guard.rejects(text, start, end, acronym))?.id ?? null;
}

const TERRITORY_AFTER = /^[ \t]*\n?[ \t]*(?:du|des|de(?:[ \t]+|[ \t]*\n[ \t]*)la|de|d['’]|de(?:[ \t]+|[ \t]*\n[ \t]*)l['’])[ \t]*\n?[ \t]*(?<first>\p{Lu}[\p{L}'’-]*\p{L})(?<second>(?:[ \t]+|[ \t]*\n[ \t]*)(?:d['’]|de[ \t]+|du[ \t]+)?\p{Lu}[\p{L}'’-]*\p{L})?/u;

/** `CCI Alsace Eurométropole,`: a region or town (and a metropolis) right after the acronym, then the sentence's punctuation. */
const REGION_AFTER = /^[ \t]+(?<place>\p{Lu}[\p{L}'’-]*\p{L})(?:[ \t]+(?:Eurométropole|Métropole|Agglomération))?(?=[ \t]*[,;.)]|[ \t]*\n|[ \t]+et[ \t])/u;

/**
 * `CCI Alsace Eurométropole`, `CAF du Cher`, `CCI du Pays de Brie`, `SICTOM du Val Fort`: a body's acronym, `de`, and the
 * territory it serves name one body. Returns where the territory ends, or `end` when none follows.
 */
/**
 * `CCI Ille et Vilaine`, `CAF Seine Saint Denis`: a department or region written with spaces where
 * its name has hyphens (two or three words, maybe joined by `et`/`sur`/`de`/`en`), then the end of
 * the phrase.
 */
const SPACED_PLACE_AFTER = /^[ \t]+(?<place>\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:et|sur|de|en)[ \t]+)?\p{Lu}\p{Ll}+){1,2})(?=[ \t]*[,;.:)]|[ \t]*\n|[ \t]+\p{Ll})/u;

function spacedPlaceAfter(text: string, end: number): number | null {
  const found = SPACED_PLACE_AFTER.exec(text.slice(end, end + 50));
  const place = found?.groups?.['place'];
  if (found === null || place === undefined) return null;
  return isPlaceName(place.replace(/[ \t]+/gu, '-')) ? end + found[0].length : null;
}

/**
 * `MSA Côtes Bretonnes`, `ADIE Côte Basque`, `AFEP Côte D’Émeraude`, `MSA Pays Alpins`: a territory word
 * (`Côte`, `Pays`, `Val`…, maybe plural), then a capitalised name: a territory no commune list holds,
 * which the body serves. The adjectives that also qualify a place (`Grand`, `Haute`) are left out:
 * after them comes as often a plain word (`Grand Public`) as a place.
 */
const TERRITORY_WORD_AFTER = /^[ \t]+(?<head>\p{Lu}\p{Ll}+)[ \t]+(?:(?:de[ \t]+la|de|du|des)[ \t]+|[dD]['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}'’-])/u;

function territoryWordAfter(text: string, end: number): number | null {
  const found = TERRITORY_WORD_AFTER.exec(text.slice(end, end + 50));
  const folded = fold(found?.groups?.['head'] ?? '');
  // `Pays` is singular, `Côtes` a plural.
  const head = TERRITORY_NAME_WORDS.has(folded) ? folded : folded.replace(/s$/u, '');
  if (found === null || PLACE_QUALIFIERS.has(head) || !TERRITORY_NAME_WORDS.has(head)) return null;
  return end + found[0].length;
}

/**
 * `CCI Lyon accompagne`, `ECOLA⏎Rennes a ouvert…`: a known place right after the acronym (maybe on the next
 * line, the sentence wrapped) and the sentence going on in lower case. A place that is also a first name (`Florence`, `Valence`) may be a
 * person's, the next words of the sentence: left out.
 */
const PLACE_BEFORE_LOWER_CASE = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<place>\p{Lu}[\p{L}'’-]*\p{L})(?=[ \t]+\p{Ll})/u;

function placeBeforeLowerCase(text: string, end: number): number | null {
  const found = PLACE_BEFORE_LOWER_CASE.exec(text.slice(end, end + 50));
  const place = found?.groups?.['place'] ?? '';
  if (found === null || !isPlaceName(place) || isFirstName(place)) return null;
  return end + found[0].length;
}

/**
 * `CUMA d’ESCOURBAC`, `CUMA de LUNEL`: after `de`, a word of four capitals or more that names no known
 * body and is no common word is the body's town written in capitals (small communes are in no list).
 */
function townInCapitals(word: string): boolean {
  return /^\p{Lu}{4,}(?:-\p{Lu}{2,})*$/u.test(word) && !KNOWN_ORGANISATION_ACRONYMS.has(word) && !isCommonWord(word);
}

/**
 * A territory's single word after `de`: a place, or, with no capitalised name word after it on its line, a
 * former region (`UFAB du Berry`) or a town in capitals. `du Berry Solidaire` names another body, which starts
 * with the region; an article after it (`d’ESCOURBAC La CUMA…`, a heading run into its paragraph) starts a sentence.
 */
const NAME_GOES_ON = /^[ \t]+(?!(?:Le|La|Les|L['’]|Un|Une|Ce|Cette)(?![\p{L}]))/u;
const isTerritoryWord = (word: string, next: string): boolean =>
  isPlaceName(word) || (!NAME_GOES_ON.test(next) && (FORMER_REGIONS.has(fold(word)) || townInCapitals(word)));

export function territoryAfterAcronym(text: string, end: number): number {
  const spaced = spacedPlaceAfter(text, end) ?? territoryWordAfter(text, end) ?? placeBeforeLowerCase(text, end);
  if (spaced !== null) return spaced;
  const region = REGION_AFTER.exec(text.slice(end, end + 50));
  const place = region?.groups?.['place'] ?? '';
  if (region !== null && (FORMER_REGIONS.has(fold(place)) || isPlaceName(place))) return end + region[0].length;
  return territoryOfAfter(text, end);
}

/** `CAF du Cher`, `CCI du Pays d'Auge`, `AAPPMA de Trokalis :`: `de` and the territory the body serves, or `end` when none follows. */
function territoryOfAfter(text: string, end: number): number {
  const found = TERRITORY_AFTER.exec(text.slice(end, end + 50));
  const first = found?.groups?.['first'];
  if (found === null || first === undefined) return end;
  const second = found.groups?.['second'] ?? '';
  const whole = `${first}${second}`.replace(/\s+/gu, ' ');
  if (second !== '' && (isPlaceName(whole) || TERRITORY_NAME_WORDS.has(fold(first).split('-')[0] ?? ''))) return end + found[0].length;
  // `du Vexin Normand`, `de l'Argonne Lorvaise`: a territory and the capitalised adjective of its people are one territory.
  if (isTerritoryWord(first, second)) return end + found[0].length - (PEOPLE_ADJECTIVE.test(second.trim()) ? 0 : second.length);
  if (second === '' && TERRITORY_NAME_WORDS.has(fold(first).split('-')[0] ?? '')) return end + found[0].length;
  return properTerritoryClosing(text, end + found[0].length, first, second) ? end + found[0].length : end;
}

/** A capitalised adjective of a people or a country (`Normand`, `Champenoise`, `Sarthois`, `Lorraine`): its ending. */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ois|oise|ais|aise|ien|ienne|and|ande|ine|onne|ard|arde)$/u;

/** What closes a phrase after a name: a mark, a line end, or the verb `être`/`avoir` of the sentence it is the subject of. */
const PHRASE_CLOSES = /^(?:[ \t]*(?:[,;:.)]|\n|$)|[ \t]+(?:est|a|sont|ont|était|avait)(?![\p{L}'’-]))/u;

/**
 * `l'AAPPMA de Trokalis :`, `le GAL de l'Orvanne est…`: after the acronym and `de`, one or two capitalised words that
 * no dictionary knows as common words (a proper name: the town or the country the body serves, too small or too old for
 * the place lists), closing the phrase; no type word, no given name (`la MJC de Jean…`), no acronym, no common word
 * (`le SICTOM de Kalimba Services`: another body's name).
 */
function properTerritoryClosing(text: string, end: number, first: string, second: string): boolean {
  if (!PHRASE_CLOSES.test(text.slice(end, end + 10))) return false;
  const words = [first, ...second.trim().split(/[ \t\n]+/u).filter((word) => word !== '' && !/^(?:de|du|d['’])$/u.test(word))];
  const [name = ''] = words;
  return /^\p{Lu}\p{Ll}/u.test(name) && !isFirstName(name) &&
    words.every((word) => !isCommonWord(word.toLowerCase()) && !HEAD_WORDS.has(fold(word)) && !/^\p{Lu}{2,}$/u.test(word));
}
