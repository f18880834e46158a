/**
 * Proposer family "a name between brackets" (no type word needed): a phrase describes a structure,
 * then names it between brackets (`une menuiserie de réemploi (Kalimbo)`, `le bistrot associatif
 * (Trok'Ensemble)`), or a bracket names examples of what the sentence speaks of, after a word that
 * says so (`des pôles nés d'entreprises (exemple Kalimbo)`, `une centaine de structures (dont Trokalis)`,
 * `les ateliers de la ville (ici Les Toits Verts)`, `la Halte Solidaire (aujourd'hui Halte 71)`,
 * `(exemples Kalimbo, Vergers Ouverts)`). The bracket holds the name and nothing else. Without a cue
 * word the bracket must follow a lower-case word, the description (after a capitalised word, as in
 * `la loi Mobilité Emploi Local Solidaire (Mels)`, it spells out the words before), and hold no word in
 * capitals alone (`l'économie sociale et solidaire (ESS)` spells an acronym out, the acronym rules'
 * work) nor a label (`(Phase B)`), and hold a word no lexicon knows (not `(Crédit Photo)`). A
 * place (`(Loire)`), a person (`(Marie Dupont)`) or a common word is left to the evidence against it.
 * Evidence `bracket-name`.
 */
import { NAME_RUN } from './name-candidates.js';
import { isDistinctiveName } from './distinctive-name.js';
import type { SourcedSpan } from '../../core/types.js';

export type BracketName = SourcedSpan<'bracket-name'>;

/** A name run that may end with a short number (`Halte 71`, `Atelier 3B`). */
const RUN = `${NAME_RUN}(?:[ \\t]+\\d{1,3}\\p{Lu}?(?![\\p{N},.]))?`;
/** Words opening a bracket of examples, or of what the thing is called now or here. */
const EXAMPLE_CUE = "(?:par[ \\t]+)?exemples?|ex\\.|dont|ici|notamment|aujourd['’]hui|comme";

/**
 * `(` and the names, up to its `)`: after a cue word, one name or several (commas, `et`); without
 * one, a single name right after a lower-case word; a lower-case word may close it (`(Kalimbo recyclage)`):
 * the run is proposed, and candidates.ts reads the word on when name-continuation.ts says it is the name's.
 */
const BRACKET = new RegExp(
  `\\((?:(?<cue>${EXAMPLE_CUE})[ \\t]*:?[ \\t]*(?<names>${RUN}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+et[ \\t]+)${RUN})*)|(?<=(?<![\\p{L}\\p{N}'’-])\\p{Ll}[\\p{Ll}'’-]*[ \\t]*\\n?[ \\t]*\\()(?<name>${RUN})(?:[ \\t]+\\p{Ll}[\\p{Ll}'’-]*)?)\\)`,
  'gdu',
);
/** `(ESS)`, `(PTCE 2)`, `(ClAE)` (an OCR'd `I` read `l`): a word in capitals alone, one lower-case letter at most, spells out or names an acronym. */
function acronymLike(name: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+\d{1,3})?$/u.test(name)) return false;
  const lower = name.match(/\p{Ll}/gu)?.length ?? 0;
  return lower === 0 || (lower === 1 && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && name.length <= 6);
}

/** `(Phase B)`, `(Annexe B)`: a word and a lone letter label a part or a step. */
const LETTER_LABEL = /[ \t]\p{Lu}$/u;

/**
 * Whether a name alone between brackets, with no cue word, may be a structure's: no acronym nor label, and a
 * word no lexicon knows in it (`(Kalimbo)`); brackets also hold captions and asides of everyday words (`(Crédit Photo)`,
 * `(Voir Annexe)`), which only a cue word would make names.
 */
function bareName(name: string): boolean {
  return !acronymLike(name) && !LETTER_LABEL.test(name) && isDistinctiveName(name);
}

/** Between the examples' names. */
const SEPARATOR = /[ \t]*,[ \t]*|[ \t]+et[ \t]+/gu;

/** The names of one bracket of examples, starting at `from`. */
function exampleNames(names: string, from: number): BracketName[] {
  const found: BracketName[] = [];
  let cursor = 0;
  for (const separator of [...names.matchAll(SEPARATOR), null]) {
    const end = separator === null ? names.length : separator.index;
    found.push({ start: from + cursor, end: from + end, source: 'bracket-name' });
    if (separator !== null) cursor = separator.index + separator[0].length;
  }
  return found;
}

/** Every name between brackets of the page. */
export function bracketNames(text: string): BracketName[] {
  const found: BracketName[] = [];
  for (const match of text.matchAll(BRACKET)) {
    const at = match.indices?.groups;
    const names = at?.['names'];
    if (names !== undefined) {
      found.push(...exampleNames(text.slice(names[0], names[1]), names[0]));
      continue;
    }
    const name = at?.['name'];
    if (name !== undefined && bareName(text.slice(name[0], name[1]))) found.push({ start: name[0], end: name[1], source: 'bracket-name' });
  }
  return found;
}
