/**
 * Organisations named with no type word, recognised by what is said of them: `président du
 * Grand Forum Euralens`, `un projet porté par Citéo`, `en partenariat avec Simplon`. The name is
 * a run of capitalised words (joined by `de`, `du`, `d'`…) that `isDistinctiveName` accepts, so
 * places (`chez Carvin`) and people (`porté par Jean Dupont`) are left to their own rules.
 */
import { alternation, compile, fold, initialsAhead } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isDistinctiveName } from '../organisation/distinctive-name.js';
import { DONE_BY, PARTNERSHIP, ROLE_IN_ORGANISATION, STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { isFirstName } from '../names.js';
import { HEAD_WORDS } from '../organisation/name-words.js';

const SPACE = '[ \\t]*\\n?[ \\t]*';
/** Each cue as written and with a capital (at the start of a sentence or a line). */
const cues = (words: readonly string[]): string => alternation(words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]));
const ARTICLE = `(?:(?:le|la|les)[ \\t]+|l'${SPACE})?`;
const CUE =
  `(?:${cues(ROLE_IN_ORGANISATION)}[ \\t]+(?:du|de[ \\t]+la|des|de[ \\t]+l'|d'|de)|` +
  `${cues(DONE_BY)}[ \\t]+par[ \\t]+${ARTICLE}|${cues(PARTNERSHIP)}[ \\t]+${ARTICLE})`;
const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NAME = `${WORD}(?:${SPACE}(?:(?:de|du|des|de[ \\t]+la|d'|l')[ \\t]*)?${WORD}){0,4}`;
// The cue words' first letters first (speed only: the same matches).
const PATTERN = `${initialsAhead([...ROLE_IN_ORGANISATION, ...DONE_BY, ...PARTNERSHIP])}(?<![\\p{L}\\p{N}])(?<cue>${CUE})${SPACE}(?<name>${NAME})(?![\\p{L}\\p{N}])`;

const KIND_AFTER = new RegExp(`^,[ \\t]*\\n?[ \\t]*(?:(?:une|un|l'|la|le|notre|cette)[ \\t]*)?${alternation(STRUCTURE_KINDS)}(?![\\p{L}])`, 'u');

/** `animé par Paulo Ferreira`: a first name and one or two capitalised words is a person. */
function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? '') && words.every((word) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(word));
}

export const organisationCuedParser: Parser = {
  id: 'fr.organisation.cued',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    let name = match.groups?.['name'] ?? '';
    // `coordinatrice du PTCE⏎SCIC Kour…`: a type word opening the next line starts another entry.
    const lineBreak = /[ \t]*\n[ \t]*(?<word>[\p{L}’'-]+)/u.exec(name);
    if (lineBreak !== null && HEAD_WORDS.has(fold(lineBreak.groups?.['word'] ?? ''))) name = name.slice(0, lineBreak.index);
    const start = match.index + match[0].length - (match.groups?.['name'] ?? '').length;
    // `coordinatrice du PTCE Kour Vert`: a name opening with a type word is the named parser's.
    if (HEAD_WORDS.has(fold(/^[\p{L}’'-]+/u.exec(name)?.[0] ?? ''))) return null;
    // `directeur de Val Fleuri, un groupe d'entreprises`: a cue before and a kind of structure after
    // make a name of common words or places an organisation's.
    const kindAfter = KIND_AFTER.test(context.text.slice(start + name.length, start + name.length + 40));
    if ((!isDistinctiveName(name) && !kindAfter) || looksLikePerson(name)) return null;
    return {
      type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
