/**
 * `présidé par Claude Alphandéry`, `…», explique Mahel Coppey`, `Mahel Coppey, vice-présidente
 * de …`, `la directrice, Mahel Coppey`: a given name missing from the lexicon (or one left out of it because it is more often a
 * place or a word, like `Claude`), taken as a name when a role speaks for a person right before
 * or after the pair. Both words must be capitalised, no common word and no place.
 */
import { CAPITAL_AHEAD, compile, endsWithWord } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { PERSON_AGENT_PARTICIPLES, ROLE_NOUNS, SPEECH_VERBS } from '../lexicon/roles.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { isSurnameCandidate, naturalCase } from '../names.js';

const GIVEN = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const SURNAME = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}\\p{Ll}+)?";
const PATTERN = `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.'’-])(?<first>${GIVEN})[ \\t]+(?<last>${SURNAME})(?![\\p{L}\\p{N}@'’-]|\\.\\p{L})`;

/** `présidé par`, `…», explique`: the words before the pair that name a person's act. */
const AGENT_BEFORE = endsWithWord(PERSON_AGENT_PARTICIPLES, '[ \\t]+par[ \\t]*\\n?[ \\t]*');
const SPEECH_BEFORE = new RegExp(`[,»”][ \\t]*${endsWithWord(SPEECH_VERBS, '[ \\t]*\\n?[ \\t]*').source}`, 'iu');
/** `, vice-présidente de`, `(directrice`, `– gérant`: the first word of the role after the pair. */
const ROLE_AFTER = /^[ \t]*(?:,|\(|[–—][ \t])[ \t]*\n?[ \t]*(?:(?:la|le|l['’]|notre|sa|son)[ \t]+)?(?<word>\p{L}[\p{L}·-]*)/u;

/** A capitalised word that is no common word, place or role (`Coppey`, `Alphandéry`, `Claude`). */
function nameLike(word: string): boolean {
  return word.split('-').every((part) => !isCommonWord(part.toLowerCase()) && !isPlaceName(part)) && isSurnameCandidate(word);
}

/** `la directrice, X`, `Notre présidente : X`: the role word right before the pair, then a comma or colon. */
const ROLE_BEFORE = /(?<word>\p{L}[\p{L}·-]*)[ \t]*[,:][ \t]*\n?[ \t]*$/u;

function roleCued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (AGENT_BEFORE.test(before) || SPEECH_BEFORE.test(before)) return true;
  const previous = ROLE_BEFORE.exec(before)?.groups?.['word'];
  // One role for one person: a plural (`Membres :`) heads a list of bodies as often as of people.
  if (previous !== undefined && ROLE_NOUNS.has(previous.toLowerCase()) && !/[sx]$/u.test(previous) && previous.toLowerCase() !== 'membre') return true;
  const word = ROLE_AFTER.exec(text.slice(end, end + 60))?.groups?.['word'];
  return word !== undefined && ROLE_NOUNS.has(word.toLowerCase());
}

export const personRoleCuedParser: Parser = {
  id: 'fr.person.role-cued',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const first = match.groups?.['first'] ?? '';
    const last = match.groups?.['last'] ?? '';
    const end = match.index + match[0].length;
    if (!nameLike(first) || !nameLike(last) || !roleCued(context.text, match.index, end)) return null;
    return { type: 'person', start: match.index, end, value: `${first} ${naturalCase(last)}`, confidence: 0.7, rule: this.id, inferred: [] };
  },
};
