/**
 * Hand guards the organisation decision (refiners/organisation-decision.ts) applies to every
 * proposal before deciding, because the evidence against it is in the text right around it, not
 * in the name: each generalises over a family of shapes, not one name.
 *
 * - `cut-before-continuation`: a name after a type word (`fr.organisation.named`) that the text
 *   goes on with what a name goes on with (`de`/`des`/`du`/`d'` and a word, `&`, a number or a
 *   lone capital letter on the same line) was cut short
 *   by the name's extent: `Cabinet Conseil` of `Cabinet Conseil de Gestion`, `Groupe` of
 *   `Groupe 27`, `Ressourcerie Neuve` of `Ressourcerie Neuve R`. The fragment names nothing (and a
 *   reader sees the whole name in the context), so it is dropped.
 *   So is one followed by `et de`/`et d'` and a lower-case noun (`Association départementale de parents` of `… et
 *   d'amis des personnes…`: `cutBeforeAndOf`), not a determiner or an infinitive (`… et d'autres`, `et de développer`).
 *   A name split from its parent body (`laboratoire LIRAM` of `laboratoire LIRAM de Vannes Université`,
 *   `parent-after` evidence, name-guards.ts) is not cut: the `de` leads to the parent.
 * - `page-furniture`: a word of a web page's menu or labels (lexicon/page-furniture.ts) written
 *   with a capital right after another word of the name, with no connector between them, ends the name
 *   (`Fédération Régionale des Jardins Accueil` → `Fédération Régionale des Jardins`); one opening
 *   the span is a label, and the name starts after it (`Lauréat Trokalis` → `Trokalis`), unless it
 *   also opens real names (`Accueil Paysan`); a name left with its type word alone is dropped.
 * - `sentence-opener-cut`: a name ending on a capitalised article, preposition or conjunction ran
 *   into the next sentence (a rendered page joins lines): it is cut before that word.
 * - `next-sentence-cut`: a name ending on a word that opens the next sentence or heading (an adverb
 *   before a comma, a count before its noun, a participle before a preposition, `Zoom`/`Retour` before
 *   `sur`, an infinitive or a presentative before its object's article: `Écrire une…`, `Voici un…`), or
 *   holding a greeting before whom it greets (`… Kerdavo⏎Bonjour Léa`), ran into it; it is cut before that word.
 * - `qualifier-cut`: a name read on over lower-case words that praise or qualify the body in passing (`Une Épicerie
 *   Kerdavo exemplaire`, `la Maison Brenvac⏎bien implantée`: lexicon/next-sentence-words.ts) ends before them.
 * - `sentence-start`: a span opening on such a participle, adverb or presentative, or on a preposition of time
 *   (`Basée à Vilaret`, `Après Lyon et Dijon`, `Voici un résumé`), is a sentence's start, no name: it is dropped.
 * - `authority-facility`: `Recyclerie Solidaire de l'agglo de Vilaret`: a kind of facility said to be a local
 *   authority's is no named body; dropped.
 * - `law-mention`: `association Loi 1901`: the law, read as a name after the type word, is dropped.
 * - `park-place`: `dans le Parc des Sorbiers`, `Parc technologique des Aulnes`: a park read after the type word `parc`
 *   is a place, unless a nature park's or an energy park's word follows `parc` (park-place.ts).
 * - `building-place`: `la résidence Les Tilleuls`, `la résidence habitat partagé Le Clos des Saules`: a housing
 *   building's name, read after its word or right after it and its lower-case description, is a place (building-place.ts).
 * - `work-site` (`un chantier de rénovation du collège`), `area-designation` (`l'Espace Naturel Sensible du Bois Joli`),
 *   `historic-event` (`la Seconde Guerre mondiale`), `named-thing` (`la pandémie de Covid`, `une partie de Monopoly`),
 *   `religious-title` (`Père Anselme`): a building site, a protected area, a historic period, a disease, a game or an
 *   instrument, a priest: no body (not-a-body.ts).
 * - `expansion-part`: `Jeune Entreprise Solidaire (JES)`, `KALFP (Kiosque Alimentaire, Lien de la Ferme Partagée)`: a type
 *   word's name that is only the tail of an acronym's expansion is a piece of what the acronym stands for (expansion-part.ts).
 * - `scheme-expansion`: `le Revenu de Kalimbo Social (RKS)`, `le RKS (Revenu de Kalimbo …)`: what the acronym of a
 *   scheme, a policy or a concept stands for names that scheme, whichever rule proposed it (scheme-expansion.ts).
 * - `scheme-name`: `Petites villes de demain`, `le Fonds social européen`: a proposal that is exactly the name of a
 *   national or European programme, scheme, law, fund or label (lexicon/scheme-names.ts) names it, no body.
 * - `role-word-only` (`Chargé`, `Présid` at a line's end, a role's title `Conseillers Municipaux`) and `scope-adjective-only` (`Comité Régional`):
 *   a function or a body's organ, no body; `credit-cue-cut` (`… Crédit` before `photo`): a credit line cut off
 *   the name; `function-words-only` (`Au`, `Les`, `L'A`) and `place-after-preposition` (`A Roubaix`, `Aux
 *   Herbiers`): grammar or a place, no body; `demonym-only` (`Lotois`, `Région Parisienne`): a place's adjective,
 *   no body; see bare-kind-guards.ts.
 * - `local-body-kind`: `les CCAS`, `une CCI`, `CCAS ou CIAS`: an acronym of a body every town has, counted or
 *   generalised, names a kind (local-body-kind.ts).
 * - `indefinite-kind`: `une agence de design`, `X - agence de design`: a lower-case type word and
 *   lower-case words, after an indefinite article or in apposition, describe a kind; after an indefinite article
 *   so does a lower-case type word whatever capitals follow, but a body's named by its members (indefinite-kind.ts).
 * - `ranked-kind`: `la plus grande coopérative du Kalvet`, `la 2e épicerie solidaire de Kervalo`: a lower-case type word
 *   after a superlative or an ordinal ranks a body among its kind, names none (ranked-kind.ts).
 * - `doubled-word-cut`: a span opening on a word written twice (`PTCE PTCE Trokal`, `PTCE Le PTCE
 *   Trokal`: a web page's tag, then the text) starts at the second writing; `two-kinds`: a name
 *   after a type word that is only a type word and a kind noun (`PTCE Pôles`, `SCIC Société`) is dropped.
 * Pinned by test/extractors/fr/organisation/decision-guards.test.ts (3 shapes where each fires,
 * 2 where it does not) and by cases in fixtures/cases/fr/organisation-rules.json.
 */
