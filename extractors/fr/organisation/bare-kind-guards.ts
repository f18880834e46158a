/**
 * Guards of the organisation decision (called by decision-guards.ts `guardedProposal`) against a
 * proposal that names a function or a body's organ, not a body:
 *
 * - `role-word-only`: the whole value is one role noun (`Chargé` of `Chargé.e de mission`, read as
 *   a name after a lower-case type word ending the line above; `Présidente` after a person), or a
 *   role noun cut short at the end of a line or page (`Présid`, `Coordinat`) that is no word of
 *   its own (`Trésor`, `Sénat` are). A name in capitals (`COPIL`) is an acronym and is left.
 * - `scope-adjective-only`: a name read after a type word that is only that type word and a scope
 *   or nationality adjective (`Comité Régional`, `Conseil National` cut before its line's end,
 *   `Association Française`): an organ of a body, or a body's name cut short, naming none.
 *   Only names read after a type word (`fr.organisation.named`): a public body's reading
 *   (`Conseil départemental`, `Commission européenne`) names one body and is left.
 *
 * - `type-then-status`: a type word and a word saying which members a list counts, alone (`PTCE Excusés :`,
 *   `17 PTCE RETENUS`, `lexicon/entry-labels.ts` `LIST_STATUS_WORDS`): a list's label, no body; only after a type word.
 * - `credit-cue-cut`: a name whose last word opens a credit line the text goes on with (`… tiers-lieux
 *   Crédit` before `photo`, `… Brenvac Photo` before `:`): a page's photo credit after the name, cut off.
 *
 * - `function-words-only`: a value made only of articles and prepositions (`Au` of `Au cœur
 *   de…` opening a sentence, `Les` of a list item cut after its article, `L'A` of `L'A.R.B.R.E`): a
 *   span cut down to its grammar, naming nothing. A value in capitals (`AU`, `LES`) may be an acronym and is left.
 * - `saint-place`: `Saint-` or `Sainte-` and a given name, maybe with its place after it (`Sainte-Odile`, `Saint-Anselme
 *   du Mont-Kalvet`), alone: a town, a district or a parish named after its saint, no body. A coined name on the
 *   shape (`Saint-B'Kalv`) has no given name and is left.
 * - `ends-on-function-word`: a value of two words or more whose last word is an article, a preposition or `et`
 *   (`PROJET KALVO POUR LE`, `MONTAGE ASSOCIATIF ET`, `Photo LE CLUB DANS LE VENT À`): a heading or a run of capitals
 *   cut mid-phrase, as no name ends. A lone letter (`Station A`, `Tiers-lieu B`) is a name's and is left, and so is a
 *   capitalised word (`Kalvo de Lunel Une`), the next sentence's first, which the sentence-opener cut takes off.
 * - `place-after-preposition`: a preposition and a place alone (`A Roubaix,` opening a sentence, `Aux
 *   Herbiers` for `à Les Herbiers`): where something happens, no body.
 * - `place-only`: the whole value, its article and an ellipsis aside, is a place the lexicon holds, written with
 *   lower-case letters (`L'Ornière` for the department, `Kalvet` alone after a type word cut short, `Kalvet…` ending an
 *   open list of towns): where something is, no body. A value in
 *   capitals is left (an acronym may spell a place's name).
 * - `joined-places`: two known places or more and nothing else, joined by hyphens or spaces (`Vilaret-La Brenole-Kalvet`
 *   for an area between three towns, `Kalvet Montceau`): an area named by its towns, no body. Each place is a commune,
 *   a department or a region the lexicon holds (or a town by the first part of its compound name), none a common
 *   word (`Croix Rouge`) nor in capitals (an acronym may spell a place's name).
 * - `article-held-place`: one word after the article the page writes before it, where the article and the word
 *   together are a known town (`du Kalvet` for `Le Kalvet`, `au Barcou`, `aux Vilarets`, `LA BRENOLE` after a postcode):
 *   a commune whose name opens with its article, no body. A common word there may be a body's name (`l'Escale`).
 * - `demonym-only`: one word saying where a thing or a person is from (`Lotois` after `pôle territorial`,
 *   `Vilaretoise,` opening a sentence), maybe after `Région`/`Pays` (`Région Parisienne`): an adjective of a
 *   place (a place the lexicon holds, then a demonym ending), no body. With its article (`La Pantinoise`) it is a name.
 *
 * Pinned by test/extractors/fr/organisation/bare-kind-guards.test.ts and the cases of
 * fixtures/cases/fr/organisation-bare-kinds.json.
 */
