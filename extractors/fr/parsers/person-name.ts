/**
 * `Félix Delsert`, `Nordine BOUKHATEB`, `Quentin DE PARMENTIER-LALLEMENT`, `Monsieur Rachid
 * CHERFAOUI`, `Jean-Michel\nBONDU`: a known first name, then a capitalised or upper-case
 * surname (hyphenated, with a particle: `Rachid El Amrani`, `Manon Da Silva`), possibly on the next line, after an optional title.
 */
import { alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { TITLES } from '../lexicon/titles.js';
import { isFirstName, isSurnameCandidate, nearRole, naturalCase } from '../names.js';

const TITLE = alternation(TITLES.filter((title) => title !== 'Me'));
const FIRST = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const SURNAME_WORD = "\\p{Lu}(?:[\\p{Ll}\\p{Lu}]|['-](?=\\p{Lu}))+";
/** Surname particles of French, Iberian, Italian, Dutch, German and Arabic origin, in three casings. */
const PARTICLE_WORDS = ['de', 'du', 'des', 'le', 'la', 'van', 'von', 'el', 'da', 'dos', 'di', 'ben', 'ait', 'aït', 'abou', 'del', 'della', 'ter'];
const PARTICLE = `(?:${alternation(PARTICLE_WORDS.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]))}|d')`;
const PATTERN =
  `(?<![\\p{L}\\p{N}@.-])(?:(?<title>${TITLE})[ \\t]+)?(?<first>${FIRST})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)` +
  `(?<last>(?:${PARTICLE}[ \\t]+){0,2}${SURNAME_WORD})(?![\\p{L}\\p{N}@]|\\.\\p{L})`;

/** Words before a name that make it a street, school or place name. */
const PLACE_BEFORE =
  /(?:rue|avenue|boulevard|bd|place|allée|impasse|quai|chemin|route|square|lycée|collège|école|groupe scolaire|salle|stade|gymnase|hôpital|clinique|résidence|cité|quartier|espace|centre|maison|médiathèque|bibliothèque|théâtre|complexe|parc|pont|fondation|prix|saint|sainte|st|ste)[ \t]*$/iu;

export const personNameParser: Parser = {
  id: 'fr.person.name',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const first = groups['first'] ?? '';
    const last = groups['last'] ?? '';
    if (!isFirstName(first)) return null;
    const lastWords = last.split(/\s+/u);
    const core = lastWords[lastWords.length - 1] ?? '';
    if (!isSurnameCandidate(core) || isFirstName(core) && core === core.toUpperCase() && core.length < 3) return null;
    const before = context.text.slice(Math.max(0, match.index - 12), match.index);
    if (PLACE_BEFORE.test(before)) return null;
    const hasTitle = groups['title'] !== undefined;
    const end = match.index + match[0].length;
    const confidence = hasTitle || nearRole(context.text, match.index, end) ? 0.95 : 0.85;
    return {
      type: 'person', start: match.index, end,
      value: `${first} ${naturalCase(last)}`, confidence, rule: this.id, inferred: [],
    };
  },
};