import { alternation, fold } from '../../core/pattern.js';
import { memoised } from '../../core/memo.js';
import { INFINITIVE_LOOKALIKE_NOUNS, INFINITIVE_OBJECT_OPENERS, NAME_END_INFINITIVE_LOOKALIKES, OPENING_INFINITIVES_IN_RE } from '../lexicon/function-words.js';
import type { Candidate } from '../../core/types.js';
import { LOCAL_AUTHORITY_HEADS, ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { DESCRIPTOR_HEADS } from '../lexicon/organisation-head-kinds.js';
import { PAGE_FURNITURE_WORDS } from '../lexicon/page-furniture.js';
import { GREETINGS, HEADING_NOUNS, OPENING_ADVERBS, OPENING_NUMBERS, OPENING_PARTICIPLES, OPENING_TIME_PREPOSITIONS, PRAISING_ADJECTIVES, PRESENTATIVES, PROGRAMME_LINE_NOUNS, QUALIFYING_ADVERBS } from '../lexicon/next-sentence-words.js';
import { HEAD_WORDS } from './name-words.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { PARENT_AFTER } from './name-guards.js';
import { namesLocalBodyKind } from './local-body-kind.js';
import { namesIndefiniteKind } from './indefinite-kind.js';
import { namesRankedKind } from './ranked-kind.js';
import { namesPark } from './park-place.js';
import { namesBuilding } from './building-place.js';
import { namesAreaDesignation, namesHistoricEvent, namesReligiousPerson, namesThing, namesGenericFacility, namesTitledPerson, namesWorkSite } from './not-a-body.js';
import { tailOfExpansion } from './expansion-part.js';
import { namesSchemeExpansion } from './scheme-expansion.js';
import { SCHEME_NAMES } from '../lexicon/scheme-names.js';
import { namesDemonymOnly, territoryBeforeDemonym, namesGrammarOnly, namesPlaceAfterPreposition, namesPlaceOnly, namesJoinedPlaces, namesSaintPlace, endsOnFunctionWord, namesArticleHeldPlace, namesRoleWord, namesScopeOnly, withoutCreditCue } from './bare-kind-guards.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/** The rules whose names are read after a type word by the name's extent (name-extent.ts). */
const TYPE_WORD_RULES: ReadonlySet<string> = new Set(['fr.organisation.named']);

/**
 * What a name goes on with, right after the span: a `de` and a word (or the end of the page: the
 * name goes on over the page break) or `&`, maybe over one line break (`par` is not: `… par la Région` names the agent, see name-end-rules.ts); on the same line, a number
 * that is no year, amount or count (`Groupe 27 (`, `Cap 4 D`) or a capital letter alone (`Neuve R`).
 */
const CONTINUATION = new RegExp(
  [
    "^(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:(?:de|des|du|DE|DES|DU)(?:(?:[ \\t]+|[ \\t]*\\n[ \\t]*)\\p{L}|[ \\t]*$)|[dD]['’]\\p{L})",
    '^[ \\t]*&',
    '^[ \\t]+(?!(?:19|20)\\d\\d(?!\\d))\\d+(?![\\d.,]*\\d)(?![ \\t]*(?:[%€]|\\p{Ll}))',
    "^[ \\t]+\\p{Lu}(?![\\p{L}\\p{N}'’°.])",
  ].join('|'),
  'u',
);

/**
 * `… a confié à l'association Les 4K de trier les dons`, `… de mettre en place`, `… d'embaucher deux
 * salariés`, `… de se développer`: `de`, an infinitive (maybe reflexive) and what opens its object
 * are the sentence going on (the verb's complement), not more of the name. A noun that ends like an
 * infinitive (`de quartier du…`, lexicon/function-words.ts) is no verb.
 */
const INFINITIVE_AFTER = new RegExp(
  "^(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:de|d['’])[ \\t]*\\n?[ \\t]*(?:(?<reflexive>se[ \\t]+|s['’])\\p{Ll}+(?:er|ir|re)(?![\\p{L}])|" +
    `(?<verb>\\p{Ll}+(?:er|ir|re))[ \\t]+(?:${alternation(INFINITIVE_OBJECT_OPENERS)})(?:(?<=['’])|(?![\\p{L}]))|(?<verb2>\\p{Ll}+(?:er|ir|re))[ \\t]+\\d)`,
  'u',
);

/** Whether `after` opens with `de`, an infinitive and its complement. */
function infinitiveAfter(after: string): boolean {
  const found = INFINITIVE_AFTER.exec(after);
  const verb = found?.groups?.['verb'] ?? found?.groups?.['verb2'];
  return found !== null && (verb === undefined || !INFINITIVE_LOOKALIKE_NOUNS.has(verb));
}

/**
 * `Association régionale de familles| et d'amis des malades…`, `Association d'Entraide| et de soutien scolaire…`: `et de`
 * or `et d'` and a lower-case noun right after a type word's name join a second field to the name's own (a body's long
 * name spelled out), so the name was cut before them. Not a determiner or an adverb (`… et d'autres structures`, `et
 * d'ailleurs`), nor an infinitive (`… et de développer`, `et d'animer`: the sentence's verbs).
 */
const AND_OF_LOWER = /^[ \t]+et[ \t]*\n?[ \t]*(?:de[ \t]*\n?[ \t]*|d['’][ \t]*)(?<word>\p{Ll}[\p{L}-]*)(?![\p{L}'’])/u;
/** Words after `et de` / `et d'` that go on with the sentence, not with a name. */
const AND_OF_SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'autres', 'autre', 'un', 'une', 'abord', 'ailleurs', 'nombreux', 'nombreuses', 'plus', 'moins', 'meme', 'memes', 'tous', 'toutes',
  'tout', 'chaque', 'certains', 'certaines', 'quelques', 'ici', 'aujourd', 'apres', 'avant', 'entre', 'ores', 'ou', 'la', 'le', 'les',
  'ses', 'son', 'sa', 'leur', 'leurs', 'nos', 'notre', 'vos', 'votre', 'ces', 'cette', 'ce', 'cet', 'sorte', 'facon', 'maniere',
]);
/** An infinitive's ending (`développer`, `agir`, `prendre`). */
const INFINITIVE_ENDING = /(?:er|ir|re)$/u;