import { fold } from '../../core/pattern.js';
import type { Candidate } from '../../core/types.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { NATIONALITY_ADJECTIVES, SCOPE_ADJECTIVES } from '../lexicon/organisation-head-kinds.js';
import { LIST_STATUS_WORDS } from '../lexicon/entry-labels.js';
import { OPENING_ARTICLES, PREPOSITIONS_BEFORE_NAME } from '../lexicon/function-words.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { FORMER_REGIONS } from '../lexicon/territory-words.js';
import { DEMONYM_ENDINGS } from '../lexicon/word-endings.js';
import { isFirstName } from '../names.js';
import { HEAD_WORDS, isPlaceLike } from './name-words.js';
import { joinRolePrefix } from './role-led.js';

const FOLDED_ROLES: readonly string[] = [...new Set([...ROLE_NOUNS].map(fold))];
const FOLDED_ROLE_SET: ReadonlySet<string> = new Set(FOLDED_ROLES);

/** The shortest role prefix read as a role cut short (`Présid`): shorter ones are too often words or names. */
const MIN_CUT_ROLE = 5;

/** Whether `word` (one word, no capitals-only) is a role noun cut short: a prefix of one, and no word of its own. */
function isCutRole(word: string): boolean {
  const folded = fold(word);
  return folded.length >= MIN_CUT_ROLE && !isCommonWord(word) && FOLDED_ROLES.some((role) => role.length > folded.length && role.startsWith(folded));
}

/** A role noun, maybe in the plural (`Conseillers`, `Adjoints`), then the rest of the phrase. */
const ROLE_PHRASE = /^(?<role>\p{L}[\p{L}-]*?)(?:s|x)?[ \t\n]+(?<rest>\S[\s\S]*)$/u;
/** What follows a role in its title: the office it is held under (`au Maire`, `du Président`). */
const OFFICE_AFTER = /^(?:au|aux|du|de[ \t\n]+la|à[ \t\n]+la)[ \t\n]+(?<office>\p{L}[\p{L}-]*)$/iu;

/**
 * `Conseillers Municipaux`, `Adjoints au Maire`, `Conseillère Départementale`: a role noun (in the
 * plural too) and an adjective that is a common word, or the office it is held under, closing a list
 * of people: a title, written with capitals, no body (`Conseil Municipal` opens on no role noun).
 */
function namesRolePhrase(value: string): boolean {
  const found = ROLE_PHRASE.exec(value);
  const role = found?.groups?.['role'];
  const rest = found?.groups?.['rest'] ?? '';
  if (role === undefined || !(FOLDED_ROLE_SET.has(fold(role)) || FOLDED_ROLE_SET.has(fold(value.split(/[ \t\n]/u)[0] ?? '')))) return false;
  const office = OFFICE_AFTER.exec(rest)?.groups?.['office'];
  if (office !== undefined) return FOLDED_ROLE_SET.has(fold(office));
  return /^\p{L}+$/u.test(rest) && isCommonWord(rest.toLowerCase());
}

/** One word (letters, and `·`, `.` or `-` inside it). */
const ONE_WORD = /^\p{L}[\p{L}·.-]*$/u;
/** A word in capitals (`DG`, `P.-D.G`). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.-]*$/u;
/**
 * `role-word-only`: whether the proposal's value is one role noun, or one cut short where the line
 * or the page ends. `text` is the page text the span indexes.
 */
