/**
 * `présidé par Claude Gardéry`, `…», explique Lison Darcey`, `Lison Darcey, vice-présidente
 * de …`, `la directrice, Lison Darcey`: a given name missing from the lexicon (or one left out of it because it is more often a
 * place or a word, like `Claude`), taken as a name when a role speaks for a person right before
 * or after the pair, or a credit line opens on it (`Photo : Kenji Watanabe`). Both words must be
 * capitalised, no common word and no place, but for `word-in-name`: with the role right after the pair
 * (`X Y, chargée de mission`, `X Y⏎(consultante)`), a given name that spells a word or leads a compound
 * the lexicon lacks (`Gentiane`, `Maï-⏎Lys`) before a surname no dictionary holds, or a known given name
 * before a surname in capitals that spells a word (`Julien SANS, directeur`), is a person's name, unless a
 * capitalised word that may be a name stands right before the pair (the pair is then a longer name's tail).
 */
import { CAPITAL_AHEAD, alternation, compile, fold } from '../../core/pattern.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CREDIT_CUES, PERSON_AGENT_PARTICIPLES, PROFESSION_NOUNS, PUBLICATION_WORDS, ROLE_NOUNS, ROLE_QUALIFIERS, SPEECH_VERBS } from '../lexicon/roles.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';
import { particleForms } from '../lexicon/name-particles.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { KIND_HEADS } from '../lexicon/organisation-head-kinds.js';
import { PLACE_HEADS } from '../lexicon/place-heads.js';
import { FOLDED_TITLES } from '../lexicon/titles.js';

/** A compound given name may be wrapped at its hyphen (`Maï-⏎Lys`), as a narrow column breaks it. */
const GIVEN = '\\p{Lu}\\p{Ll}+(?:-[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}+)?';
const SURNAME = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}\\p{Ll}+)?";
// GAP (a space or one line end) between the two words: a scan or a text layer breaks lines anywhere
// (`…» Lison⏎Darcey`, `Solène⏎BRIANTEC` in a narrow column).
/** A capitalised particle may open the surname (`Karim Ben Saïdi`, `Inès Le Goarnic`): lexicon/name-particles.ts. */
const PARTICLE = alternation(particleForms(false));
const PATTERN = `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.'’-])(?<first>${GIVEN})${GAP}(?<last>(?:(?<particle>${PARTICLE})[ \\t]+)?${SURNAME})(?![\\p{L}\\p{N}@'’-]|\\.\\p{L})`;

const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(PERSON_AGENT_PARTICIPLES);
const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS);
const PROFESSIONS: ReadonlySet<string> = new Set(PROFESSION_NOUNS);
/** `, vice-présidente de`, `(directrice`, `– gérant`: the first word of the role after the pair; a bracket may open the next line. */
/** `X Y, ancienne présidente`, `X Y (ex-trésorier)`: a word of time before the role (lexicon/roles.ts ROLE_QUALIFIERS). */
const QUALIFIER = `(?:(?:${alternation(ROLE_QUALIFIERS)})[ \\t]+|ex-)?`;
const ROLE_AFTER = new RegExp(`^(?:[ \\t]*(?:,|[–—][ \\t])|[ \\t]*\\n?[ \\t]*\\()[ \\t]*\\n?[ \\t]*(?:(?:la|le|l['’]|notre|sa|son|une?)[ \\t]+)?${QUALIFIER}(?<word>\\p{L}[\\p{L}·-]*)`, 'u');
const WORD_CHAR = /[\p{L}·-]/u;
/** `WORD_CHAR`'s test, ASCII answered without the pattern (the words are read back one character at a time). */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45) return true;
  return code > 127 && WORD_CHAR.test(char);
}

/**
 * A capitalised word that is no common word, place or role (`Darcey`, `Gardéry`, `Claude`). In
 * the surname's place a known surname may be a word too (`Martin`, `Petit`), and a double-barrelled
 * surname may hold one (`Kerbrat-Conte`) when another of its parts is no word.
 */