/** Whether `et de`/`et d'` and a lower-case noun follow `end` (see AND_OF_LOWER). */
export function cutBeforeAndOf(text: string, end: number): boolean {
  const word = AND_OF_LOWER.exec(text.slice(end, end + 40))?.groups?.['word'];
  return word !== undefined && !AND_OF_SENTENCE_WORDS.has(fold(word)) && !INFINITIVE_ENDING.test(word);
}

/** Whether `[start, end)` is followed by what a name goes on with: the name was cut before it. */
export function cutBeforeContinuation(text: string, end: number): boolean {
  // Up to 40 characters, or to the end of the page (`… des` closing it).
  const after = text.slice(end, end + 40);
  return CONTINUATION.test(after) && !infinitiveAfter(after);
}

const SINGLE_HEADS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.map(fold));
/** Words that join a name's words: a furniture word after one of them is the name's own (`Centre d'Accueil`). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'a', 'au', 'aux', 'en', 'pour', 'par', 'sur', 'sous', '&']);
const WORD = /[^\s]+/gu;

/**
 * Whether `word` is a page-furniture word written with a capital (`Accueil`, `Résultat,`), its
 * trailing punctuation aside. Kept by word: every proposal's words are asked, and names recur.
 */
const isCapitalisedFurniture = memoised((word: string): boolean => OPENS_UPPER.test(word) && PAGE_FURNITURE_WORDS.has(fold(word.replace(/[^\p{L}]+$/u, ''))));

/**
 * Where in `name` a page-furniture word written with a capital follows another word of the name
 * with no connector between them (`… Jardins Accueil`, `… coopération Résultat`), or -1.
 */
export function furnitureAt(name: string): number {
  let previous: string | null = null;
  for (const match of name.matchAll(WORD)) {
    const word = match[0];
    if (previous !== null && isCapitalisedFurniture(word) && !CONNECTORS.has(fold(previous))) return match.index;
    previous = word;
  }
  return -1;
}

/** Furniture words that also open real names (`Accueil Paysan`, `Archives départementales`, `Agenda 21`). */
const OPENS_NAMES: ReadonlySet<string> = new Set(['accueil', 'archives', 'agenda', 'guide', 'actualites']);
/** A page label opening the span, then the name it labels (`Lauréat Trokalis`, `Catégorie Emploi Verts`). */
const LEADING_LABEL = /^(?<label>\p{Lu}\p{L}*)[ \t]*[:>]?[ \t]+(?=\p{Lu})/u;

/** The length of a page label opening `name` (`Lauréat `), 0 when none does. */
export function leadingFurniture(name: string): number {
  const found = LEADING_LABEL.exec(name);
  const label = fold(found?.groups?.['label'] ?? '');
  return found !== null && PAGE_FURNITURE_WORDS.has(label) && !OPENS_NAMES.has(label) ? found[0].length : 0;
}

const CUT = 'page-furniture-cut';
const withCut = (evidence: readonly string[] | undefined): readonly string[] => (evidence?.includes(CUT) === true ? evidence : [...(evidence ?? []), CUT]);

/** `Actu`, `Agenda Actus`: a value made of furniture words only is a page's menu, no name. */
const onlyFurniture = (value: string): boolean => value.split(/\s+/u).every((word) => isCapitalisedFurniture(word));

/** The proposal cut before a furniture word inside it, or after a label opening it; null when nothing is left. */
function withoutFurniture(text: string, proposal: Candidate): Candidate | null {
  if (onlyFurniture(proposal.value)) return null;
  const spanText = text.slice(proposal.start, proposal.end);
  const lead = leadingFurniture(proposal.value);
  // The span is read only when the value opens with a label: most values open with none.
  const spanLead = lead > 0 ? leadingFurniture(spanText) : 0;
  if (lead > 0 && spanLead > 0) {
    const rest = { ...proposal, start: proposal.start + spanLead, value: proposal.value.slice(lead), evidence: withCut(proposal.evidence) };
    return SINGLE_HEADS.has(fold(rest.value)) ? null : withoutFurniture(text, rest);
  }
  const inValue = furnitureAt(proposal.value);
  if (inValue < 0) return proposal;
  const inSpan = furnitureAt(spanText);
  const value = proposal.value.slice(0, inValue).trimEnd();
  if (inSpan < 0 || SINGLE_HEADS.has(fold(value))) return null;
  const end = proposal.start + spanText.slice(0, inSpan).trimEnd().length;
  return { ...proposal, end, value, evidence: withCut(proposal.evidence) };
}

/**
 * Words that open a French sentence and cannot end a phrase: articles and determiners, subject
 * clitics, prepositions that need their object, conjunctions and sentence adverbs, written with
 * a capital. Stressed pronouns (`Nous`, `Vous`, `Elles`, `Tous`) are left out: they end names
 * (`Entre Nous`, `Un Toit Pour Tous`).
 */