export function namesRoleWord(text: string, proposal: Candidate): boolean {
  const value = joinRolePrefix(proposal.value.trim());
  if (namesRolePhrase(value)) return true;
  if (!ONE_WORD.test(value) || CAPITALS_WORD.test(value)) return false;
  if (FOLDED_ROLE_SET.has(fold(value))) return true;
  const lineEnds = /^[ \t]*(?:\n|$)/u.test(text.slice(proposal.end, proposal.end + 20));
  return lineEnds && isCutRole(value);
}

const TYPE_THEN_ADJECTIVE = /^(?<head>\p{L}[\p{L}'’-]*)[ \t]*\n?[ \t]*(?<adjective>\p{L}+)$/u;

/**
 * `scope-adjective-only`: whether `value` is a type word and a scope or nationality adjective alone (`Comité Régional`);
 * `type-then-status`: or a type word and a list's status word (`PTCE Excusés`).
 */
export function namesScopeOnly(value: string): boolean {
  const found = TYPE_THEN_ADJECTIVE.exec(value.trim());
  if (found === null || !HEAD_WORDS.has(fold(found.groups?.['head'] ?? ''))) return false;
  const word = found.groups?.['adjective'] ?? '';
  const adjective = fold(word);
  return SCOPE_ADJECTIVES.has(adjective) || NATIONALITY_ADJECTIVES.has(adjective) || LIST_STATUS_WORDS.has(word.toLowerCase());
}

/** A credit cue's first word closing a value (`Crédit`, `Crédits`, `Photo`, `Photos`), the space before it included. */
const CUE_AT_END = /[ \t\n]+(?<cue>Cr[ée]dits?|Photos?|CR[ÉE]DITS?|PHOTOS?)$/u;
/** What goes on with the cue in a credit line: `photo`, or a colon. */
const CUE_GOES_ON = /^(?:[ \t]*\n?[ \t]*photos?(?![\p{L}])|[ \t]*:)/iu;

/**
 * `credit-cue-cut`: the proposal cut before a credit cue ending it (`Coopérative tiers-lieux Crédit`⏎`photo`),
 * or itself; null when a type word alone is left. `Crédit` read on with a name (`Crédit Mutuel`) is no cue:
 * the cue must close the value.
 */
export function withoutCreditCue(text: string, proposal: Candidate): Candidate | null {
  const found = CUE_AT_END.exec(proposal.value);
  if (found === null || !CUE_GOES_ON.test(text.slice(proposal.end, proposal.end + 10))) return proposal;
  const cut = found[0].length;
  const spanText = text.slice(proposal.start, proposal.end);
  const inSpan = CUE_AT_END.exec(spanText);
  if (inSpan === null) return proposal;
  const value = proposal.value.slice(0, -cut);
  if (HEAD_WORDS.has(fold(value.trim()))) return null;
  return { ...proposal, end: proposal.end - inSpan[0].length, value, evidence: [...(proposal.evidence ?? []), 'credit-cue-cut'] };
}

/** Articles and prepositions, folded and without their apostrophe (`l`, `d`, `au`, `aux`). */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([...OPENING_ARTICLES, ...PREPOSITIONS_BEFORE_NAME].map((word) => fold(word).replace(/['’]/gu, '')));
/** A value written in capitals only (two letters or more): maybe an acronym (`AU`, `LES`). */
const ALL_CAPITALS = /^[\p{Lu}\s.'’-]{2,}$/u;

/**
 * `Au`, `Les`, `L'A`: a value of articles and prepositions only (`a` is one), not in capitals (see the
 * file's comment). A lone letter of its own (`Le T`, `R2D2`) or a number (`Les 3R`) is a name's.
 */
export function namesGrammarOnly(value: string): boolean {
  if (ALL_CAPITALS.test(value) && /\p{Lu}{2}/u.test(value)) return false;
  const words = value.split(/[\s'’.]+/u).filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => GRAMMAR_WORDS.has(fold(word)));
}

/** `Saint-`/`Sainte-` (or `St-`/`Ste-`), a word, then maybe `du`, `de`… and capitalised words: `Saint-Anselme du Mont-Kalvet`. */
const SAINT_THEN = /^(?:Saint|Sainte|St|Ste)[- ](?<name>\p{Lu}[\p{Ll}]+)(?:[ \t]+(?:du|de|des|de[ \t]+la|sur|en|lès|les)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t-]+\p{Lu}[\p{L}'’-]*)*)?$/u;

/** `Sainte-Odile`, `Saint-Anselme du Mont-Kalvet`: a place named after its saint (see the file's comment). */
export function namesSaintPlace(value: string): boolean {
  const name = SAINT_THEN.exec(value.trim())?.groups?.['name'];
  return name !== undefined && isFirstName(name);
}

/** `PROJET KALVO POUR LE`: a name of two words or more ending on a function word (see the file's comment). */
export function endsOnFunctionWord(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (words.length < 2) return false;
  // A capitalised one (`Une`, `Le`) opens the next sentence, which the opener's cut takes off (decision-guards.ts).
  const cased = last === last.toLowerCase() || last === last.toUpperCase();
  return cased && (last === 'à' || last === 'À' || (last.length >= 2 && GRAMMAR_WORDS.has(fold(last))));
}

/** A preposition opening a value, then the rest: `À Lunel`, `Aux Herbiers`, `En Corrèze`. */
const PREPOSITION_THEN = /^(?<preposition>[AaÀà]|Au|Aux|En|Dans)[ \t\n]+(?<rest>\p{Lu}[\s\S]*)$/u;
/** The article a preposition holds (`au` is `à le`, `aux` is `à les`): `Aux Herbiers` is at `Les Herbiers`. */
const HELD_ARTICLE: Readonly<Record<string, string>> = { au: 'Le ', aux: 'Les ' };

/** `A Roubaix`, `Aux Herbiers`: a preposition and a known place alone (see the file's comment). */
export function namesPlaceAfterPreposition(value: string): boolean {
  const found = PREPOSITION_THEN.exec(value.trim());
  const rest = found?.groups?.['rest']?.replace(/\s+/gu, ' ');
  if (rest === undefined) return false;
  const article = HELD_ARTICLE[fold(found?.groups?.['preposition'] ?? '')];
  return isPlaceName(rest) || (article !== undefined && isPlaceName(`${article}${rest}`));
}

/** An article opening a value: `L'`, `Le `, `La `, `Les `. */
const OPENING_ARTICLE = /^(?:L['’][ \t]*|(?:Le|La|Les)[ \t]+)/u;

/** `L'Ornière`, `Kalvet`: a known place alone, its article aside, not in capitals (see the file's comment). */
export function namesPlaceOnly(value: string): boolean {
  // `Lunel…` ending an open list of towns: the ellipsis is the list's, not the name's.
  const trimmed = value.trim().replace(/(?:…|\.{3})$/u, '');
  if (!/\p{Ll}/u.test(trimmed)) return false;
  return isPlaceName(trimmed) || isPlaceName(trimmed.replace(OPENING_ARTICLE, ''));
}

/** The most words one place's name is read over (`Saint-Martin-de-la-Brenole`). */
const MAX_PLACE_WORDS = 5;

/** Whether `words[from, to)` write one known place, with spaces or hyphens (`La Brenole`, `Kalvet`). */
function onePlace(words: readonly string[], from: number, to: number): boolean {
  const part = words.slice(from, to);
  if (part.some((word) => !/\p{Ll}/u.test(word))) return false;
  if (part.length === 1) return !isCommonWord(part[0]?.toLowerCase() ?? '') && isPlaceLike(part[0] ?? '');
  return isPlaceName(part.join(' ')) || isPlaceName(part.join('-'));
}

/** `Vilaret-La Brenole-Kalvet`: two known places or more and nothing else (see the file's comment). */
export function namesJoinedPlaces(value: string): boolean {
  const words = value.trim().split(/[ \t\n-]+/u).filter((word) => word !== '');
  // fewest[i]: the fewest places that write words[0, i), or -1 when none do.
  const fewest: number[] = [0, ...words.map(() => -1)];
  for (let from = 0; from < words.length; from += 1) {
    if ((fewest[from] ?? -1) < 0) continue;
    for (let to = from + 1; to <= Math.min(words.length, from + MAX_PLACE_WORDS); to += 1) {
      const count = (fewest[from] ?? 0) + 1;
      if (onePlace(words, from, to) && ((fewest[to] ?? -1) < 0 || count < (fewest[to] ?? 0))) fewest[to] = count;
    }
  }
  return (fewest[words.length] ?? -1) >= 2;
}

/** The article (or the preposition holding it) right before a span, and the article it is: `du` is `de le`, `aux` is `à les`. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}'’-])(?<article>le|la|les|du|des|au|aux|l['’])[ \t]*\n?[ \t]*$/iu;
const ARTICLE_OF: Readonly<Record<string, string>> = { le: 'Le ', du: 'Le ', au: 'Le ', la: 'La ', les: 'Les ', des: 'Les ', aux: 'Les ', "l'": "L'" };
/** One word, maybe hyphenated, with a capital: `Kalvet`, `BRENOLE`, `Saint-Kalvet`. */
const ONE_NAME_WORD = /^\p{Lu}[\p{L}]+(?:-\p{L}+)*$/u;

/** `du Kalvet`, `aux Vilarets`: the article before the one-word proposal and the word make a known town (see the file's comment). */
export function namesArticleHeldPlace(text: string, proposal: Candidate): boolean {
  const word = proposal.value.trim();
  if (!ONE_NAME_WORD.test(word) || isCommonWord(word.toLowerCase())) return false;
  const found = ARTICLE_BEFORE.exec(text.slice(Math.max(0, proposal.start - 8), proposal.start));
  const article = ARTICLE_OF[fold(found?.groups?.['article'] ?? '').replace('’', "'")];
  return article !== undefined && isPlaceName(`${article}${word}`);
}

/** Territory words a demonym may follow to name the territory, not a body (`Région Parisienne`). */
const TERRITORY_WORD = '(?:Région|Region|Pays)';
const TERRITORY_BEFORE_DEMONYM = new RegExp(`^${TERRITORY_WORD}[ \\t\\n]+`, 'u');
/** One capitalised word, its ending read by `DEMONYM_ENDINGS` (lexicon/word-endings.ts). */
const DEMONYM_WORD = /^\p{Lu}\p{Ll}{4,}$/u;

/** The place a stem (the demonym less its ending) may be written from: `Toulous` → `Toulouse`, `Lyonn` → `Lyon`. */
function stemPlaces(stem: string): string[] {
  const single = stem.replace(/(\p{Ll})\1$/u, '$1');
  return [stem, `${stem}e`, `${stem}es`, `${stem}ée`, single, `${single}e`];
}

/** A territory word alone (`Région` of `Région Parisienne`, read by the public-body rule), then the word after it. */
const TERRITORY_ALONE = new RegExp(`^${TERRITORY_WORD}$`, 'u');
const NEXT_WORD = /^[ \t]*\n?[ \t]*(?<word>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u;

/** `Région` right before a demonym (`Région Parisienne`): the territory word of a place's name, no body. */
export function territoryBeforeDemonym(text: string, proposal: Candidate): boolean {
  if (!TERRITORY_ALONE.test(proposal.value.trim())) return false;
  const next = NEXT_WORD.exec(text.slice(proposal.end, proposal.end + 40))?.groups?.['word'];
  return next !== undefined && namesDemonymOnly(next);
}

/** `Lotois`, `Région Parisienne`: a demonym alone, maybe after a territory word (see the file's comment). */
export function namesDemonymOnly(value: string): boolean {
  const word = value.trim().replace(TERRITORY_BEFORE_DEMONYM, '');
  if (!DEMONYM_WORD.test(word) || isFirstName(word)) return false;
  // `Lotois` ends in `-ois` itself, `Parisiens` in a plural `s`: both forms are read.
  return [word, word.replace(/s$/u, '')].some((form) => DEMONYM_ENDINGS.some((ending) => {
    if (!form.endsWith(ending) || form.length - ending.length < 3) return false;
    return stemPlaces(form.slice(0, -ending.length)).some((place) => isPlaceName(place) || FORMER_REGIONS.has(fold(place)));
  }));
}
