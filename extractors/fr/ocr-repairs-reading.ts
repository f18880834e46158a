/**
 * More repairs of real French OCR damage for the normaliser (same contract as ocr-repairs.ts,
 * whose `OCR_REPAIRS` lists these after its own): each an offset-keeping edit, made where the
 * damaged form cannot be French and the repaired one is (a dictionary word, or a spelling the
 * context requires). Cases: test/extractors/fr/ocr-repairs.test.ts.
 */
import type { TextEdit } from '../core/edit-map.js';
import { memoised } from '../core/memo.js';
import { isCommonWord, isPlaceName } from './lexicon-lookup.js';
import type { OcrRepair } from './ocr-repairs.js';
import { isFirstName, isKnownWord, isNameWord } from './names.js';
import { HOLDS_LETTER, HOLDS_UPPER, OPENS_LOWER, OPENS_UPPER, letterRunEnd, letterRunStart, spliced } from '../core/word-shape.js';
import { alternation } from '../core/pattern.js';
import { CIRCUMFLEX_A_STEMS } from './lexicon/circumflex-a-stems.js';
import { GRAVE_ONLY_WORDS, MEADOW_DETERMINERS } from './lexicon/grave-words.js';
import { afterGivenName, afterPersonGivenName } from './ocr-repairs-letters.js';
import { LEADING_GLUE_WORDS } from './lexicon/glue-prefixes.js';
import { KNOWN_ORGANISATION_ACRONYMS } from './lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS } from './lexicon/organisation-types.js';

/** Words after which `a` is the verb `avoir` whatever follows (`il a`, `qui a`, `il y a`). */
const SUBJECTS: ReadonlySet<string> = new Set(['il', 'elle', 'on', 'qui', 'y', 'ce', 'cela', 'ça', 'chacun', 'chacune', 'nul', 'personne', 'tout', 'rien']);

/** The run of letters (and apostrophes) that ends at `end`. */
function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}'’]/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/**
 * `ouverte a Plouvenec`, `remis a Maison Verte`, `écrit a Anne`: `à` read as `a` (real OCR
 * of French drops that accent nearly every time) before a capitalised word. The verb `a` takes a
 * participle or an object with its article, never a bare name: across the tuning texts' text
 * layers no `a` stands before a capitalised word, against more than a hundred `à`. After a
 * capitalised word `a-for-grave` repairs it; after a subject (`il a`, `qui a`, `il y a`) it stays.
 */