function nameLike(word: string, surname: boolean): boolean {
  const parts = word.split('-');
  if (!isSurnameCandidate(word) || parts.some((part) => isPlaceName(part))) return false;
  if (parts.length > 1 && surname) return parts.some((part) => !isCommonWord(part.toLowerCase())) && parts.every((part) => part.length > 1);
  return parts.every((part) => !isCommonWord(part.toLowerCase()) || simplePastOnly(part) || (surname && isSurname(part)));
}

/** A capitalised word of five letters or more ending in `a`: the shape of a simple past of an `-er` verb. */
const SIMPLE_PAST_SHAPE = /^\p{Lu}\p{Ll}{3,}a$/u;

/**
 * `Dévina`, `Moussa`: a capitalised word the common-word filter holds only as the simple past of an `-er`
 * verb (`deviner`, `mousser`), a tense news prose does not write; as many given names and surnames end
 * in `a`, behind a role cue it may be a name.
 */
function simplePastOnly(word: string): boolean {
  return SIMPLE_PAST_SHAPE.test(word) && isCommonWord(`${word.slice(0, -1).toLowerCase()}er`);
}

/** Words that open a body's, a place's or a building's name (`Atelier`, `Salle`, `Ferme`): no given name before a surname. */
const HEAD_WORDS: ReadonlySet<string> = new Set([...ORGANISATION_HEADS, ...PLACE_HEADS, ...KIND_HEADS].map((head) => fold(head)));

/**
 * A given name the lexicon lacks though it spells a word or holds one: a compound led by a known given
 * name (`Maï-Lys`), or a word given as a name (`Gentiane`, a flower) that is no place, title, role or
 * body's head. A known given name is `fr.person.name`'s. With the role right after the pair and a
 * distinctive surname, the pair is a person's name, not a body's or a place's.
 */
function wordGivenName(first: string): boolean {
  if (isFirstName(first)) return false;
  if (first.includes('-') && isFirstName(first.split('-')[0] ?? '')) return true;
  const folded = fold(first);
  return !first.includes('-') && isSurnameCandidate(first) && !isPlaceName(first) && !FOLDED_TITLES.has(folded) && !HEAD_WORDS.has(folded);
}

/** A surname no dictionary holds and no place (`Guillot`, `Regad`): it makes the pair a person's name. */
function distinctiveSurname(core: string): boolean {
  return nameLike(core, true) && core.split('-').every((part) => !isCommonWord(part.toLowerCase()));
}

/**
 * `Julien SANS, directeur`: after a known given name, a surname in capitals (the `Prénom NOM`
 * convention) that spells a word, even a function word; not a role's, a body's head or a place.
 */
function capitalsAfterGivenName(first: string, core: string): boolean {
  return isFirstName(first) && core.length >= 3 && core === core.toUpperCase() && !isPlaceName(core) && !HEAD_WORDS.has(fold(core)) && !FOLDED_ROLES.has(fold(core));
}

/** The word right before the pair, a space or one line break between them. */
const WORD_BEFORE = /(?<word>\p{L}[\p{L}'’-]*)[ \t]*\n?[ \t]*$/u;

/**
 * `… Pana Zin Ka Leu, présidente`: a capitalised word that may be a name right before the pair
 * (no common word, title or role) makes the pair the tail of a longer name, whose first words
 * another rule reads; `word-in-name` then has no pair to vouch for.
 */
function tailOfLongerName(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.groups?.['word'];
  return word !== undefined && /^\p{Lu}/u.test(word) && nameLike(word, true) && !FOLDED_TITLES.has(fold(word)) && !FOLDED_ROLES.has(fold(word));
}

/** `Par` opening a line (or the page) right before the name: a byline. */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*par[ \t]+$/iu;
/**
 * `…la commune. Par X Y⏎`, `…la commune. Par⏎X Y Située…`: a byline run on after the lead paragraph, the
 * name closing its line or running into the next sentence (a capitalised word, then a lower-case one).
 */
const SENTENCE_BYLINE_BEFORE = /[.!?»][ \t]+Par[ \t]*\n?[ \t]*$/u;
const BYLINE_END_AFTER = /^[ \t]*(?:\n|$)|^[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Ll}/u;
/** `Publié le X Y`, `Publié par X Y`: a web page's byline, whose date the text layer lost or put after the name. */
const PUBLISHED_BEFORE = /(?<![\p{L}])publiée?[ \t]+(?:le|par)[ \t]*\n?[ \t]*$/iu;
/**
 * `Rédigé le 04/05/2021 par X Y`, `écrit le 3 mars par X Y`: a byline with its date between the
 * participle and `par` (the participle right before `par` is read by AGENT_PARTICIPLES). The date
 * is digits and separators or a day and a month word, on one line.
 */
const DATED_BYLINE_BEFORE = /(?<![\p{L}])(?:rédigée?s?|écrite?s?|publiée?s?|postée?s?)[ \t]+le[ \t]+(?:\d{1,2}(?:er)?[ \t]+\p{L}+\.?(?:[ \t]+\d{4})?|[\d./-]{6,10})[ \t]+par[ \t]*\n?[ \t]*$/iu;
/** Most text before a name that a dated byline may take. */
const DATED_BYLINE_REACH = 48;
/**
 * The role and profession nouns folded (case and accents aside): a role after a name is found written either way
 * (`présidente`, OCR's `presidente`); a profession after it names one person as well (`X Y, sociologue`, `X Y (cuisinière)`).
 */
const FOLDED_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PROFESSION_NOUNS].map(fold));