const SENTENCE_OPENERS = [
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Au', 'Aux', 'Ce', 'Cet', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Notre',
  'Nos', 'Votre', 'Vos', 'Il', 'Ils', 'Je', 'On', 'Pour', 'Dans', 'En', 'Depuis', 'Avec', 'Sur', 'Par', 'Et', 'Mais', 'Ou', 'Si',
  'Quand', 'Comme', 'Après', 'Avant', 'Selon', 'Chaque', 'Lors', 'Grâce', 'Ainsi', 'Enfin', 'Puis', 'Alors', 'Dès', 'Entre',
  'Vers', 'Sans', 'Sous', 'Chez', 'Parmi', 'Afin', 'Car', 'Donc',
];
const OPENERS_AT_END = new RegExp(`(?:[ \\t\\n]+(?:${SENTENCE_OPENERS.join('|')}))+$`, 'u');

/**
 * `… président de Trokalis Des salariés …`, `Association du Val Selon …`: a rendered page joins a
 * heading or a line to the next sentence, and a name read on runs into that sentence's first
 * word. No name ends on an article, a pronoun or a preposition written with a capital: the
 * name is cut before it (`sentence-opener-cut` evidence), and dropped when its type word alone is left.
 */
function withoutSentenceOpener(text: string, proposal: Candidate): Candidate | null {
  const inValue = OPENERS_AT_END.exec(proposal.value);
  if (inValue === null) return proposal;
  const inSpan = OPENERS_AT_END.exec(text.slice(proposal.start, proposal.end));
  const value = proposal.value.slice(0, inValue.index);
  if (inSpan === null || value.trim() === '' || SINGLE_HEADS.has(fold(value))) return null;
  return { ...proposal, end: proposal.start + inSpan.index, value, evidence: [...(proposal.evidence ?? []), 'sentence-opener-cut'] };
}

/**
 * The last capitalised word of a name, then at most two lower-case words to the name's end
 * (`… Kerdavo Quatre catégories`), after a word that is no connector (`Territoires de Demain` keeps its word).
 * Each word is read whole (the look-aheads): the same matches and groups, but a name that ends otherwise is not
 * retried over every way of splitting its words.
 */
