/**
 * Some structures write their name in lower case (`la ferme du vieux chêne`). Alone, such a
 * phrase is an ordinary noun phrase; between two organisations of one comma list
 * (`l'Arpège, la ferme du vieux chêne, les jardins partagés du Ternois`) it is a member of the
 * list. Taken only then: a type word, a complement (`de l'…`), organisations on both sides.
 */
import { OPTIONAL_WRAP_GAP, alternation, fold } from '../../core/pattern.js';
import type { Candidate, Refiner } from '../../core/types.js';
import { ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { OPENS_LOWER } from '../../core/word-shape.js';

const SPACE = OPTIONAL_WRAP_GAP;
const HEAD = alternation(ORGANISATION_HEADS.filter((head) => OPENS_LOWER.test(head) && !head.includes(' ')));
const MEMBER = new RegExp(
  `^[ \\t]*,${SPACE}(?:la|le|les|l')${SPACE}(?<name>${HEAD}${SPACE}(?:de|du|des|d')${SPACE}(?:l'|la[ \\t]+)?[\\p{Ll}][\\p{Ll}'-]+(?:[ \\t]+[\\p{Ll}][\\p{Ll}'-]+)?)(?<after>[ \\t]*,${SPACE}(?:(?:les|la|le)(?![\\p{L}])|l')?${SPACE})`,
  'u',
);

export const organisationLowerListMemberRefiner: Refiner = {
  id: 'fr.organisation.lower-list-member',
  refine(context, candidates): Candidate[] {
    const organisations = candidates.filter((candidate) => candidate.type === 'organisation');
    const starts = new Set(organisations.map((candidate) => candidate.start));
    const added: Candidate[] = [];
    for (const candidate of organisations) {
      const match = MEMBER.exec(context.text.slice(candidate.end, candidate.end + 120));
      const name = match?.groups?.['name'];
      if (match === null || name === undefined || !starts.has(candidate.end + match[0].length)) continue;
      const start = candidate.end + match[0].length - (match.groups?.['after'] ?? '').length - name.length;
      if (fold(name).split(/\s+/u).length > 6) continue;
      added.push({ type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '), confidence: 0.45, rule: this.id, inferred: [] });
    }
    return [...candidates, ...added];
  },
};