/**
 * A credit opening a line or following a dash or a bullet, right before the name: `Photo : X Y`,
 * `- Photo X Y -`, `© X Y`.
 */
const CREDIT_BEFORE = new RegExp(`(?:^|\\n|[-–—•|(])[ \\t]*${alternation(CREDIT_CUES)}[ \\t]*(?:©[ \\t]*)?:?[ \\t]*$`, 'iu');

/** A determiner that ends the text before a role (`la`, `notre`, `l’`). */
const DETERMINER_END = /(?:^|[^\p{L}])(?:la|le|notre|votre|sa|son|leur|une?|l['’])$/iu;

/** Most text before a name that a role and its body may take (`la fondatrice de l'atelier, `). */
const ROLE_OF_BODY_REACH = 60;
/**
 * A determiner (definite, possessive or indefinite, capitalised at a sentence's start or not), a role, the body it is
 * held in (up to four words), then a comma: `la fondatrice de l'atelier, `, `Le gérant de la cantine, `, `une
 * conseillère de la mission locale, `.
 */
const ROLE_OF_BODY_BEFORE = /(?:^|[^\p{L}])(?:(?:[Ll]a|[Ll]e|[Nn]otre|[Ss]a|[Ss]on|[Ll]eur|[Uu]ne?)[ \t\n]+|[Ll]['’][ \t\n]*)(?<role>[\p{L}-]+)[ \t\n]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’]|de)[ \t\n]*[\p{L}'’-]+(?:[ \t\n]+[\p{L}'’-]+){0,3}[ \t]*,[ \t]*\n?[ \t]*$/u;

/** `Selon la fondatrice de l'atelier, X Y`: one role held in a body, in apposition right before the name. */
function roleOfBody(before: string): boolean {
  const role = ROLE_OF_BODY_BEFORE.exec(before)?.groups?.['role']?.toLowerCase();
  return role !== undefined && (singularRole(role) || PROFESSIONS.has(role));
}

/** One role for one person: a plural such as `Membres :` heads a list of bodies as often as of people. */
function singularRole(role: string): boolean {
  return ROLE_NOUNS.has(role) && !/[sx]$/u.test(role) && role !== 'membre';
}

/** ` de …`, ` du …`: the pair goes on as a body's or a place's name (`Ville de X`, `Maire du X`). */
const NAME_GOES_ON = /^[ \t]+(?:de|du|des|d['’])(?![\p{L}])/u;

/**
 * `Gérard Ville`, `Bruno Le Maire`: after a known given name, a surname spelled like a word that
 * usually opens a body, names a role or a place (`Ville` is a commune too). Read only behind the role cue
 * (the caller's), in mixed case (a heading in capitals is no surname), and not going on with ` de …` (`Ville de X`).
 */
function wordSurname(first: string, core: string, text: string, end: number): boolean {
  if (!isFirstName(first) || !/^\p{Lu}\p{Ll}{2,}$/u.test(core)) return false;
  return !NAME_GOES_ON.test(text.slice(end, end + 6));
}

/** `GENIÈVRE`, `LAPORTE`: an upper-case surname that is also a word; the role and the given name already vouch for it. */
function upperSurname(word: string): boolean {
  return word.length >= 3 && word === word.toUpperCase() && !isPlaceName(word) && isSurnameCandidate(word);
}

/** The word that ends `text` (spaces aside) and the text before it: read backwards, no regex over the slice. */
function lastWord(text: string): { word: string; before: string } {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && isWordChar(trimmed.charAt(start - 1))) start -= 1;
  return { word: trimmed.slice(start).toLowerCase(), before: trimmed.slice(0, start).trimEnd() };
}

/**
 * `présidé par X`, `…», explique X`, `la directrice, X`, `la journaliste X` (one role for one person),
 * `X, vice-présidente` (accents may be lost: `X, presidente`), `X (gérante)`, a credit (`Photo : X`),
 * a web byline (`Publié le X`).
 */
function roleCued(text: string, start: number, end: number): boolean {
  const { word, before } = lastWord(text.slice(Math.max(0, start - 40), start));
  // A cue before that does not hold (`explique X` with no quote before it) leaves the role after to be read.
  // `Par X Y` opening a line is a byline.
  if (word === 'par' && (AGENT_PARTICIPLES.has(lastWord(before).word) || BYLINE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return true;
  if (SENTENCE_BYLINE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && BYLINE_END_AFTER.test(text.slice(end, end + 40))) return true;
  if (SPEECH.has(word) && /[,»”]$/u.test(before)) return true;
  if (CREDIT_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (word === 'par' && DATED_BYLINE_BEFORE.test(text.slice(Math.max(0, start - DATED_BYLINE_REACH), start))) return true;
  if (word === '' && /[,:]$/u.test(before)) {
    const role = lastWord(before.slice(0, -1)).word;
    if (singularRole(role) || roleOfBody(text.slice(Math.max(0, start - ROLE_OF_BODY_REACH), start))) return true;
  }
  // `la journaliste X`, `notre trésorière X`, `l'animatrice X`: a determiner and one role, then the name.
  if ((singularRole(word) || PROFESSIONS.has(word)) && DETERMINER_END.test(before)) return true;
  return roleAfter(text, end);
}

/** `X Y, vice-présidente`, `X Y (gérante)`, `X Y – sociologue`: a role or a profession right after the pair. */
function roleAfter(text: string, end: number): boolean {
  const after = ROLE_AFTER.exec(text.slice(end, end + 60))?.groups?.['word'];
  return after !== undefined && FOLDED_ROLES.has(fold(after));
}

export const personRoleCuedParser: Parser = {
  id: 'fr.person.role-cued',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const first = match.groups?.['first'] ?? '';
    const last = match.groups?.['last'] ?? '';
    const end = match.index + match[0].length;
    // The surname's own word, after its particle.
    const core = last.slice(match.groups?.['particle'] === undefined ? 0 : last.search(/[ \t][^ \t]*$/u) + 1);
    // The context first: most capitalised pairs have no role next to them, and it is cheaper to read than the lexicons.
    if (!roleCued(context.text, match.index, end)) return null;
    // `Gentiane Guillot (consultante)`, `Julien SANS, directeur`: with the role right after the pair, one
    // word of it may spell a word when the other vouches for a name (`wordInName`).
    const wordInName = (): boolean =>
      roleAfter(context.text, end) && ((wordGivenName(first) && distinctiveSurname(core)) || capitalsAfterGivenName(first, core)) && !tailOfLongerName(context.text, match.index);
    const given = nameLike(first, false);
    if (!(given && (nameLike(core, true) || upperSurname(core) || wordSurname(first, core, context.text, end))) && !wordInName()) return null;
    // A publication's word where the surname would stand (`Par Kolibri INFO`): a medium signs the byline, not a person.
    if (PUBLICATION_WORDS.has(fold(core))) return null;
    return { type: 'person', start: match.index, end, value: `${first.replace(/-\s+/gu, '-')} ${naturalCase(last)}`, confidence: 0.7, rule: this.id, inferred: [] };
  },
};