const LAST_CAPITAL = /(?<=^|[ \t\n])(?<word>\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]))(?<tail>(?:[ \t]*\n?[ \t]*\p{Ll}[\p{L}'’-]*(?![\p{L}'’-])){0,2})[ \t\n]*$/u;
const LOWER_NEXT = /^(?:[ \t]*,|[ \t]*\n?[ \t]*\p{Ll})/u;
/** A lower-case word next (no comma: `la Compagnie Séance, qui…` may end on its name). */
const LOWER_WORD_NEXT = /^[ \t]*\n?[ \t]*\p{Ll}/u;
const NOUN_NEXT = /^[ \t]*\n?[ \t]*\p{Ll}{3,}/u;
const PREPOSITION_NEXT = /^[ \t]*\n?[ \t]*(?:(?:en|à|au|aux|dans|sur|depuis|par|près|pour|avec|entre|lors)[ \t\n]|(?:19|20)\d\d(?!\d))/u;
const SUR_NEXT = /^[ \t]*\n?[ \t]*sur[ \t\n]/u;
const ARTICLE_NEXT = /^[ \t]*\n?[ \t]*(?:(?:un|une|le|la|les|ses|son|sa|leur|leurs|votre|vos|notre|nos)[ \t\n]|l['’])/u;
/** What follows a greeting: a comma or a bang, `à` (`à tous`), or the capitalised name of whom it greets. */
const GREETING_NEXT = /^[ \t]*\n?[ \t]*(?:[,!]|à[ \t\n]|\p{Lu})/u;
/** A greeting written with a capital inside a name, after a blank (`… Resto Kerdavo⏎Bonjour Léa`). */
const GREETING_INSIDE = new RegExp(`(?<=[ \\t\\n])(?:${alternation([...GREETINGS].map((word) => word.charAt(0).toUpperCase() + word.slice(1)))})(?![\\p{L}])`, 'gu');

/** A capitalised word ending in `-er` or `-ir`, four letters or more before it. */
const CAPITALISED_ER_IR = /^\p{Lu}\p{Ll}{3,}(?:er|ir)$/u;
/**
 * `Écrire`, `Démocratiser`: an infinitive written with a capital (a common word ending in `-er` or `-ir`,
 * or a frequent one in `-re`, OPENING_INFINITIVES_IN_RE; nouns in `-ier` such as `Atelier`, and other `-re` words such as `Centre`, `Contre`, are left)
 * before its object's article opens a sentence or a heading.
 */
const isInfinitive = (word: string): boolean => {
  const folded = fold(word);
  if (OPENING_INFINITIVES_IN_RE.has(folded)) return OPENS_UPPER.test(word);
  return CAPITALISED_ER_IR.test(word) && !/ier$/u.test(word) && !NAME_END_INFINITIVE_LOOKALIKES.has(folded) && isCommonWord(word.toLowerCase()) && !HEAD_WORDS.has(folded);
};

/** `Fondée`, `Situés`: a participle of the list with its agreement ending. */
const isOpeningParticiple = (word: string): boolean => {
  const lower = word.toLowerCase();
  return OPENING_PARTICIPLES.has(lower) || OPENING_PARTICIPLES.has(lower.replace(/(?:e|s|es)$/u, ''));
};

/** Whether `word`, followed by `after` (the rest of the name, then the text), opens a sentence or a heading. */
export function opensNextSentence(word: string, after: string): boolean {
  const folded = fold(word.replace(/’/gu, "'"));
  if (OPENING_ADVERBS.has(folded)) return LOWER_NEXT.test(after);
  if (OPENING_NUMBERS.has(folded)) return NOUN_NEXT.test(after);
  if (HEADING_NOUNS.has(folded)) return SUR_NEXT.test(after);
  if (PROGRAMME_LINE_NOUNS.has(folded)) return LOWER_WORD_NEXT.test(after);
  if (isInfinitive(word) || PRESENTATIVES.has(folded)) return ARTICLE_NEXT.test(after);
  if (GREETINGS.has(folded)) return GREETING_NEXT.test(after);
  return isOpeningParticiple(word) && PREPOSITION_NEXT.test(after);
}

/**
 * Where in `name` (followed by `after`) a greeting opens an utterance (`Ressourcerie Kerdavo⏎Bonjour Léa`: an
 * interview's first question after the line naming the body), or -1. Read anywhere past the first word: the
 * name it greets follows it, so it is not the name's last capitalised word.
 */
function greetingAt(name: string, after: string): number {
  for (const found of name.matchAll(GREETING_INSIDE)) {
    const end = found.index + found[0].length;
    if (GREETING_NEXT.test(`${name.slice(end)}${after}`)) return found.index;
  }
  return -1;
}

/** Where in `name` (followed in its text by `after`) the word opening the next sentence starts, or -1. */
export function nextSentenceAt(name: string, after: string): number {
  const greeting = greetingAt(name, after);
  if (greeting >= 0) return greeting;
  // `LAST_CAPITAL` is run over the name's last three words only (speed only, the same match): it
  // holds no space, tab or line break but between its three words at most, and ends the name.
  // Over a whole name the engine tried it from every position, and its words of lower-case
  // letters split in many ways: microseconds a name.
  const from = lastRunsFrom(name, 3);
  const found = LAST_CAPITAL.exec(name.slice(from));
  const word = found?.groups?.['word'];
  if (found === null || word === undefined) return -1;
  const at = from + found.index;
  // The rare word that opens a sentence first: the word before it is read only then.
  if (!opensNextSentence(word, `${found.groups?.['tail'] ?? ''}${after}`)) return -1;
  const previous = /(?<word>[\p{L}'’&]+)[ \t\n]*$/u.exec(name.slice(0, at))?.groups?.['word'];
  return previous !== undefined && CONNECTORS.has(fold(previous)) ? -1 : at;
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 10;

/**
 * Where the last `count` runs of characters other than spaces, tabs and line breaks of `text`
 * start (0 when it has fewer): a match that ends the text and holds at most `count` such runs,
 * starting after a blank or at the text's start, starts there or later.
 */
function lastRunsFrom(text: string, count: number): number {
  let at = text.length;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  for (let run = 0; run < count; run += 1) {
    if (run > 0) while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
    while (at > 0 && !isBlank(text.charCodeAt(at - 1))) at -= 1;
    if (at === 0) return 0;
  }
  return at;
}

/**
 * `next-sentence-cut`: `… la Fondation Kerdavo Fondée en 1990, elle…`, `… du Pays Vert Aujourd'hui, les…`,
 * `… le Conseil général Six agents…`, `… Économie Solidaire Retour sur le…`: a rendered page joins a heading or a
 * line to the next sentence, whose first word is an adverb, a count, a participle or a heading noun
 * (lexicon/next-sentence-words.ts), and the name runs into it. It is cut before that word, and dropped
 * when nothing, its type word alone or lower-case words alone are left (a local authority's, `Conseil général`, is a body).
 */
function withoutNextSentence(text: string, proposal: Candidate): Candidate | null {
  const spanText = text.slice(proposal.start, proposal.end);
  const after = text.slice(proposal.end, proposal.end + 30);
  const inValue = nextSentenceAt(proposal.value, after);
  if (inValue < 0) return proposal;
  const inSpan = nextSentenceAt(spanText, after);
  const value = proposal.value.slice(0, inValue).trimEnd();
  // `le Conseil général` alone names the department's body; `PTCE` alone names none.
  // `un pôle de coopération`: a cut that leaves lower-case words alone leaves a kind of body, no name.
  const kindOnly = SINGLE_HEADS.has(fold(value)) || !/\p{Lu}/u.test(value);
  if (inSpan <= 0 || value === '' || (kindOnly && !LOCAL_AUTHORITY_HEADS.has(value.toLowerCase()))) return null;
  const end = proposal.start + spanText.slice(0, inSpan).trimEnd().length;
  return { ...proposal, end, value, evidence: [...(proposal.evidence ?? []), 'next-sentence-cut'] };
}

/**
 * A capitalised word, then lower-case words that qualify the body in passing to the name's end: a praising
 * adjective (`exemplaire`), or an adverb and the participle or adjective it qualifies (`bien implantée`).
 * The blank it opens on is looked ahead before the look-behind, which would otherwise read back over a word
 * at every position of the name (the same matches).
 */
const QUALIFIER_TAIL = new RegExp(
  `(?=[ \\t\\n])(?<=\\p{Lu}[\\p{L}'’-]*)(?:[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)(?:${alternation(PRAISING_ADJECTIVES)}|${alternation(QUALIFYING_ADVERBS)}(?:[ \\t]+\\n?[ \\t]*|\\n[ \\t]*)\\p{Ll}[\\p{L}'’-]*)[ \\t\\n]*$`,
  'u',
);

/**
 * `qualifier-cut`: `Une Épicerie Sociale exemplaire`, `la Maison Kerdavo⏎bien implantée.`: a name read on over
 * lower-case words that praise or qualify the body in passing (lexicon/next-sentence-words.ts) ends before them.
 */
function withoutQualifier(text: string, proposal: Candidate): Candidate {
  const inValue = QUALIFIER_TAIL.exec(proposal.value);
  // Most values end on no qualifier: the span is read only when the value does.
  if (inValue === null) return proposal;
  const spanText = text.slice(proposal.start, proposal.end);
  const inSpan = QUALIFIER_TAIL.exec(spanText);
  if (inSpan === null) return proposal;
  const value = proposal.value.slice(0, inValue.index);
  return { ...proposal, end: proposal.start + inSpan.index, value, evidence: [...(proposal.evidence ?? []), 'qualifier-cut'] };
}

/** The first word of a name and what follows it. */
const FIRST_WORD = /^(?<word>\p{Lu}[\p{L}'’-]*)(?<rest>[\s\S]*)$/u;

/**
 * `sentence-start`: `Basée à Vilaret, l'association…`, `Après Lyon et Dijon, une caisse…`, `Aujourd'hui, les
 * Ateliers…`: a span opening on a participle before a preposition, a preposition of time or a sentence
 * adverb before its comma is the start of a sentence read as a name (a capitalised place after it), not a body: dropped.
 */
export function opensWithSentence(name: string): boolean {
  const found = FIRST_WORD.exec(name);
  const word = found?.groups?.['word'];
  if (found === null || word === undefined) return false;
  const rest = found.groups?.['rest'] ?? '';
  if (OPENING_TIME_PREPOSITIONS.has(fold(word)) && /^[ \t\n]/u.test(rest)) return true;
  // An adverb opens a sentence before its comma (`Aujourd'hui, les…`; `Hier et Demain` is a name).
  if (OPENING_ADVERBS.has(fold(word.replace(/’/gu, "'")))) return /^[ \t]*,/u.test(rest);
  const folded = fold(word);
  // `Voici un résumé…`: a presentative before its article. A greeting opening the span is left: brands open on one
  // (`Bonjour Kerdavo`); it is cut only inside a name (`greetingAt`).
  if (PRESENTATIVES.has(folded)) return opensNextSentence(word, rest);
  return isOpeningParticiple(word) && opensNextSentence(word, rest);
}

/**
 * `law-mention`: `cette association Loi 1901`, `association loi du 1er juillet 1901`: the law an
 * association is declared under, read as its name after the type word; a legal status, no body.
 */
export function namesLaw(text: string, proposal: Candidate): boolean {
  return /^(?:loi|LOI|Loi)$/u.test(proposal.value.trim()) && /^[ \t]*(?:de[ \t]+|du[ \t]+1(?:er)?[ \t]+juillet[ \t]+)?(?:19|20)\d\d(?!\d)/u.test(text.slice(proposal.end, proposal.end + 30));
}

/** `de la communauté d'agglomération…`, `de l'agglo de…`, `de la métropole…`, `de la ville de…`: a local authority after `de`. */
const OF_AUTHORITY = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)*[ \t\n]+(?:de[ \t\n]+la[ \t\n]+(?:communaut[ée][ \t\n]+(?:d['’]agglom[ée]ration|de[ \t\n]+communes|urbaine)|m[ée]tropole|ville[ \t\n]+de|commune[ \t\n]+de)|de[ \t\n]+l['’][ \t]*agglo(?:m[ée]ration)?)(?![\p{L}])/iu;

/** The word opening a value (letters, apostrophes and hyphens). */
const HEAD_WORD = /^(?<head>\p{L}[\p{L}'’-]*)/u;
/**
 * `authority-facility`: `la Recyclerie Solidaire de l'agglo de Vilaret`, `la ressourcerie de la communauté
 * d'agglomération de Vilaret`: a kind of facility (lexicon/organisation-head-kinds.ts `DESCRIPTOR_HEADS`)
 * said to be a local authority's, maybe with an adjective, is that authority's facility, not a named body.
 * A body named by its territory (`PTCE de l'agglomération de…`) has no such head and stays.
 */
export function namesAuthorityFacility(value: string): boolean {
  const head = HEAD_WORD.exec(value)?.groups?.['head'] ?? '';
  return DESCRIPTOR_HEADS.has(head.toLowerCase()) && OF_AUTHORITY.test(value.slice(head.length));
}

/**
 * A span opening on a word, maybe an article, then the same word again (`PTCE PTCE Trokal`, `SCIC⏎SCIC
 * Trokal`, `PTCE Le PTCE Trokal`, `coopérative Coopérative`): a web page's tag or label written
 * before the text that names the body. The name starts at the second writing of the word. The two
 * writings are words apart (a space or a line break between them, no digit after the second), so
 * an acronym whose letters repeat (`CC4R`-like) is no doubled word.
 */
const DOUBLED_OPENING = /^(?<word>\p{L}[\p{L}'’-]*)(?:[ \t]+\n?|[ \t]*\n)[ \t]*(?:(?:Le|La|Les|le|la|les|L['’]|l['’])[ \t]*\n?[ \t]*)?(?=(?<again>\p{L}[\p{L}'’-]*)(?![\p{L}\p{N}'’-]))/u;

/** The length of a doubled opening word (and an article after it) in `name`, 0 when none. */
export function doubledOpening(name: string): number {
  const found = DOUBLED_OPENING.exec(name);
  if (found === null || fold(found.groups?.['word'] ?? '') !== fold(found.groups?.['again'] ?? '')) return 0;
  return found[0].length;
}

/**
 * The proposal starting at the second writing of a doubled opening word (`doubled-word-cut`
 * evidence), or itself; null when the type word alone is left (`PTCE PTCE`).
 */
function withoutDoubledOpening(text: string, proposal: Candidate): Candidate | null {
  const inValue = doubledOpening(proposal.value);
  if (inValue === 0) return proposal; // most values open on no doubled word: the span need not be read
  const inSpan = doubledOpening(text.slice(proposal.start, proposal.end));
  if (inSpan === 0) return proposal;
  const value = proposal.value.slice(inValue);
  if (SINGLE_HEADS.has(fold(value))) return null;
  return { ...proposal, start: proposal.start + inSpan, value, evidence: [...(proposal.evidence ?? []), 'doubled-word-cut'] };
}

/**
 * `PTCE Pôles`, `SCIC Société`, `PTCE Les Coopératives`: a type word right before another one (an
 * article aside) and nothing else. The first is a tag or the kind, the second a kind noun (often
 * the first word of a concept or of the legal form spelled out, cut by the extent): no body is
 * named. A name holding a connector (`Réseau des Recycleries`) or a word of its own is left.
 */
const TWO_KINDS = /^(?<first>\p{L}[\p{L}'’-]*)[ \t]*\n?[ \t]*(?:(?:Le|La|Les|le|la|les)[ \t]+)?(?<second>\p{L}[\p{L}'’-]*)$/u;

export function namesTwoKinds(name: string): boolean {
  const found = TWO_KINDS.exec(name.trim());
  return found !== null && HEAD_WORDS.has(fold(found.groups?.['first'] ?? '')) && HEAD_WORDS.has(fold(found.groups?.['second'] ?? ''));
}

/** A leading article and trailing punctuation, kept off a value before it is looked up among the schemes' names. */
const SCHEME_ARTICLE = /^(?:(?:le|la|les)\s+|l['’]\s*)/u;
const SCHEME_TRAIL = /[\s.,;:!?»”"]+$/u;

/** `value` written as the schemes' names are (folded, one space between words, no trailing punctuation), its leading article still on. */
function schemeForm(value: string): string {
  return fold(value).replace(/œ/gu, 'oe').replace(/æ/gu, 'ae').replace(/\s+/gu, ' ').replace(SCHEME_TRAIL, '').replace(/’/gu, "'");
}

/** Whether `value` is exactly the name of a programme, scheme, law, fund or label (lexicon/scheme-names.ts). */
export function namesScheme(value: string): boolean {
  return namesSchemeForm(schemeForm(value));
}

/** `namesScheme` with the value's `schemeForm` made already. */
const namesSchemeForm = (form: string): boolean => SCHEME_NAMES.has(form.replace(SCHEME_ARTICLE, ''));

/** A form's last word: what follows its last space. */
const lastWordOf = (form: string): string => form.slice(form.lastIndexOf(' ') + 1);

/**
 * The last word of every scheme's name. `endsSchemeName` asks whether words before a proposal and the
 * proposal make a scheme's name; that name would end on the proposal's last word (`schemeForm` reads
 * character by character, and its leading article and trailing punctuation touch no other word), so a
 * proposal whose last word ends no name is answered at once (speed only: the same answers; the guard
 * cost more than any other of the decision).
 */
const SCHEME_LAST_WORDS: ReadonlySet<string> = new Set([...SCHEME_NAMES].map(lastWordOf));

/**
 * Up to three words right before a proposal, on its line or the one before (`Appel à⏎`). Each word is
 * read whole (the look-ahead after it): the same matches, but a failing tail (`… projets,`) is not
 * retried over every way of splitting its words into three, which cost more than all the rest of the guard.
 */
const WORDS_BEFORE = /(?:^|[\s(«"“])(?<words>(?:[\p{L}'’-]+(?![\p{L}'’-])[ \t]*\n?[ \t]*){1,3})$/u;

/**
 * `Appel à⏎[Manifestation d'Intérêt]`: a proposal that the one to three words before it complete into a scheme's name
 * (lexicon/scheme-names.ts) is the tail of that name, cut off by a line break or a capital.
 */
export function endsSchemeName(text: string, proposal: Candidate): boolean {
  return endsSchemeNameFrom(text, proposal, schemeForm(proposal.value));
}

/** `endsSchemeName` with the proposal's `schemeForm` made already. */
function endsSchemeNameFrom(text: string, proposal: Candidate, form: string): boolean {
  // A form left empty (only spaces and punctuation) gives the words before it their last word: no pre-test then.
  if (form !== '' && !SCHEME_LAST_WORDS.has(lastWordOf(form))) return false;
  // `WORDS_BEFORE` is run over the last three runs of non-blanks before the proposal only (speed only, the
  // same match, as `nextSentenceAt` does): its words are split by spaces, tabs and line breaks alone, so
  // they lie in those runs, and the blank before the first run stands for the `\s` it opens on. Over the
  // 40 characters the engine tried it from every position: the proposal decision's costliest guard.
  const before = text.slice(Math.max(0, proposal.start - 40), proposal.start);
  const words = WORDS_BEFORE.exec(before.slice(lastRunsFrom(before, 3)))?.groups?.['words'];
  if (words === undefined) return false;
  const split = words.trim().split(/[ \t\n]+/u);
  return split.some((_word, index) => namesScheme(`${split.slice(index).join(' ')} ${proposal.value}`));
}

/** A guard that drops a proposal whole (the ids of the file's header). */
interface DropGuard {
  readonly id: string;
  readonly drops: (text: string, proposal: Candidate) => boolean;
}

/** Rules reading a name from a list of known ones or as an acronym: a place's or a saint's shape there is the name's. */
const KNOWN_NAME_RULES: ReadonlySet<string> = new Set(['fr.organisation.well-known', 'fr.organisation.public-body', 'fr.organisation.acronym']);
/** The same, and a name read after its own type word (`l'association Kerlouan` is named after its town). */
const KNOWN_OR_TYPED_RULES: ReadonlySet<string> = new Set([...KNOWN_NAME_RULES, ...TYPE_WORD_RULES]);

/** Read after a type word (`fr.organisation.named`): the guards of a name's extent apply to it. */
const afterTypeWord = (proposal: Candidate): boolean => TYPE_WORD_RULES.has(proposal.rule);

const DROP_GUARDS: readonly DropGuard[] = [
  { id: 'two-kinds', drops: (_text, proposal) => afterTypeWord(proposal) && namesTwoKinds(proposal.value) },
  { id: 'sentence-start', drops: (_text, proposal) => opensWithSentence(proposal.value) },
  { id: 'law-mention', drops: namesLaw },
  { id: 'authority-facility', drops: (_text, proposal) => afterTypeWord(proposal) && namesAuthorityFacility(proposal.value) },
  // `dans le Parc des Sorbiers`, `au cœur du Parc technologique des Aulnes`: a park is a place (park-place.ts).
  { id: 'park-place', drops: (_text, proposal) => afterTypeWord(proposal) && namesPark(proposal.value) },
  // `la résidence Les Tilleuls`, `l'immeuble Le Belvédère`: a building is a place (building-place.ts).
  { id: 'building-place', drops: (text, proposal) => namesBuilding(text, proposal.start, proposal.value) },
  // `un chantier de rénovation du collège`, `l'Espace Naturel Sensible du Bois Joli`, `la Seconde Guerre mondiale`,
  // `Père Anselme`: a building site, a protected area, a historic period, a priest (not-a-body.ts).
  { id: 'work-site', drops: (_text, proposal) => namesWorkSite(proposal.value) },
  { id: 'area-designation', drops: (text, proposal) => namesAreaDesignation(text, proposal.start, proposal.value) },
  { id: 'historic-event', drops: (_text, proposal) => namesHistoricEvent(proposal.value) },
  // `la pandémie de Covid`, `une partie de Monopoly`, `un stage de Djembé`: a disease, a game, an instrument (not-a-body.ts).
  { id: 'named-thing', drops: (_text, proposal) => namesThing(proposal.value) },
  // `la Maison des Associations`, `l'École de Natation`: a facility every town or club has (not-a-body.ts).
  { id: 'generic-facility', drops: (_text, proposal) => namesGenericFacility(proposal.value) },
  { id: 'religious-title', drops: (_text, proposal) => namesReligiousPerson(proposal.value) },
  // `Mme TRAVELIN`, `Mesdames KERBOL`: a surname after a civil title is a person (not-a-body.ts).
  { id: 'titled-person', drops: (text, proposal) => namesTitledPerson(text, proposal.start, proposal.value) },
  // `Jeune Entreprise Solidaire (JES)`: a type word's name that is only the tail of an acronym's expansion (expansion-part.ts).
  { id: 'expansion-part', drops: (text, proposal) => afterTypeWord(proposal) && tailOfExpansion(text, proposal.start, proposal.end) },
  // `le Revenu de Kalimbo Social (RKS)`: what a scheme's acronym stands for names the scheme (scheme-expansion.ts).
  { id: 'scheme-expansion', drops: (text, proposal) => namesSchemeExpansion(text, proposal.start, proposal.end) },
  // `Petites villes de demain`, `le Fonds social européen`: the name of a programme, a label, a law or a fund (scheme-names.ts).
  { id: 'scheme-name', drops: (text, proposal) => {
    const form = schemeForm(proposal.value);
    return namesSchemeForm(form) || endsSchemeNameFrom(text, proposal, form);
  } },
  // `scope-adjective-only` and `type-then-status` (bare-kind-guards.ts).
  { id: 'scope-adjective-only', drops: (_text, proposal) => afterTypeWord(proposal) && namesScopeOnly(proposal.value) },
  { id: 'role-word-only', drops: namesRoleWord },
  // `Au`, `Les`, `L'A`; `A Roubaix`, `Aux Herbiers` (bare-kind-guards.ts).
  { id: 'function-words-only', drops: (_text, proposal) => namesGrammarOnly(proposal.value) },
  // `PROJET KALVO POUR LE`: a heading cut mid-phrase (bare-kind-guards.ts).
  { id: 'ends-on-function-word', drops: (_text, proposal) => endsOnFunctionWord(proposal.value) },
  { id: 'place-after-preposition', drops: (_text, proposal) => namesPlaceAfterPreposition(proposal.value) },
  // `L'Ornière`, `Kalvet`: a known place alone (bare-kind-guards.ts).
  // Not a name read after its type word (`l'association Kerlouan`), from a list of known names or as an acronym (`la Drac`).
  { id: 'place-only', drops: (_text, proposal) => !KNOWN_OR_TYPED_RULES.has(proposal.rule) && namesPlaceOnly(proposal.value) },
  // `Vilaret-La Brenole-Kalvet`: an area named by its towns (bare-kind-guards.ts).
  { id: 'joined-places', drops: (_text, proposal) => !KNOWN_OR_TYPED_RULES.has(proposal.rule) && namesJoinedPlaces(proposal.value) },
  // `Sainte-Odile`, `Saint-Anselme du Mont-Kalvet`: a place named after its saint (bare-kind-guards.ts); a known
  // company's name on the shape is left to its list.
  { id: 'saint-place', drops: (_text, proposal) => !KNOWN_NAME_RULES.has(proposal.rule) && namesSaintPlace(proposal.value) },
  // `du Kalvet` for the town `Le Kalvet` (bare-kind-guards.ts).
  { id: 'article-held-place', drops: namesArticleHeldPlace },
  // `Lotois`, `Région Parisienne` (bare-kind-guards.ts).
  { id: 'demonym-only', drops: (text, proposal) => namesDemonymOnly(proposal.value) || territoryBeforeDemonym(text, proposal) },
  // `les CCAS`, `une CCI`, `CCAS ou CIAS` (local-body-kind.ts).
  { id: 'local-body-kind', drops: namesLocalBodyKind },
  // `une agence de design`, `X - agence de design` (indefinite-kind.ts).
  { id: 'indefinite-kind', drops: namesIndefiniteKind },
  // `la plus grande coopérative du Kalvet`, `la 2e épicerie solidaire de Kervalo` (ranked-kind.ts).
  { id: 'ranked-kind', drops: namesRankedKind },
];

/**
 * The proposal as the guards leave it: itself, cut before (or after) page-furniture words or
 * before a sentence's first word, or null when a guard drops it. `text` is the page text its
 * span indexes.
 */
export function guardedProposal(text: string, given: Candidate): Candidate | null {
  const undoubled = withoutDoubledOpening(text, given);
  const proposal = undoubled === null ? null : withoutCreditCue(text, undoubled);
  if (proposal === null || DROP_GUARDS.some((guard) => guard.drops(text, proposal))) return null;
  const opened = withoutSentenceOpener(text, proposal);
  if (opened === null || opened !== proposal) return opened;
  const next = withoutNextSentence(text, proposal);
  if (next === null || next !== proposal) return next;
  const qualified = withoutQualifier(text, proposal);
  if (qualified !== proposal) return qualified;
  // A name cut at a furniture word ends there: what follows the furniture says nothing of it.
  const cut = withoutFurniture(text, proposal);
  // `Une Épicerie Kerdavo exemplaire⏎Publié le…`: the qualifier shows once the furniture word is cut off.
  if (cut !== proposal) return cut === null ? null : withoutQualifier(text, cut);
  // `laboratoire LIRAM de Vannes Université`: the `de` after a name split from its parent body (`parent-after`) is no cut.
  const cutShort = TYPE_WORD_RULES.has(proposal.rule) && proposal.evidence?.includes(PARENT_AFTER) !== true && (cutBeforeContinuation(text, proposal.end) || cutBeforeAndOf(text, proposal.end));
  return cutShort ? null : proposal;
}
