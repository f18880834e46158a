/**
 * A body's acronym written with a dot after each capital (`l'U.R.S.S.A.F.`, `la F.D.S.E.A. 35`, `une S.P.A. des
 * Hautes-Alpes`), as older reports, minutes and small associations' pages still print them: the acronym parser reads
 * capitals run together only, and the dots cut them into one-letter words no other rule reads. Three capitals or more
 * (two are a person's initials: `J.P.`). Kept when the acronym is a known body's, when a department's number or a
 * place follows it (`de la Moselle`, `des 3B`), or after an article or a preposition; never the dotted spelling of a
 * concept, an identifier or an abbreviation (`R.S.A.`, `S.I.R.E.T.`, `U.S.A.`, `T.T.C.`), nor in a line written in
 * capitals (a heading). A kind's acronym followed by the body's own name (`l'A.A.P.P.M.A. Le Brochet Vernonais`,
 * the fishing association of a town) gives that name, article included: the acronym says what it is, the name which one.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { ADMINISTRATIVE_IDENTIFIERS, DOTTED_NON_ORGANISATIONS, KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS } from '../lexicon/organisation-types.js';
import { HOLDS_LOWER } from '../../core/word-shape.js';
import { lineAround } from '../patterns.js';

/** Spaces, or one line break: the words after the acronym may run on to the next line. */
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';

/** A capital and its dot, twice or more, maybe a last capital without one; then what may follow it. */
const PATTERN =
  "(?<![\\p{L}\\p{N}.])(?<acronym>(?:\\p{Lu}\\.){2,}\\p{Lu}?)(?![\\p{L}\\p{N}])" +
  // A department's number (`55`, `2A`), a place after `de`/`du`/`des` (one or two capitalised words, or a code such
  // as `3B`), or the body's own name after an article (up to three capitalised words).
  "(?:(?<number>[ \\t]+\\d{2}(?:\\d|[AB])?)(?![\\p{L}\\p{N}])" +
  `|(?<place>${GAP}(?:de[ \\t]+la|de[ \\t]+l['’]|du|des|de|d['’])${GAP}?(?:\\p{Lu}\\p{Ll}[\\p{L}-]*(?:${GAP}\\p{Lu}\\p{Ll}[\\p{L}-]*)?|\\d\\p{Lu}))(?![\\p{L}\\p{N}'’])` +
  `|${GAP}(?<name>(?:La|Le|Les)${GAP}\\p{Lu}\\p{Ll}+(?:${GAP}\\p{Lu}\\p{Ll}+){0,2})(?![\\p{L}\\p{N}'’-]))?`;

/** An article or a preposition right before the acronym: `l'`, `la`, `du`, `avec`, `et`… */
const INTRODUCER = /(?:^|[^\p{L}])(?:le|la|les|l['’]|du|de|des|d['’]|au|aux|par|avec|et|à|pour|sur|chez|entre|une?)[ \t]*\n?[ \t]*$/iu;

/** The capitals of a dotted acronym run together: `U.R.S.S.A.F.` → `URSSAF`. */
const undotted = (acronym: string): string => acronym.replace(/\./gu, '');

/** Whether the capitals spell a concept, an identifier or an abbreviation rather than a body. */
function spellsNoBody(letters: string): boolean {
  return letters.length < 3 || NON_ORGANISATION_ACRONYMS.has(letters) || ADMINISTRATIVE_IDENTIFIERS.has(letters) || DOTTED_NON_ORGANISATIONS.has(letters);
}

/** The span and value of a mention from `start` to `end`, spaces and line breaks as one space. */
function mention(text: string, start: number, end: number, rule: string): Candidate {
  return { type: 'organisation', start, end, value: text.slice(start, end).replace(/\s+/gu, ' '), confidence: 0.65, rule, inferred: [], evidence: ['dotted-acronym'] };
}

export const organisationDottedAcronymParser: Parser = {
  // The acronym's family: the decision weighs it like any acronym.
  id: 'fr.organisation.acronym',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const text = context.text;
    const acronym = match.groups?.['acronym'] ?? '';
    const letters = undotted(acronym);
    if (spellsNoBody(letters) || !HOLDS_LOWER.test(lineAround(text, match.index).line)) return null;
    const name = match.groups?.['name'];
    if (name !== undefined) return mention(text, match.index + match[0].length - name.length, match.index + match[0].length, this.id);
    const tail = match.groups?.['number'] ?? match.groups?.['place'];
    const known = KNOWN_ORGANISATION_ACRONYMS.has(letters);
    if (tail === undefined && !known && !INTRODUCER.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const end = tail === undefined ? match.index + acronym.length : match.index + match[0].length;
    return mention(text, match.index, end, this.id);
  },
};
