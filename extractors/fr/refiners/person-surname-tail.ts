/**
 * `surname-tail`: `Ina Varo Ké Lidu, présidente de …`, `… explique Odile Marc⏎Ambroise, déléguée …`: a name the
 * parsers read as a given name and one surname word, then one or two more capitalised words, then a comma and a
 * person's role (one role for one person, lexicon/roles.ts) is a longer surname, cut by the parser at its second
 * word (compound surnames written without their hyphen, a line break inside the name). Each word read on must be
 * capitalised, no place, no role or title, and the last a known name or no common word (a surname ends on a name; a
 * body's name often on its kind, `Anne Petit Kalvéo Services, présidente`); the role closes the name, so a body or a place between
 * name and comma (`Paul Roux Lunel, président`) is left to the lexicons. Only names read given name first
 * (`fr.person.name`, `fr.person.role-cued`): a reversed name's tail is its given name.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { fold } from '../../core/pattern.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { FOLDED_TITLES } from '../lexicon/titles.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase } from '../names.js';

/** One or two capitalised words after the name (a space or one line break before each), a comma, then the role's first word. */
const TAIL = /^(?<gap1>[ \t]*\n?[ \t]*)(?<first>\p{Lu}\p{Ll}+)(?:(?<gap2>[ \t]+)(?<second>\p{Lu}\p{Ll}+))?[ \t]*,[ \t]*\n?[ \t]*(?<role>\p{L}[\p{L}-]*)/u;
/** The parsers that read a given name first. */
const READERS: ReadonlySet<string> = new Set(['fr.person.name', 'fr.person.role-cued']);
/** One role for one person: a plural (`Membres`) or `membre` heads a list as often. */
const singularRole = (word: string): boolean => ROLE_NOUNS.has(word.toLowerCase()) && !/[sx]$/u.test(word) && word.toLowerCase() !== 'membre';

/** Whether `word` may be a word of a surname: capitalised, no place, role or title. */
function surnameWord(word: string): boolean {
  return isSurnameCandidate(word) && !isPlaceName(word) && !FOLDED_TITLES.has(fold(word));
}

/** Whether `word`, the last word read on, vouches for a name: a known given name or surname, or a word no dictionary holds (`Joseph`; `Ka` spells a word, `Lidu` does not). */
const nameEvidence = (word: string): boolean => isFirstName(word) || isSurname(word) || !isCommonWord(word.toLowerCase());

/** The words read on after a name, the gap before the first, and the length of the text they take. */
interface Tail { readonly words: readonly string[]; readonly gap: string; readonly length: number }

/** The one or two capitalised words after `end`, when a comma and one person's role follow them; else null. */
function readTail(text: string, end: number): Tail | null {
  const groups = TAIL.exec(text.slice(end, end + 60))?.groups;
  const first = groups?.['first'];
  const second = groups?.['second'];
  if (groups === undefined || first === undefined || !singularRole(groups['role'] ?? '')) return null;
  const gap = groups['gap1'] ?? '';
  const read = second === undefined ? first : `${first}${groups['gap2'] ?? ''}${second}`;
  return { words: second === undefined ? [first] : [first, second], gap, length: gap.length + read.length };
}

/**
 * `Jean Dupont⏎Marie Martin, trésorière`: people listed one a line. Past a line break, a known given name and a word
 * after it on its line open the next person, the stop rule of fr.person.name (`nextLineOpensName`), not a surname's tail.
 */
const nextLinePerson = (tail: Tail): boolean => tail.gap.includes('\n') && tail.words.length === 2 && isFirstName(tail.words[0] ?? '');

/** Whether the words read on end a surname: each may be a surname's word, the last vouches for a name, no next person. */
const endsSurname = (tail: Tail): boolean => tail.words.every(surnameWord) && nameEvidence(tail.words[tail.words.length - 1] ?? '') && !nextLinePerson(tail);

/** The name two words long (a given name and one surname word), read on over its tail; null when no tail is read. */
function withTail(text: string, person: Candidate): Candidate | null {
  if (!READERS.has(person.rule) || person.value.split(/\s+/u).length !== 2) return null;
  const tail = readTail(text, person.end);
  if (tail === null || !endsSurname(tail)) return null;
  const value = `${person.value} ${naturalCase(tail.words.join(' '))}`;
  return { ...person, end: person.end + tail.length, value, evidence: [...(person.evidence ?? []), 'surname-tail'] };
}

export const personSurnameTailRefiner: Refiner = {
  id: 'fr.person.surname-tail',
  refine(context, candidates): Candidate[] {
    return candidates.map((candidate) => (candidate.type === 'person' ? (withTail(context.text, candidate) ?? candidate) : candidate));
  },
};