const graveBeforeName: OcrRepair = {
  name: 'a-for-grave-before-name',
  pattern: /a(?<=(?:^|[ \t\n])a)[ \t]+(?=\p{Lu}\p{Ll})/gmu,
  edit: (match, text): TextEdit | null => {
    const before = text.slice(Math.max(0, match.index - 40), match.index).replace(/[ \t\n]+$/u, '');
    const word = wordEndingAt(before, before.length);
    // `Prix a Dornac`, `Signé a Lyon`: a capitalised word before is `a-for-grave`'s.
    if (OPENS_UPPER.test(word)) return null;
    const last = word.replace(/^.*['’]/u, '').toLowerCase();
    if (SUBJECTS.has(last) || /['’]$/u.test(word)) return null;
    return { start: match.index, end: match.index + 1, text: 'à' };
  },
};

/** The damaged spellings of a grave-only word (its last `è` read as `é` or `e`), lower case and capitalised, to the word. */
const ACUTE_GRAVE_WORDS: ReadonlyMap<string, string> = new Map(
  GRAVE_ONLY_WORDS.flatMap((word) => {
    const at = word.lastIndexOf('è');
    const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    return ['é', 'e'].flatMap((read) => {
      const damaged = spliced(word, at, 1, read);
      return [[damaged, word], [capital(damaged), capital(word)]] as const;
    });
  }),
);
// Literals first (the word's start is checked in the edit): a leading look-behind would run at every position. A word
// must be followed by a character: one closing a page may be cut (`progres|sivement`).
const ACUTE_GRAVE_WORD = new RegExp(`(?:${alternation([...ACUTE_GRAVE_WORDS.keys()])}|pr[eé]s(?=[ \\t\\n]+(?:(?:de|du)(?![\\p{L}])|d['’])))(?=[^\\p{L}\\p{N}'’@_])`, 'gu');

/**
 * `aprés la réunion`, `aupres de la Région`, `trés actif`, `installée pres de Vannes`: OCR reads the `è` of a word
 * French writes only with it as `é` or `e` (lexicon/grave-words.ts), and the cue lists that read `après`, `auprès`,
 * `près de` with their accents miss it. `prés` (meadows) is a word: it (or `pres`) becomes `près` only before `de` and
 * not after a determiner or a plural adjective (`les prés de la ferme`).
 */
const acuteForGraveWord: OcrRepair = {
  name: 'acute-for-grave-word',
  pattern: ACUTE_GRAVE_WORD,
  edit: (match, text): TextEdit | null => {
    const word = match[0];
    if (match.index > 0 && /[\p{L}\p{N}@._/-]/u.test(text.charAt(match.index - 1))) return null;
    const grave = ACUTE_GRAVE_WORDS.get(word);
    if (grave === undefined) {
      // `prés`/`pres` before `de`: the noun after a determiner (`les prés de la ferme`).
      const before = /(\p{L}+)[ \t\n]+$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1] ?? '';
      if (MEADOW_DETERMINERS.has(before.toLowerCase())) return null;
    }
    const at = grave === undefined ? 2 : grave.lastIndexOf('è');
    return { start: match.index + at, end: match.index + at + 1, text: 'è' };
  },
};

/**
 * `installée aRennes`, `la recyclerie aToucy`, `merci aJean-Pierre`: `à` read as `a` and glued to the place or
 * the given name after it (a space lost after a short word). No word opens on `a` then a capital; the space
 * and the accent go back when the rest is a place or a given name.
 */
const gluedGraveBeforeName: OcrRepair = {
  name: 'glued-a-before-name',
  // Found at the `a` before a capital, the start of a word looked behind from it. The capital is looked
  // ahead first: it fails at once after most `a`s of a page, before the look-behind runs (speed only).
  pattern: /a(?=\p{Lu}\p{Ll})(?<=(?:^|[^\p{L}\p{N}'’@./_-])a)/gu,
  edit: (match, text): TextEdit | null => {
    const rest = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*/u.exec(text.slice(match.index + 1, match.index + 60))?.[0] ?? '';
    if (/[\p{N}@_]/u.test(text.charAt(match.index + 1 + rest.length))) return null;
    return isPlaceName(rest) || isFirstName(rest) ? { start: match.index, end: match.index + 1, text: 'à ' } : null;
  },
};

/** One OCR letter confusion: `read` where `printed` was, at the places `where` finds in a word. */
interface RareConfusion {
  readonly read: string;
  readonly printed: string;
  readonly where: RegExp;
  /** Whether a capitalised word may become a common word (else only a place): names hold `éa` (`Agoréa`, not `Agorâ`). */
  readonly inNames: boolean;
}

/**
 * Confusions of real French OCR (../shared/tools/ocr_noise.py measures each) that ocr-repairs.ts's
 * tables leave, each at places where French does not write the damaged letters: `â` read as `éa`
 * (`béatiment`, `Chéateaulin`), `è` as `d` before `r` (`financidres`, `Isdre`), `ê` as `&` inside a
 * word (`intér&t`, `R&ve`), `i` as `n` after `c` or `t` or before `que` (`socnale`, `logistnque`),
 * `q` as `g` before `u` and a vowel (`chague`, `Martinigue`, `Nouvelle-Aguitaine`), `o` as `a` after
 * `o` (`coapération`) or in the endings `-tion`, `-sion` (`coopératian`, `natianale`, `professiannels`;
 * not before `t`: `-iant` is French), `ô` as `é` before a last consonant (`Hétel`, `bientét`, `réle`); `i` as `n`
 * also after `d` (`Normandne`).
 */
const RARE_CONFUSIONS: readonly RareConfusion[] = [
  { read: 'éa', printed: 'â', where: /éa(?<=[^eé]éa)/gu, inNames: false },
  { read: 'd', printed: 'è', where: /d(?<=\p{L}d)(?=r)/gu, inNames: true },
  { read: '&', printed: 'ê', where: /&(?<=\p{L}&)(?=\p{L})/gu, inNames: true },
  { read: 'n', printed: 'i', where: /n(?<=[cdt]n)(?=\p{L})|n(?<=\p{L}n)(?=que)/gu, inNames: true },
  { read: 'g', printed: 'q', where: /g(?=u[aeioéè])/gu, inNames: true },
  { read: 'a', printed: 'o', where: /a(?<=oa)/gu, inNames: false },
  { read: 'a', printed: 'o', where: /a(?<=[st]ia)(?=n(?!t))/gu, inNames: true },
  { read: 'é', printed: 'ô', where: /é(?<=\p{L}é)(?=[bcdfgjklmnpqrtvz](?:r?es?|el)?(?!\p{L}))/gu, inNames: true },
];
/** Any place of a rare confusion (one pattern, no state). */
const RARE_SITE = new RegExp(RARE_CONFUSIONS.map(({ where }) => where.source).join('|'), 'u');


/** The rare confusion to undo in `part` of `whole` (its offset in the part), or null. */
function rareConfusionInPart(part: string, whole: string, partAt: number): { at: number; read: string; printed: string } | null {
  if (part.length < 4 || !RARE_SITE.test(part) || isKnownWord(part)) return null;
  const capitalised = OPENS_UPPER.test(part);
  for (const { read, printed, where, inNames } of RARE_CONFUSIONS) {
    for (const found of part.matchAll(where)) {
      const repaired = `${part.slice(0, found.index)}${printed}${part.slice(found.index + read.length)}`;
      const place = capitalised && (isPlaceName(repaired) || (whole !== part && isPlaceName(`${whole.slice(0, partAt)}${repaired}${whole.slice(partAt + part.length)}`)));
      if (((!capitalised || inNames) && isCommonWord(repaired)) || place) return { at: found.index, read, printed };
    }
  }
  return null;
}

/** The rare confusion to undo in `whole` (a word, or a compound's parts: its offset in the whole), or null; kept by word. */
const rareConfusionIn = memoised((whole: string): { at: number; read: string; printed: string } | null => {
  if (!RARE_SITE.test(whole)) return null;
  let partAt = 0;
  for (const part of whole.split('-')) {
    const undone = rareConfusionInPart(part, whole, partAt);
    if (undone !== null) return { ...undone, at: partAt + undone.at };
    partAt += part.length + 1;
  }
  return null;
});

/**
 * `béatiment`, `Chéateaulin`, `financidres`, `intér&t`, `socnale`: a word (or a part of a compound)
 * of four letters or more no lexicon knows, holding one of the rare confusions above, respelled
 * when undoing it makes a common word or, capitalised, a place (alone or in its compound), or a
 * common word where names do not hold the damaged letters. A name no lexicon holds stays as written.
 */
/** A letter of a word (or `&`, read inside one). */
const isWordChar = (char: string): boolean => char !== '' && (char === '&' || HOLDS_LETTER.test(char));

/** A digit or a character of an address or a code (`@`, `.`, `/`, `_`, `-`) before a word: no word starts there. */
const ADDRESS_CHAR = /[\p{N}@./_-]/u;

/** The word (with its hyphenated parts) around `index`, or null inside an address, a code or a number. */
function compoundAround(text: string, index: number): { start: number; whole: string } | null {
  let start = index;
  while (start > 0 && (isWordChar(text.charAt(start - 1)) || (text.charAt(start - 1) === '-' && isWordChar(text.charAt(start - 2))))) start -= 1;
  let end = index;
  while (end < text.length && (isWordChar(text.charAt(end)) || (text.charAt(end) === '-' && isWordChar(text.charAt(end + 1))))) end += 1;
  if (ADDRESS_CHAR.test(text.charAt(start - 1)) || /[\p{N}@_-]/u.test(text.charAt(end)) || (text.charAt(end) === '.' && HOLDS_LETTER.test(text.charAt(end + 1)))) return null;
  return { start, whole: text.slice(start, end) };
}

const rareLetter: OcrRepair = {
  name: 'rare-letter',
  // Found at the confusions' places (far fewer than words), then read as the word around them.
  pattern: new RegExp(RARE_SITE.source, 'gu'),
  edit: (match, text): TextEdit | null => {
    const found = compoundAround(text, match.index);
    if (found === null || found.whole.length < 4) return null;
    // One edit per word: only its first place answers.
    if (found.start + (RARE_SITE.exec(found.whole)?.index ?? -1) !== match.index) return null;
    const undone = rareConfusionIn(found.whole);
    if (undone === null) return null;
    // After a given name the word is a surname, mended only into a known name (`Paul Lumidre` is no `Lumière`), as `word-letter` does.
    if (OPENS_UPPER.test(found.whole) && afterPersonGivenName(text, found.start) && !isNameWord(spliced(found.whole, undone.at, undone.read.length, undone.printed))) return null;
    return { start: found.start + undone.at, end: found.start + undone.at + undone.read.length, text: undone.printed };
  },
};

/** How far back an opening guillemet is looked for. */
const QUOTE_REACH = 2000;

/**
 * `le Club des Aubiers + TRAVOK » Dornac Vélo`: inside a run of items parted by bullets (`•`), OCR reads
 * some bullets as `+` or as a closing guillemet. Put back as `•` between a word and a capitalised
 * item: `+` there is no sum (a sum stands between numbers), and `»` after a capitalised item closes
 * no quotation (no `«` stands open before it), so the list rules read each item.
 */
/** A capitalised word and blanks closing a text (compiled once: core/word-shape.ts). */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*[ \t]+$/u;
const inlineBulletMark: OcrRepair = {
  name: 'inline-bullet-mark',
  pattern: /[+»](?<=[\p{L}\p{N}.)][ \t]+[+»])(?=[ \t]+\p{Lu})/gu,
  edit: (match, text): TextEdit | null => {
    if (match[0] === '»') {
      const before = text.slice(Math.max(0, match.index - QUOTE_REACH), match.index);
      // An item is a name (`TRAVOK »`, `Dornac »`); a quotation ends on prose or its punctuation.
      if (before.lastIndexOf('«') > before.lastIndexOf('»') || !CAPITALISED_WORD_BEFORE.test(before)) return null;
    }
    return { start: match.index, end: match.index + 1, text: '•' };
  },
};

/** The capitalised word around `index`: its start and letters, or null when it is no capitalised word. */
function capitalisedWordAround(text: string, index: number): { start: number; word: string } | null {
  const start = letterRunStart(text, index);
  const end = letterRunEnd(text, index);
  const word = text.slice(start, end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? { start, word } : null;
}

/**
 * `l'Assemblée Géenérale`, `Pôle Méditerranéee`: `é` read as `ée` in a capitalised word, the case
 * `doubled-acute` (lower-case words) and `name-doubled-acute` (names no lexicon holds) leave. French
 * writes `ée` inside a word only before `r` or `l` (`Créer`, `Réel`), as a plural or verb ending
 * (`Pyrénées`, `Créent`) or after a prefix (`Réemploi`); elsewhere the `e` after the `é` goes when the word is no known name or
 * place and without it is a common word or a place. (The damaged form is not looked up as a common
 * word: the Bloom filter of common words answers yes for about one unknown word in a hundred.)
 */
const capitalDoubledAcute: OcrRepair = {
  name: 'capital-doubled-acute',
  pattern: /e(?<=\p{Lu}\p{Ll}*ée)(?=\p{L})(?![rl]|s(?!\p{L})|nt(?!\p{L}))/gu,
  edit: (match, text): TextEdit | null => {
    const found = capitalisedWordAround(text, match.index);
    // `Réemploi`, `Préemption`, `Déesse`: the prefix `ré-`/`pré-` (or `dé-`) before a word opening on `e`.
    if (found === null || /^(?:R|Pr|D)ée/u.test(found.word) || isNameWord(found.word)) return null;
    const at = match.index - found.start;
    const repaired = spliced(found.word, at, 1, '');
    return isCommonWord(repaired) || isPlaceName(repaired) ? { start: match.index, end: match.index + 1, text: '' } : null;
  },
};

/**
 * `le délégué de UUR Dornac`, `le président de UUT`: the elided `l'` of a two-letter acronym opening on
 * `U` (`l'UR`, `l'UT`) read as `U`. No word nor acronym opens on `UU` (`u-before-acronym` reads the
 * longer ones); the first `U` is the article.
 */
const uBeforeShortAcronym: OcrRepair = {
  name: 'u-before-short-acronym',
  pattern: /U(?<=(?:^|[^\p{L}\p{N}'’@./_-])U)(?=U\p{Lu}(?![\p{L}\p{N}'’]))/gu,
  edit: (match): TextEdit => ({ start: match.index, end: match.index + 1, text: "l'" }),
};

/** Words after which a number before `la` may be a page or an item (`page 2 la suite`, `n° 3 la`). */
const NUMBERED_WORDS: ReadonlySet<string> = new Set(['page', 'p', 'n', 'no', 'numéro', 'chapitre', 'partie', 'article', 'étape', 'phase', 'session', 'saison', 'tome', 'volume', 'annexe', 'fiche', 'action', 'axe', 'objectif', 'lot', 'tranche', 'zone', 'niveau', 'salle']);

/**
 * `un jardin ouvert 2 la nature`, `grâce 3 l'appui du club`: the word `à` read as the digit `2` or `3`
 * (measured in real French OCR), standing alone between a word and the article `la` or an elided
 * `l'`, or a place (`Pôle Vallée 3 Trévoux`). No count stands there (a count takes a noun, and `deux la` is no
 * French), and no French contracts `à le`/`à les`, so only `la`, `l'` and a place are read after it.
 */
const digitForGrave: OcrRepair = {
  name: 'digit-for-grave',
  pattern: /[23](?<=\p{L}[ \t]+[23])(?=[ \t]+(?:la(?![\p{L}\p{N}'’])|l['’]\p{L})|[ \t]*\n?[ \t]*(?<=[23][ \t\n]+)\p{Lu}\p{Ll})/gu,
  edit: (match, text): TextEdit | null => {
    const word = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1] ?? '';
    if (NUMBERED_WORDS.has(word.toLowerCase())) return null;
    // Before a capitalised word, only a place (`Vallée 3 Trévoux`): a number stands before other names (`Master 2 Pro`).
    const next = /^[ \t]*\n?[ \t]*(\p{Lu}[\p{L}-]*)/u.exec(text.slice(match.index + 1, match.index + 60))?.[1];
    if (next !== undefined && !isPlaceName(next.replace(/-$/u, ''))) return null;
    return { start: match.index, end: match.index + 1, text: 'à' };
  },
};

/**
 * `la mairie, UAtelier2 et le club`: a footnote call glued to a word whose elided article OCR damaged in the same
 * place (`U` for `l'`). `footnote-mark` reads the word as it stands (`UAtelier`, no word) and
 * `elision-before-capital` mends the article in the same pass; the call goes when the word after
 * the damaged article is a common word, as `footnote-mark` does for an undamaged one.
 */
const footnoteAfterElision: OcrRepair = {
  name: 'footnote-after-elision',
  pattern: /\d(?<=(?:^|[^\p{L}\p{N}'’@./_-])(?:U|ll|[lLdD]U|[lLdD])\p{Lu}\p{Ll}{2,}\d)(?=[ \t\n,.;:)–—-]|$)/gu,
  edit: (match, text): TextEdit | null => {
    const word = /\p{Lu}\p{Ll}+$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0] ?? '';
    if (/^[ \t][\d]{3}(?!\d)/u.test(text.slice(match.index + 1, match.index + 6))) return null;
    return isCommonWord(word) ? { start: match.index, end: match.index + 1, text: '' } : null;
  },
};

/**
 * `la Communautée urbaine`, `le comitée régional`, `la Sociétée`: OCR reads a final `é` as `ée`. Only
 * the nouns in `-ité`, `-auté`, `-iété` (and `comité`), whose `-ée` form no verb makes: undone when the
 * word is no dictionary word and without its last `e` is one, unless the word is the participle of an
 * `-er` verb the dictionary holds (`limitée`, `invitée`: `limiter`, `inviter`). Other endings are left:
 * the dictionary lacks many participles (`ciblée`, `mutualisée`) whose masculine it holds.
 */
const doubledAcuteEnd: OcrRepair = {
  name: 'doubled-acute-end',
  // Anchored on the `é` (rarer than `e`), the noun ending looked behind from it.
  pattern: /é(?<=\p{L}(?:it|aut|iét)é)e(?![\p{L}\p{N}'’@_])/gu,
  edit: (match, text): TextEdit | null => {
    const found = capitalisedOrLowerWordBefore(text, match.index + 2);
    if (found === null || found.length < 6 || isNameWord(found)) return null;
    const lower = found.toLowerCase();
    const stem = lower.slice(0, -2);
    if (isCommonWord(lower) || !isCommonWord(lower.slice(0, -1)) || isCommonWord(`${stem}er`)) return null;
    return { start: match.index + 1, end: match.index + 2, text: '' };
  },
};

/**
 * `nous avons eété`, `d'éeducation`, `la transition eécologique`: an `é` opening a word read as `eé` or
 * `ée`, the case `doubled-acute` (an `é` inside a word) leaves. No French word opens on either pair,
 * so the stray `e` goes when the word without it is a common word; the word may follow an elided
 * article (`d'`, `l'`). (Only the mended form is looked up: see `capital-doubled-acute`.)
 */
const doubledAcuteStart: OcrRepair = {
  name: 'doubled-acute-start',
  // Anchored on the second letter of the pair, the word start looked behind from it.
  pattern: /[eé](?<=(?:^|[^\p{L}\p{N}@./_-])(?:eé|ée))(?=\p{Ll}{2})/gu,
  edit: (match, text): TextEdit | null => {
    const end = letterRunEnd(text, match.index + 1);
    const mended = `é${text.slice(match.index + 1, end)}`;
    if (!/^\p{Ll}+$/u.test(mended) || !isCommonWord(mended)) return null;
    // The `e` of the pair goes, first or second: the `é` stays where it was read.
    const stray = text.charAt(match.index) === 'e' ? match.index : match.index - 1;
    return { start: stray, end: stray + 1, text: '' };
  },
};

// Patterns of the word tests below, compiled once (core/word-shape.ts says why: a `\p{…}` literal in a
// function is built again at each call under tsx).
const NUMBER_OR_CODE_CHAR = /[\p{N}@_]/u;
const PLAIN_WORD = /^\p{Lu}?\p{Ll}{3,}$/u;

/** The lower-case or capitalised word around `index`, or null inside an address, a code, a number or a mixed-case word. */
function plainWordAround(text: string, index: number): { start: number; word: string } | null {
  const start = letterRunStart(text, index);
  const end = letterRunEnd(text, index);
  if (ADDRESS_CHAR.test(text.charAt(start - 1)) || NUMBER_OR_CODE_CHAR.test(text.charAt(end))) return null;
  const word = text.slice(start, end);
  return PLAIN_WORD.test(word) ? { start, word } : null;
}

/** Any stem of `CIRCUMFLEX_A_STEMS` (plain letters): one test instead of one search per stem (speed only). */
const CIRCUMFLEX_STEM = new RegExp(alternation(CIRCUMFLEX_A_STEMS), 'u');

/** Whether `word` holds the stem of a French word written with `â`. */
const holdsCircumflexStem = (word: string): boolean => CIRCUMFLEX_STEM.test(word.toLowerCase());

/**
 * `les Bétiments`, `Alter Bétir`, `le Béati`: OCR reads `â` as `é` or `éa` now and then (it keeps no
 * other accented letter). The lexicons compare words without accents, so `bétiment` is no word
 * where `bâtiment` is one, and every rule that looks words up misses it. Undone inside a word no
 * lexicon holds (common word, place, given name, surname) when the word with `â` is a common word.
 */
const acuteForCircumflexA: OcrRepair = {
  name: 'acute-for-circumflex-a',
  // An `é` after a letter (`â` opens almost no word), with the `a` OCR may add after it.
  pattern: /é(?<=\p{L}é)a?(?=\p{L})/gu,
  edit: (match, text): TextEdit | null => {
    const found = plainWordAround(text, match.index);
    if (found === null) return null;
    const at = match.index - found.start;
    // The `é` alone first (`Bétir`), then with the added `a` (`Béati`); only a mended form holding a stem
    // with `â` can be taken, so most words are left before any lexicon is asked (speed only).
    const mendings = (match[0] === 'éa' ? ['é', 'éa'] : ['é'])
      .map((read) => ({ read, mended: `${found.word.slice(0, at)}â${found.word.slice(at + read.length)}` }))
      .filter(({ mended }) => holdsCircumflexStem(mended));
    if (mendings.length === 0 || isCommonWord(found.word) || isNameWord(found.word) || afterGivenName(text, found.start)) return null;
    for (const { read, mended } of mendings) {
      if (isCommonWord(mended)) return { start: match.index, end: match.index + read.length, text: 'â' };
    }
    return null;
  },
};

/** The word (lower case, or capitalised) ending at `end`, or null inside an address, a code or a mixed-case word. */
function capitalisedOrLowerWordBefore(text: string, end: number): string | null {
  const start = letterRunStart(text, end);
  if (ADDRESS_CHAR.test(text.charAt(start - 1))) return null;
  const word = text.slice(start, end);
  return /^\p{Lu}?\p{Ll}+$/u.test(word) ? word : null;
}

/**
 * `Agglopdle`, `Matériaupéle`, `les Ecopdles`: the `ô` of `pôle` closing a compound name read as `d`
 * or `é`. French writes no `pdle`, nor an `é` before a consonant and a final mute `e`, so the
 * damaged form is never a word; `word-letter` leaves these compounds, which no dictionary holds.
 */
const compoundPole: OcrRepair = {
  name: 'compound-pole',
  pattern: /p(?<=\p{L}{2}p)[dé](?=les?(?![\p{L}\p{N}'’@_]))/gu,
  edit: (match, text): TextEdit | null => {
    const start = letterRunStart(text, match.index);
    if (/[\p{N}@./_]/u.test(text.charAt(start - 1))) return null;
    return { start: match.index + 1, end: match.index + 2, text: 'ô' };
  },
};

/**
 * `COOPERATlON`, `LES PETlTES`, `la SClC`, `Paul KOWALSKl`: a capital `I` read as a lower-case `l` inside a word
 * written in capitals. No such word holds a lower-case letter; the `I` is put back when the word with it is a
 * dictionary word (read in lower case), a known acronym (of a body or not: `SCIC`), or a surname after a known
 * given name, which no dictionary need hold (the `Prénom NOM` shape vouches for it, as for `name-letter`).
 */
const lInCapitals: OcrRepair = {
  name: 'l-in-capitals',
  pattern: /l(?<=\p{Lu}{2}l)(?=\p{Lu}*(?![\p{L}\p{N}'’@_]))/gu,
  edit: (match, text): TextEdit | null => {
    let start = match.index;
    while (start > 0 && HOLDS_UPPER.test(text.charAt(start - 1))) start -= 1;
    if (/[\p{L}\p{N}@./_-]/u.test(text.charAt(start - 1))) return null;
    let end = match.index + 1;
    while (end < text.length && HOLDS_UPPER.test(text.charAt(end))) end += 1;
    const word = `${text.slice(start, match.index)}I${text.slice(match.index + 1, end)}`;
    if (word.length < 4) return null;
    const known = isCommonWord(word.toLowerCase()) || KNOWN_ORGANISATION_ACRONYMS.has(word) || NON_ORGANISATION_ACRONYMS.has(word);
    if (!known && !(word.length >= 5 && afterGivenName(text, start, true))) return null;
    return { start: match.index, end: match.index + 1, text: 'I' };
  },
};

/** The short words OCR glues to the next one, capitalised as they open a sentence (`Par`, `Sur`, `Un`). */
// Not the two-letter ones but `un`, nor `car`, `des`, `les`: surnames and places open on them (`Leconte`,
// `Demoustier`, `Carinne`, `Desjardins`, `Lesueur`), and no lexicon holds them all.
const NAME_OPENINGS: ReadonlySet<string> = new Set(['car', 'des', 'les']);
const CAPITALISED_GLUE_WORDS = [...LEADING_GLUE_WORDS.filter((word) => word.length >= 3 && !NAME_OPENINGS.has(word)), 'un', 'les'].map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`);
/** `Lescircuits`, `Lestravaux`: `Les` is split off only before a plural of five letters or more (`Lesueur`, `Lescure` stay). */
const PLURAL_REST = /^\p{Ll}{4,}[sx]$/u;
/** Articles a glued host may take as its whole second part (`Surle principe`): a lower-case word must follow. */
const GLUED_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'un', 'une', 'des']);

/**
 * `Parexemple, ce`, `Surle principe`, `Unnouveau conseil`, `Cesstructures sont`: a short word opening a
 * sentence glued to the word after it, which `glued-word` (lower-case hosts) leaves. Split only at a
 * line or sentence start, when the whole is no dictionary word nor name (`Lesage`, `Carmaux`) and the
 * rest a common word of four letters or more, or an article before a lower-case word.
 */
const gluedSentenceStart: OcrRepair = {
  name: 'glued-sentence-start',
  pattern: new RegExp(`(?<host>${alternation(CAPITALISED_GLUE_WORDS)})(?<rest>\\p{Ll}{2,})(?![\\p{L}\\p{N}'’@_.-])`, 'gu'),
  edit: (match, text): TextEdit | null => {
    const host = match.groups?.['host'] ?? '';
    const rest = match.groups?.['rest'] ?? '';
    // A line or sentence start, or an opening quotation mark or bracket right before (`"Parexemple,`); `Les`
    // before a plural anywhere after a space, as in a heading (`pôle d'acteurs Lescircuits courts`).
    const plural = host === 'Les' && PLURAL_REST.test(rest) && /[ \t\n]/u.test(text.charAt(match.index - 1));
    if (!plural && !/(?:^|\n[ \t]*|[.!?:»"…][ \t]+|(?:^|[ \t\n])["«“(][ \t]*)$/u.test(text.slice(Math.max(0, match.index - 4), match.index))) return null;
    if (host === 'Les' && !PLURAL_REST.test(rest)) return null;
    if (isCommonWord(match[0].toLowerCase()) || isNameWord(match[0]) || !isCommonWord(rest)) return null;
    const end = match.index + match[0].length;
    if (rest.length < 4 && !(GLUED_ARTICLES.has(rest) && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3)))) return null;
    const at = match.index + host.length;
    return { start: at, end: at, text: ' ' };
  },
};

/** Prepositions before an elided article that OCR glues to it (`parUArgonaute`, `delUInstitut`). */
// Not `a` (`alUécole` is left: the letters may end another word, as in `malUimpulsion`).
const ARTICLE_HOSTS = ['par', 'de', 'à', 'pour', 'sur', 'avec', 'dans'];

/**
 * `parUArgonaute`, `delUInstitut`, `àlUabandon`: a preposition glued to an elided `l'` read as `U` (or `lU`),
 * the word after it opening on a vowel or an `h`. No word opens on a preposition then `U` and a capital,
 * or `lU`; the space goes back after the preposition and the article is put back (`par l'Argonaute`).
 * A lower-case word after it must be a dictionary word.
 */
const gluedUArticle: OcrRepair = {
  name: 'glued-u-article',
  // Found at the `U` (rare), the preposition looked behind from it.
  pattern: new RegExp(`U(?<=(?<![\\p{L}\\p{N}'’@./_-])(?:${alternation(ARTICLE_HOSTS)})l?U)(?=[AEIOUYHÉÈÂÎaeiouyhéèâî]\\p{Ll}{2})`, 'gu'),
  edit: (match, text): TextEdit[] | null => {
    const withL = text.charAt(match.index - 1) === 'l' && ARTICLE_HOSTS.some((host) => text.startsWith(host, match.index - 1 - host.length));
    const articleStart = withL ? match.index - 1 : match.index;
    const host = ARTICLE_HOSTS.find((word) => text.startsWith(word, articleStart - word.length) && !/[\p{L}\p{N}]/u.test(text.charAt(articleStart - word.length - 1)));
    if (host === undefined) return null;
    const rest = /^\p{L}+/u.exec(text.slice(match.index + 1))?.[0] ?? '';
    if (OPENS_LOWER.test(rest) && !isCommonWord(rest)) return null;
    return [{ start: articleStart, end: articleStart, text: ' ' }, { start: articleStart, end: match.index + 1, text: "l'" }];
  },
};

/** The repairs of this module, in the order their edits win when two overlap. */
export const READING_REPAIRS: readonly OcrRepair[] = [
  graveBeforeName, acuteForGraveWord, gluedGraveBeforeName, rareLetter, inlineBulletMark, capitalDoubledAcute, uBeforeShortAcronym, digitForGrave, footnoteAfterElision, doubledAcuteEnd, doubledAcuteStart, acuteForCircumflexA, compoundPole, lInCapitals, gluedSentenceStart, gluedUArticle,
];
